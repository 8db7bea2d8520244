// Original file: proto/camera.proto

import type { Schedule as _sightline_camera_v1_Schedule, Schedule__Output as _sightline_camera_v1_Schedule__Output } from '../../../sightline/camera/v1/Schedule';

export interface CreateCameraRequest {
  'projectId'?: (string);
  'name'?: (string);
  'kind'?: (string);
  'url'?: (string);
  'path'?: (string);
  'schedule'?: (_sightline_camera_v1_Schedule | null);
  'enabled'?: (boolean);
  'predictOnCapture'?: (boolean);
  'headers'?: ({[key: string]: string});
}

export interface CreateCameraRequest__Output {
  'projectId': (string);
  'name': (string);
  'kind': (string);
  'url': (string);
  'path': (string);
  'schedule': (_sightline_camera_v1_Schedule__Output | null);
  'enabled': (boolean);
  'predictOnCapture': (boolean);
  'headers': ({[key: string]: string});
}
