// Original file: proto/history.proto


export interface ImageContent {
  'content'?: (Buffer | Uint8Array | string);
  'mime'?: (string);
  'sha256'?: (string);
}

export interface ImageContent__Output {
  'content': (Buffer);
  'mime': (string);
  'sha256': (string);
}
