// Original file: proto/history.proto


export interface Webhook {
  'id'?: (string);
  'projectId'?: (string);
  'url'?: (string);
  'events'?: (string)[];
  'createdAt'?: (string);
  /**
   * Only in the answer to CreateWebhook.
   */
  'secret'?: (string);
}

export interface Webhook__Output {
  'id': (string);
  'projectId': (string);
  'url': (string);
  'events': (string)[];
  'createdAt': (string);
  /**
   * Only in the answer to CreateWebhook.
   */
  'secret': (string);
}
