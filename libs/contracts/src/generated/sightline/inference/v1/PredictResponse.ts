// Original file: proto/inference.proto


export interface PredictResponse {
  'imageId'?: (string);
  'predictionId'?: (string);
  'label'?: (string);
  'confidence'?: (number | string);
  'scores'?: ({[key: string]: number | string});
  'modelVersion'?: (string);
  'latencyMs'?: (number | string);
  /**
   * The confidence is below the project's threshold: label is "uncertain" and the image goes to review.
   */
  'uncertain'?: (boolean);
}

export interface PredictResponse__Output {
  'imageId': (string);
  'predictionId': (string);
  'label': (string);
  'confidence': (number);
  'scores': ({[key: string]: number});
  'modelVersion': (string);
  'latencyMs': (number);
  /**
   * The confidence is below the project's threshold: label is "uncertain" and the image goes to review.
   */
  'uncertain': (boolean);
}
