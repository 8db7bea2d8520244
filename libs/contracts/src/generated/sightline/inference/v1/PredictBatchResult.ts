// Original file: proto/inference.proto

import type { PredictResponse as _sightline_inference_v1_PredictResponse, PredictResponse__Output as _sightline_inference_v1_PredictResponse__Output } from '../../../sightline/inference/v1/PredictResponse';

/**
 * One per request, in request order: the prediction, or the status Predict would have ended that image's call with.
 */
export interface PredictBatchResult {
  'prediction'?: (_sightline_inference_v1_PredictResponse | null);
  /**
   * A gRPC status code (0 with a prediction), its details, and the domain error code Predict sends as a trailer.
   */
  'statusCode'?: (number);
  'details'?: (string);
  'errorCode'?: (string);
}

/**
 * One per request, in request order: the prediction, or the status Predict would have ended that image's call with.
 */
export interface PredictBatchResult__Output {
  'prediction': (_sightline_inference_v1_PredictResponse__Output | null);
  /**
   * A gRPC status code (0 with a prediction), its details, and the domain error code Predict sends as a trailer.
   */
  'statusCode': (number);
  'details': (string);
  'errorCode': (string);
}
