import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { InferenceClient as _sightline_inference_v1_InferenceClient, InferenceDefinition as _sightline_inference_v1_InferenceDefinition } from './sightline/inference/v1/Inference';
import type { MetricsRequest as _sightline_inference_v1_MetricsRequest, MetricsRequest__Output as _sightline_inference_v1_MetricsRequest__Output } from './sightline/inference/v1/MetricsRequest';
import type { MetricsResponse as _sightline_inference_v1_MetricsResponse, MetricsResponse__Output as _sightline_inference_v1_MetricsResponse__Output } from './sightline/inference/v1/MetricsResponse';
import type { PredictBatchRequest as _sightline_inference_v1_PredictBatchRequest, PredictBatchRequest__Output as _sightline_inference_v1_PredictBatchRequest__Output } from './sightline/inference/v1/PredictBatchRequest';
import type { PredictBatchResponse as _sightline_inference_v1_PredictBatchResponse, PredictBatchResponse__Output as _sightline_inference_v1_PredictBatchResponse__Output } from './sightline/inference/v1/PredictBatchResponse';
import type { PredictBatchResult as _sightline_inference_v1_PredictBatchResult, PredictBatchResult__Output as _sightline_inference_v1_PredictBatchResult__Output } from './sightline/inference/v1/PredictBatchResult';
import type { PredictRequest as _sightline_inference_v1_PredictRequest, PredictRequest__Output as _sightline_inference_v1_PredictRequest__Output } from './sightline/inference/v1/PredictRequest';
import type { PredictResponse as _sightline_inference_v1_PredictResponse, PredictResponse__Output as _sightline_inference_v1_PredictResponse__Output } from './sightline/inference/v1/PredictResponse';
import type { PredictStreamReply as _sightline_inference_v1_PredictStreamReply, PredictStreamReply__Output as _sightline_inference_v1_PredictStreamReply__Output } from './sightline/inference/v1/PredictStreamReply';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sightline: {
    inference: {
      v1: {
        Inference: SubtypeConstructor<typeof grpc.Client, _sightline_inference_v1_InferenceClient> & { service: _sightline_inference_v1_InferenceDefinition }
        MetricsRequest: MessageTypeDefinition<_sightline_inference_v1_MetricsRequest, _sightline_inference_v1_MetricsRequest__Output>
        MetricsResponse: MessageTypeDefinition<_sightline_inference_v1_MetricsResponse, _sightline_inference_v1_MetricsResponse__Output>
        PredictBatchRequest: MessageTypeDefinition<_sightline_inference_v1_PredictBatchRequest, _sightline_inference_v1_PredictBatchRequest__Output>
        PredictBatchResponse: MessageTypeDefinition<_sightline_inference_v1_PredictBatchResponse, _sightline_inference_v1_PredictBatchResponse__Output>
        PredictBatchResult: MessageTypeDefinition<_sightline_inference_v1_PredictBatchResult, _sightline_inference_v1_PredictBatchResult__Output>
        PredictRequest: MessageTypeDefinition<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictRequest__Output>
        PredictResponse: MessageTypeDefinition<_sightline_inference_v1_PredictResponse, _sightline_inference_v1_PredictResponse__Output>
        PredictStreamReply: MessageTypeDefinition<_sightline_inference_v1_PredictStreamReply, _sightline_inference_v1_PredictStreamReply__Output>
      }
    }
  }
}

