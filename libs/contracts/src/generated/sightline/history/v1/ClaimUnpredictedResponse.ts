// Original file: proto/history.proto

import type { ClaimedImage as _sightline_history_v1_ClaimedImage, ClaimedImage__Output as _sightline_history_v1_ClaimedImage__Output } from '../../../sightline/history/v1/ClaimedImage';

export interface ClaimUnpredictedResponse {
  'images'?: (_sightline_history_v1_ClaimedImage)[];
}

export interface ClaimUnpredictedResponse__Output {
  'images': (_sightline_history_v1_ClaimedImage__Output)[];
}
