// Original file: proto/history.proto


export interface CreateWebhookRequest {
  'projectId'?: (string);
  'url'?: (string);
  'events'?: (string)[];
  /**
   * Empty: one is generated.
   */
  'secret'?: (string);
  'author'?: (string);
}

export interface CreateWebhookRequest__Output {
  'projectId': (string);
  'url': (string);
  'events': (string)[];
  /**
   * Empty: one is generated.
   */
  'secret': (string);
  'author': (string);
}
