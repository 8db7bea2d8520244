// Original file: proto/training.proto


/**
 * A piece of a model version's zip (model.json, weights.bin, sightline-model.json), in order.
 */
export interface ModelArchiveChunk {
  'data'?: (Buffer | Uint8Array | string);
  /**
   * On the first chunk only: the file name to save the zip as, e.g. `digits-v3.zip`.
   */
  'filename'?: (string);
}

/**
 * A piece of a model version's zip (model.json, weights.bin, sightline-model.json), in order.
 */
export interface ModelArchiveChunk__Output {
  'data': (Buffer);
  /**
   * On the first chunk only: the file name to save the zip as, e.g. `digits-v3.zip`.
   */
  'filename': (string);
}
