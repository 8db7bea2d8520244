// Original file: proto/history.proto


/**
 * A zip in image-folder layout, sent in chunks; the first chunk names the project.
 */
export interface ImportChunk {
  'projectId'?: (string);
  'filename'?: (string);
  'author'?: (string);
  'data'?: (Buffer | Uint8Array | string);
}

/**
 * A zip in image-folder layout, sent in chunks; the first chunk names the project.
 */
export interface ImportChunk__Output {
  'projectId': (string);
  'filename': (string);
  'author': (string);
  'data': (Buffer);
}
