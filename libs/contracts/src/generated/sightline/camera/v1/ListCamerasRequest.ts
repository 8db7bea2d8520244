// Original file: proto/camera.proto


export interface ListCamerasRequest {
  'projectId'?: (string);
}

export interface ListCamerasRequest__Output {
  'projectId': (string);
}
