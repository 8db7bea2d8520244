// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface Project {
  'id'?: (string);
  'name'?: (string);
  'labels'?: (string)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'imageCount'?: (number | string | Long);
}

export interface Project__Output {
  'id': (string);
  'name': (string);
  'labels': (string)[];
  'createdAt': (string);
  'updatedAt': (string);
  'imageCount': (number);
}
