// Original file: proto/training.proto


export interface RollbackRequest {
  'projectId'?: (string);
  'actor'?: (string);
  'reason'?: (string);
}

export interface RollbackRequest__Output {
  'projectId': (string);
  'actor': (string);
  'reason': (string);
}
