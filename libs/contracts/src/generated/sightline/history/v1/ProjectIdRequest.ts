// Original file: proto/history.proto


export interface ProjectIdRequest {
  'id'?: (string);
}

export interface ProjectIdRequest__Output {
  'id': (string);
}
