// Original file: proto/history.proto


export interface StartPredictionJobRequest {
  'projectId'?: (string);
  'modelId'?: (string);
  'modelVersion'?: (number);
  'kind'?: (string);
  'replica'?: (string);
}

export interface StartPredictionJobRequest__Output {
  'projectId': (string);
  'modelId': (string);
  'modelVersion': (number);
  'kind': (string);
  'replica': (string);
}
