// Original file: proto/camera.proto


export interface CaptureResponse {
  'cameraId'?: (string);
  'imageId'?: (string);
  'capturedAt'?: (string);
  'duplicate'?: (boolean);
  /**
   * Frames stored by this capture (a folder camera may find several, or none).
   */
  'stored'?: (number);
  /**
   * Set when the frame was predicted (predict on capture).
   */
  'predictionLabel'?: (string);
  'predictionConfidence'?: (number | string);
  /**
   * Why the prediction was not made (e.g. the project has no production model); the frame is stored anyway.
   */
  'predictionError'?: (string);
}

export interface CaptureResponse__Output {
  'cameraId': (string);
  'imageId': (string);
  'capturedAt': (string);
  'duplicate': (boolean);
  /**
   * Frames stored by this capture (a folder camera may find several, or none).
   */
  'stored': (number);
  /**
   * Set when the frame was predicted (predict on capture).
   */
  'predictionLabel': (string);
  'predictionConfidence': (number);
  /**
   * Why the prediction was not made (e.g. the project has no production model); the frame is stored anyway.
   */
  'predictionError': (string);
}
