// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface ReviewStats {
  'reviewed'?: (number | string | Long);
  'correct'?: (number | string | Long);
  'pending'?: (number | string | Long);
}

export interface ReviewStats__Output {
  'reviewed': (number);
  'correct': (number);
  'pending': (number);
}
