// Original file: proto/history.proto

import type { ReviewItem as _sightline_history_v1_ReviewItem, ReviewItem__Output as _sightline_history_v1_ReviewItem__Output } from '../../../sightline/history/v1/ReviewItem';
import type { Long } from '@grpc/proto-loader';

export interface ReviewQueueResponse {
  'items'?: (_sightline_history_v1_ReviewItem)[];
  /**
   * Predictions still to review (the same filter, without the limit), counted up to 10,000.
   */
  'pending'?: (number | string | Long);
  /**
   * There are more than `pending` (the count stopped at its bound).
   */
  'pendingMore'?: (boolean);
}

export interface ReviewQueueResponse__Output {
  'items': (_sightline_history_v1_ReviewItem__Output)[];
  /**
   * Predictions still to review (the same filter, without the limit), counted up to 10,000.
   */
  'pending': (number);
  /**
   * There are more than `pending` (the count stopped at its bound).
   */
  'pendingMore': (boolean);
}
