// Original file: proto/training.proto


export interface PromoteRequest {
  'modelId'?: (string);
  'actor'?: (string);
  'reason'?: (string);
}

export interface PromoteRequest__Output {
  'modelId': (string);
  'actor': (string);
  'reason': (string);
}
