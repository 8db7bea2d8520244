// Original file: proto/camera.proto


export interface CameraIdRequest {
  'id'?: (string);
}

export interface CameraIdRequest__Output {
  'id': (string);
}
