// Original file: proto/camera.proto

import type { CameraRecord as _sightline_camera_v1_CameraRecord, CameraRecord__Output as _sightline_camera_v1_CameraRecord__Output } from '../../../sightline/camera/v1/CameraRecord';

export interface ListCamerasResponse {
  'cameras'?: (_sightline_camera_v1_CameraRecord)[];
}

export interface ListCamerasResponse__Output {
  'cameras': (_sightline_camera_v1_CameraRecord__Output)[];
}
