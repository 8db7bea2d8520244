// Original file: proto/history.proto

import type { Image as _sightline_history_v1_Image, Image__Output as _sightline_history_v1_Image__Output } from '../../../sightline/history/v1/Image';
import type { Long } from '@grpc/proto-loader';

export interface ListImagesResponse {
  'items'?: (_sightline_history_v1_Image)[];
  'total'?: (number | string | Long);
  'page'?: (number);
  'pageSize'?: (number);
}

export interface ListImagesResponse__Output {
  'items': (_sightline_history_v1_Image__Output)[];
  'total': (number);
  'page': (number);
  'pageSize': (number);
}
