// Original file: proto/history.proto


/**
 * Which predictions of a project: every field is optional ("" or absent: any).
 */
export interface PredictionFilter {
  'projectId'?: (string);
  /**
   * The image's current label.
   */
  'label'?: (string);
  /**
   * The predicted label.
   */
  'predicted'?: (string);
  'modelVersion'?: (number);
  'minConfidence'?: (number | string);
  'maxConfidence'?: (number | string);
  /**
   * The camera that captured the image.
   */
  'cameraId'?: (string);
  /**
   * Predicted at or after / before (ISO 8601).
   */
  'from'?: (string);
  'to'?: (string);
  /**
   * "", "true" or "false"
   */
  'reviewed'?: (string);
  'uncertain'?: (string);
  '_minConfidence'?: "minConfidence";
  '_maxConfidence'?: "maxConfidence";
}

/**
 * Which predictions of a project: every field is optional ("" or absent: any).
 */
export interface PredictionFilter__Output {
  'projectId': (string);
  /**
   * The image's current label.
   */
  'label': (string);
  /**
   * The predicted label.
   */
  'predicted': (string);
  'modelVersion': (number);
  'minConfidence'?: (number);
  'maxConfidence'?: (number);
  /**
   * The camera that captured the image.
   */
  'cameraId': (string);
  /**
   * Predicted at or after / before (ISO 8601).
   */
  'from': (string);
  'to': (string);
  /**
   * "", "true" or "false"
   */
  'reviewed': (string);
  'uncertain': (string);
  '_minConfidence'?: "minConfidence";
  '_maxConfidence'?: "maxConfidence";
}
