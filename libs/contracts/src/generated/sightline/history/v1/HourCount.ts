// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface HourCount {
  /**
   * The hour's start, ISO 8601 (UTC).
   */
  'hour'?: (string);
  'images'?: (number | string | Long);
  'predictions'?: (number | string | Long);
}

export interface HourCount__Output {
  /**
   * The hour's start, ISO 8601 (UTC).
   */
  'hour': (string);
  'images': (number);
  'predictions': (number);
}
