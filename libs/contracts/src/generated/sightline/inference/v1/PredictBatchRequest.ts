// Original file: proto/inference.proto

import type { PredictRequest as _sightline_inference_v1_PredictRequest, PredictRequest__Output as _sightline_inference_v1_PredictRequest__Output } from '../../../sightline/inference/v1/PredictRequest';

/**
 * Several images on one call, each handled as Predict handles it (the gateway sends the REST predictions that
 * arrive together this way: one call instead of one each).
 */
export interface PredictBatchRequest {
  'requests'?: (_sightline_inference_v1_PredictRequest)[];
}

/**
 * Several images on one call, each handled as Predict handles it (the gateway sends the REST predictions that
 * arrive together this way: one call instead of one each).
 */
export interface PredictBatchRequest__Output {
  'requests': (_sightline_inference_v1_PredictRequest__Output)[];
}
