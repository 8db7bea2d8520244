// Original file: proto/history.proto


export interface ReviewStatsRequest {
  'projectId'?: (string);
  'modelId'?: (string);
}

export interface ReviewStatsRequest__Output {
  'projectId': (string);
  'modelId': (string);
}
