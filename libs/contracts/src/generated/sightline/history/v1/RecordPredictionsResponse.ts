// Original file: proto/history.proto

import type { RecordedPrediction as _sightline_history_v1_RecordedPrediction, RecordedPrediction__Output as _sightline_history_v1_RecordedPrediction__Output } from '../../../sightline/history/v1/RecordedPrediction';

export interface RecordPredictionsResponse {
  'results'?: (_sightline_history_v1_RecordedPrediction)[];
}

export interface RecordPredictionsResponse__Output {
  'results': (_sightline_history_v1_RecordedPrediction__Output)[];
}
