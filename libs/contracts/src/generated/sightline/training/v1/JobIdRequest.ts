// Original file: proto/training.proto


export interface JobIdRequest {
  'id'?: (string);
}

export interface JobIdRequest__Output {
  'id': (string);
}
