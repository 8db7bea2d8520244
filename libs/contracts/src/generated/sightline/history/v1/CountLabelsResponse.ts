// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface CountLabelsResponse {
  'count'?: (number | string | Long);
}

export interface CountLabelsResponse__Output {
  'count': (number);
}
