// Original file: proto/history.proto


/**
 * One prediction to keep; the image is either stored already (image_id) or sent along (content).
 */
export interface PredictionInput {
  'projectId'?: (string);
  'imageId'?: (string);
  'content'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
  /**
   * upload | camera | webcam, for an image sent along
   */
  'source'?: (string);
  'modelId'?: (string);
  'modelVersion'?: (number);
  'label'?: (string);
  'confidence'?: (number | string);
  'scores'?: ({[key: string]: number | string});
  'latencyMs'?: (number | string);
  'uncertain'?: (boolean);
}

/**
 * One prediction to keep; the image is either stored already (image_id) or sent along (content).
 */
export interface PredictionInput__Output {
  'projectId': (string);
  'imageId': (string);
  'content': (Buffer);
  'filename': (string);
  /**
   * upload | camera | webcam, for an image sent along
   */
  'source': (string);
  'modelId': (string);
  'modelVersion': (number);
  'label': (string);
  'confidence': (number);
  'scores': ({[key: string]: number});
  'latencyMs': (number);
  'uncertain': (boolean);
}
