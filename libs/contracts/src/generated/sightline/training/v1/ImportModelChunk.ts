// Original file: proto/training.proto


/**
 * A model zip sent in chunks; the first chunk names the project and who imports it.
 */
export interface ImportModelChunk {
  'projectId'?: (string);
  'filename'?: (string);
  'actor'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * A model zip sent in chunks; the first chunk names the project and who imports it.
 */
export interface ImportModelChunk__Output {
  'projectId': (string);
  'filename': (string);
  'actor': (string);
  'data': (Buffer);
}
