// Original file: proto/history.proto

import type { Prediction as _sightline_history_v1_Prediction, Prediction__Output as _sightline_history_v1_Prediction__Output } from '../../../sightline/history/v1/Prediction';

export interface ImagePredictionsResponse {
  'predictions'?: (_sightline_history_v1_Prediction)[];
}

export interface ImagePredictionsResponse__Output {
  'predictions': (_sightline_history_v1_Prediction__Output)[];
}
