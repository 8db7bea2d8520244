// Original file: proto/history.proto


export interface ImageUpload {
  'content'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
}

export interface ImageUpload__Output {
  'content': (Buffer);
  'filename': (string);
}
