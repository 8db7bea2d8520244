// Original file: proto/history.proto


export interface ListWebhooksRequest {
  'projectId'?: (string);
}

export interface ListWebhooksRequest__Output {
  'projectId': (string);
}
