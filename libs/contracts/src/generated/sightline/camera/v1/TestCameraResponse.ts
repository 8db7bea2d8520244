// Original file: proto/camera.proto


export interface TestCameraResponse {
  'content'?: (Buffer | Uint8Array | string);
  'mime'?: (string);
  'latencyMs'?: (number | string);
}

export interface TestCameraResponse__Output {
  'content': (Buffer);
  'mime': (string);
  'latencyMs': (number);
}
