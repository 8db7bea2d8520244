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
  /**
   * Frames kept in the camera service's local spool because history could not store them now (its database or
   * the service is down); they are stored, with this capture time, when it is back.
   */
  'spooled'?: (number);
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
  /**
   * Frames kept in the camera service's local spool because history could not store them now (its database or
   * the service is down); they are stored, with this capture time, when it is back.
   */
  'spooled': (number);
}
