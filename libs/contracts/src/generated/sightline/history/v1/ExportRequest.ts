// Original file: proto/history.proto

import type { PredictionFilter as _sightline_history_v1_PredictionFilter, PredictionFilter__Output as _sightline_history_v1_PredictionFilter__Output } from '../../../sightline/history/v1/PredictionFilter';

/**
 * csv: one row per prediction; zip: the labeled images among them in image-folder layout (<label>/<sha256>.<ext>).
 */
export interface ExportRequest {
  'filter'?: (_sightline_history_v1_PredictionFilter | null);
  'format'?: (string);
}

/**
 * csv: one row per prediction; zip: the labeled images among them in image-folder layout (<label>/<sha256>.<ext>).
 */
export interface ExportRequest__Output {
  'filter': (_sightline_history_v1_PredictionFilter__Output | null);
  'format': (string);
}
