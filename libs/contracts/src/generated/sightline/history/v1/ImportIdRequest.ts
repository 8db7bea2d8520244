// Original file: proto/history.proto


export interface ImportIdRequest {
  'id'?: (string);
}

export interface ImportIdRequest__Output {
  'id': (string);
}
