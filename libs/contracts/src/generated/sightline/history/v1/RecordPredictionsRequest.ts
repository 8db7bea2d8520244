// Original file: proto/history.proto

import type { PredictionInput as _sightline_history_v1_PredictionInput, PredictionInput__Output as _sightline_history_v1_PredictionInput__Output } from '../../../sightline/history/v1/PredictionInput';

export interface RecordPredictionsRequest {
  'predictions'?: (_sightline_history_v1_PredictionInput)[];
}

export interface RecordPredictionsRequest__Output {
  'predictions': (_sightline_history_v1_PredictionInput__Output)[];
}
