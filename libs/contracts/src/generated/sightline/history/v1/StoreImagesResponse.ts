// Original file: proto/history.proto

import type { Image as _sightline_history_v1_Image, Image__Output as _sightline_history_v1_Image__Output } from '../../../sightline/history/v1/Image';

export interface StoreImagesResponse {
  'images'?: (_sightline_history_v1_Image)[];
}

export interface StoreImagesResponse__Output {
  'images': (_sightline_history_v1_Image__Output)[];
}
