// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface LabelCount {
  /**
   * "" for unlabeled images.
   */
  'label'?: (string);
  'images'?: (number | string | Long);
}

export interface LabelCount__Output {
  /**
   * "" for unlabeled images.
   */
  'label': (string);
  'images': (number);
}
