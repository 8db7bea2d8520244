// Original file: proto/history.proto

import type { Prediction as _sightline_history_v1_Prediction, Prediction__Output as _sightline_history_v1_Prediction__Output } from '../../../sightline/history/v1/Prediction';
import type { Image as _sightline_history_v1_Image, Image__Output as _sightline_history_v1_Image__Output } from '../../../sightline/history/v1/Image';

export interface ReviewItem {
  'prediction'?: (_sightline_history_v1_Prediction | null);
  'image'?: (_sightline_history_v1_Image | null);
  /**
   * uncertain | margin | random
   */
  'reason'?: (string);
}

export interface ReviewItem__Output {
  'prediction': (_sightline_history_v1_Prediction__Output | null);
  'image': (_sightline_history_v1_Image__Output | null);
  /**
   * uncertain | margin | random
   */
  'reason': (string);
}
