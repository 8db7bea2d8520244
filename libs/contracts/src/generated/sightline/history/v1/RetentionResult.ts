// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface RetentionResult {
  'images'?: (number);
  'bytes'?: (number | string | Long);
  /**
   * The first 100 of them.
   */
  'imageIds'?: (string)[];
  'dryRun'?: (boolean);
}

export interface RetentionResult__Output {
  'images': (number);
  'bytes': (number);
  /**
   * The first 100 of them.
   */
  'imageIds': (string)[];
  'dryRun': (boolean);
}
