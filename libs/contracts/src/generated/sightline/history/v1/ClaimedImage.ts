// Original file: proto/history.proto


export interface ClaimedImage {
  'imageId'?: (string);
  'content'?: (Buffer | Uint8Array | string);
}

export interface ClaimedImage__Output {
  'imageId': (string);
  'content': (Buffer);
}
