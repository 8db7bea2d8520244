// Original file: proto/history.proto


export interface WebhookIdRequest {
  'id'?: (string);
}

export interface WebhookIdRequest__Output {
  'id': (string);
}
