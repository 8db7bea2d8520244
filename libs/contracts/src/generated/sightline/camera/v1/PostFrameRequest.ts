// Original file: proto/camera.proto


/**
 * A frame taken elsewhere (the browser's webcam) for a webcam camera.
 */
export interface PostFrameRequest {
  'id'?: (string);
  'content'?: (Buffer | Uint8Array | string);
  'filename'?: (string);
  /**
   * Optional label from the project's label set.
   */
  'label'?: (string);
  /**
   * Ask inference at once, whatever the camera's predict_on_capture says.
   */
  'predict'?: (boolean);
}

/**
 * A frame taken elsewhere (the browser's webcam) for a webcam camera.
 */
export interface PostFrameRequest__Output {
  'id': (string);
  'content': (Buffer);
  'filename': (string);
  /**
   * Optional label from the project's label set.
   */
  'label': (string);
  /**
   * Ask inference at once, whatever the camera's predict_on_capture says.
   */
  'predict': (boolean);
}
