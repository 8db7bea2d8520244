// Original file: proto/camera.proto

import type { Schedule as _sightline_camera_v1_Schedule, Schedule__Output as _sightline_camera_v1_Schedule__Output } from '../../../sightline/camera/v1/Schedule';

export interface CameraRecord {
  'id'?: (string);
  'projectId'?: (string);
  'name'?: (string);
  'kind'?: (string);
  /**
   * The URL with any password masked.
   */
  'url'?: (string);
  'path'?: (string);
  'schedule'?: (_sightline_camera_v1_Schedule | null);
  'enabled'?: (boolean);
  'status'?: (string);
  'lastError'?: (string);
  'lastCaptureAt'?: (string);
  'consecutiveFailures'?: (number);
  'createdAt'?: (string);
  'predictOnCapture'?: (boolean);
  /**
   * Frames stored since midnight UTC.
   */
  'capturesToday'?: (number);
  /**
   * The history image of the last frame stored (its thumbnail is the preview).
   */
  'lastImageId'?: (string);
  /**
   * When the schedule fires next (backoff included); empty when nothing is scheduled.
   */
  'nextCaptureAt'?: (string);
  /**
   * Extra HTTP request headers: names with their values masked.
   */
  'headers'?: ({[key: string]: string});
}

export interface CameraRecord__Output {
  'id': (string);
  'projectId': (string);
  'name': (string);
  'kind': (string);
  /**
   * The URL with any password masked.
   */
  'url': (string);
  'path': (string);
  'schedule': (_sightline_camera_v1_Schedule__Output | null);
  'enabled': (boolean);
  'status': (string);
  'lastError': (string);
  'lastCaptureAt': (string);
  'consecutiveFailures': (number);
  'createdAt': (string);
  'predictOnCapture': (boolean);
  /**
   * Frames stored since midnight UTC.
   */
  'capturesToday': (number);
  /**
   * The history image of the last frame stored (its thumbnail is the preview).
   */
  'lastImageId': (string);
  /**
   * When the schedule fires next (backoff included); empty when nothing is scheduled.
   */
  'nextCaptureAt': (string);
  /**
   * Extra HTTP request headers: names with their values masked.
   */
  'headers': ({[key: string]: string});
}
