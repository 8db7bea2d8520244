// Original file: proto/history.proto

import type { HourCount as _sightline_history_v1_HourCount, HourCount__Output as _sightline_history_v1_HourCount__Output } from '../../../sightline/history/v1/HourCount';
import type { LabelCount as _sightline_history_v1_LabelCount, LabelCount__Output as _sightline_history_v1_LabelCount__Output } from '../../../sightline/history/v1/LabelCount';
import type { Long } from '@grpc/proto-loader';

export interface ProjectStats {
  'hours'?: (_sightline_history_v1_HourCount)[];
  'labels'?: (_sightline_history_v1_LabelCount)[];
  'images'?: (number | string | Long);
  'predictions'?: (number | string | Long);
}

export interface ProjectStats__Output {
  'hours': (_sightline_history_v1_HourCount__Output)[];
  'labels': (_sightline_history_v1_LabelCount__Output)[];
  'images': (number);
  'predictions': (number);
}
