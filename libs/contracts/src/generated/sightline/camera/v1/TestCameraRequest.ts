// Original file: proto/camera.proto


/**
 * One frame from a camera that is not saved yet (or a saved one, whose stored URL is used when url is empty).
 */
export interface TestCameraRequest {
  'projectId'?: (string);
  'kind'?: (string);
  'url'?: (string);
  'path'?: (string);
  'cameraId'?: (string);
  'headers'?: ({[key: string]: string});
  'hasHeaders'?: (boolean);
}

/**
 * One frame from a camera that is not saved yet (or a saved one, whose stored URL is used when url is empty).
 */
export interface TestCameraRequest__Output {
  'projectId': (string);
  'kind': (string);
  'url': (string);
  'path': (string);
  'cameraId': (string);
  'headers': ({[key: string]: string});
  'hasHeaders': (boolean);
}
