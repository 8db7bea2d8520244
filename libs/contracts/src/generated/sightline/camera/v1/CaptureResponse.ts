// Original file: proto/camera.proto


export interface CaptureResponse {
  'cameraId'?: (string);
  'imageId'?: (string);
  'capturedAt'?: (string);
  'duplicate'?: (boolean);
}

export interface CaptureResponse__Output {
  'cameraId': (string);
  'imageId': (string);
  'capturedAt': (string);
  'duplicate': (boolean);
}
