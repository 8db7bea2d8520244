// Original file: proto/inference.proto

import type { PredictResponse as _sightline_inference_v1_PredictResponse, PredictResponse__Output as _sightline_inference_v1_PredictResponse__Output } from '../../../sightline/inference/v1/PredictResponse';

/**
 * One answer on PredictStream: a prediction, or the error of that one image (the stream goes on).
 */
export interface PredictStreamReply {
  'requestId'?: (string);
  'prediction'?: (_sightline_inference_v1_PredictResponse | null);
  'errorCode'?: (string);
  'error'?: (string);
}

/**
 * One answer on PredictStream: a prediction, or the error of that one image (the stream goes on).
 */
export interface PredictStreamReply__Output {
  'requestId': (string);
  'prediction': (_sightline_inference_v1_PredictResponse__Output | null);
  'errorCode': (string);
  'error': (string);
}
