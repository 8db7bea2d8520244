// Original file: proto/history.proto

import type { PredictionWithImage as _sightline_history_v1_PredictionWithImage, PredictionWithImage__Output as _sightline_history_v1_PredictionWithImage__Output } from '../../../sightline/history/v1/PredictionWithImage';

export interface ListPredictionsResponse {
  'items'?: (_sightline_history_v1_PredictionWithImage)[];
  /**
   * Empty on the last page.
   */
  'nextCursor'?: (string);
}

export interface ListPredictionsResponse__Output {
  'items': (_sightline_history_v1_PredictionWithImage__Output)[];
  /**
   * Empty on the last page.
   */
  'nextCursor': (string);
}
