// Original file: proto/history.proto

import type { LabeledImage as _sightline_history_v1_LabeledImage, LabeledImage__Output as _sightline_history_v1_LabeledImage__Output } from '../../../sightline/history/v1/LabeledImage';

export interface LabeledImagesResponse {
  'images'?: (_sightline_history_v1_LabeledImage)[];
}

export interface LabeledImagesResponse__Output {
  'images': (_sightline_history_v1_LabeledImage__Output)[];
}
