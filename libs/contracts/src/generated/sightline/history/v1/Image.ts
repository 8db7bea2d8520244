// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface Image {
  'id'?: (string);
  'projectId'?: (string);
  'sha256'?: (string);
  'source'?: (string);
  'sourceId'?: (string);
  'capturedAt'?: (string);
  'width'?: (number);
  'height'?: (number);
  'mime'?: (string);
  'size'?: (number | string | Long);
  'label'?: (string);
  'labeledAt'?: (string);
  'createdAt'?: (string);
  /**
   * True when this upload found the bytes already stored for the project.
   */
  'duplicate'?: (boolean);
  /**
   * "train" or "test" when an imported data set said so.
   */
  'split'?: (string);
}

export interface Image__Output {
  'id': (string);
  'projectId': (string);
  'sha256': (string);
  'source': (string);
  'sourceId': (string);
  'capturedAt': (string);
  'width': (number);
  'height': (number);
  'mime': (string);
  'size': (number);
  'label': (string);
  'labeledAt': (string);
  'createdAt': (string);
  /**
   * True when this upload found the bytes already stored for the project.
   */
  'duplicate': (boolean);
  /**
   * "train" or "test" when an imported data set said so.
   */
  'split': (string);
}
