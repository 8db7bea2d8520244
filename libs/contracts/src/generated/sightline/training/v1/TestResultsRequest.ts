// Original file: proto/training.proto


export interface TestResultsRequest {
  'modelId'?: (string);
  'actual'?: (string);
  'predicted'?: (string);
}

export interface TestResultsRequest__Output {
  'modelId': (string);
  'actual': (string);
  'predicted': (string);
}
