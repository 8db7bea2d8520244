// Original file: proto/training.proto


export interface ModelIdRequest {
  'id'?: (string);
}

export interface ModelIdRequest__Output {
  'id': (string);
}
