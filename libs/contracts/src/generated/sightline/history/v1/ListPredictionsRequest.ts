// Original file: proto/history.proto

import type { PredictionFilter as _sightline_history_v1_PredictionFilter, PredictionFilter__Output as _sightline_history_v1_PredictionFilter__Output } from '../../../sightline/history/v1/PredictionFilter';

/**
 * Newest first; `cursor` is the previous page's next_cursor.
 */
export interface ListPredictionsRequest {
  'filter'?: (_sightline_history_v1_PredictionFilter | null);
  'cursor'?: (string);
  'limit'?: (number);
}

/**
 * Newest first; `cursor` is the previous page's next_cursor.
 */
export interface ListPredictionsRequest__Output {
  'filter': (_sightline_history_v1_PredictionFilter__Output | null);
  'cursor': (string);
  'limit': (number);
}
