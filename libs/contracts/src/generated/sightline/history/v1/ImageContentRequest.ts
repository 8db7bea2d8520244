// Original file: proto/history.proto


export interface ImageContentRequest {
  'id'?: (string);
  'thumbnail'?: (boolean);
}

export interface ImageContentRequest__Output {
  'id': (string);
  'thumbnail': (boolean);
}
