// Original file: proto/inference.proto

import type { PredictBatchResult as _sightline_inference_v1_PredictBatchResult, PredictBatchResult__Output as _sightline_inference_v1_PredictBatchResult__Output } from '../../../sightline/inference/v1/PredictBatchResult';

export interface PredictBatchResponse {
  'results'?: (_sightline_inference_v1_PredictBatchResult)[];
}

export interface PredictBatchResponse__Output {
  'results': (_sightline_inference_v1_PredictBatchResult__Output)[];
}
