// Original file: proto/camera.proto

import type { Schedule as _sightline_camera_v1_Schedule, Schedule__Output as _sightline_camera_v1_Schedule__Output } from '../../../sightline/camera/v1/Schedule';

export interface UpdateCameraRequest {
  'id'?: (string);
  'name'?: (string);
  'url'?: (string);
  'path'?: (string);
  'schedule'?: (_sightline_camera_v1_Schedule | null);
  'hasSchedule'?: (boolean);
  'enabled'?: (boolean);
  'predictOnCapture'?: (boolean);
  /**
   * When has_headers is true the headers are replaced by these.
   */
  'headers'?: ({[key: string]: string});
  'hasHeaders'?: (boolean);
  '_name'?: "name";
  '_url'?: "url";
  '_path'?: "path";
  '_enabled'?: "enabled";
  '_predictOnCapture'?: "predictOnCapture";
}

export interface UpdateCameraRequest__Output {
  'id': (string);
  'name'?: (string);
  'url'?: (string);
  'path'?: (string);
  'schedule': (_sightline_camera_v1_Schedule__Output | null);
  'hasSchedule': (boolean);
  'enabled'?: (boolean);
  'predictOnCapture'?: (boolean);
  /**
   * When has_headers is true the headers are replaced by these.
   */
  'headers': ({[key: string]: string});
  'hasHeaders': (boolean);
  '_name'?: "name";
  '_url'?: "url";
  '_path'?: "path";
  '_enabled'?: "enabled";
  '_predictOnCapture'?: "predictOnCapture";
}
