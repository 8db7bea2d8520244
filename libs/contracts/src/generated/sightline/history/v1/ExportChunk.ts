// Original file: proto/history.proto


export interface ExportChunk {
  'data'?: (Buffer | Uint8Array | string);
}

export interface ExportChunk__Output {
  'data': (Buffer);
}
