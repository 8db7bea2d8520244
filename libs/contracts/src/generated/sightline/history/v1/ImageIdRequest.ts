// Original file: proto/history.proto


export interface ImageIdRequest {
  'id'?: (string);
}

export interface ImageIdRequest__Output {
  'id': (string);
}
