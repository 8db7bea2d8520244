// Original file: proto/history.proto


export interface ListPredictionJobsRequest {
  'projectId'?: (string);
}

export interface ListPredictionJobsRequest__Output {
  'projectId': (string);
}
