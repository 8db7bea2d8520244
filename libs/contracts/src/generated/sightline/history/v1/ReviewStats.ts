// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface ReviewStats {
  'reviewed'?: (number | string | Long);
  'correct'?: (number | string | Long);
  /**
   * Predictions still to review, counted up to 10,000; pending_more when there are more.
   */
  'pending'?: (number | string | Long);
  'pendingMore'?: (boolean);
}

export interface ReviewStats__Output {
  'reviewed': (number);
  'correct': (number);
  /**
   * Predictions still to review, counted up to 10,000; pending_more when there are more.
   */
  'pending': (number);
  'pendingMore': (boolean);
}
