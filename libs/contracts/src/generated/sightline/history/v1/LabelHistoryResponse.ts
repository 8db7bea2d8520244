// Original file: proto/history.proto

import type { LabelEntry as _sightline_history_v1_LabelEntry, LabelEntry__Output as _sightline_history_v1_LabelEntry__Output } from '../../../sightline/history/v1/LabelEntry';

export interface LabelHistoryResponse {
  'labels'?: (_sightline_history_v1_LabelEntry)[];
}

export interface LabelHistoryResponse__Output {
  'labels': (_sightline_history_v1_LabelEntry__Output)[];
}
