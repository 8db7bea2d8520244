// Original file: proto/history.proto


export interface Prediction {
  'id'?: (string);
  'imageId'?: (string);
  'projectId'?: (string);
  'modelId'?: (string);
  'modelVersion'?: (number);
  'label'?: (string);
  'confidence'?: (number | string);
  'scores'?: ({[key: string]: number | string});
  'uncertain'?: (boolean);
  /**
   * Top score minus the second.
   */
  'margin'?: (number | string);
  'latencyMs'?: (number | string);
  'createdAt'?: (string);
  'reviewed'?: (boolean);
  /**
   * Set once reviewed: whether the newest feedback said the prediction was right.
   */
  'reviewCorrect'?: (boolean);
  'reviewedAt'?: (string);
  '_reviewCorrect'?: "reviewCorrect";
}

export interface Prediction__Output {
  'id': (string);
  'imageId': (string);
  'projectId': (string);
  'modelId': (string);
  'modelVersion': (number);
  'label': (string);
  'confidence': (number);
  'scores': ({[key: string]: number});
  'uncertain': (boolean);
  /**
   * Top score minus the second.
   */
  'margin': (number);
  'latencyMs': (number);
  'createdAt': (string);
  'reviewed': (boolean);
  /**
   * Set once reviewed: whether the newest feedback said the prediction was right.
   */
  'reviewCorrect'?: (boolean);
  'reviewedAt': (string);
  '_reviewCorrect'?: "reviewCorrect";
}
