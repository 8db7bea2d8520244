// Original file: proto/training.proto

import type { AliasEvent as _sightline_training_v1_AliasEvent, AliasEvent__Output as _sightline_training_v1_AliasEvent__Output } from '../../../sightline/training/v1/AliasEvent';

export interface AliasHistoryResponse {
  'events'?: (_sightline_training_v1_AliasEvent)[];
}

export interface AliasHistoryResponse__Output {
  'events': (_sightline_training_v1_AliasEvent__Output)[];
}
