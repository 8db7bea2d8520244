// Original file: proto/inference.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { MetricsRequest as _sightline_inference_v1_MetricsRequest, MetricsRequest__Output as _sightline_inference_v1_MetricsRequest__Output } from '../../../sightline/inference/v1/MetricsRequest';
import type { MetricsResponse as _sightline_inference_v1_MetricsResponse, MetricsResponse__Output as _sightline_inference_v1_MetricsResponse__Output } from '../../../sightline/inference/v1/MetricsResponse';
import type { PredictBatchRequest as _sightline_inference_v1_PredictBatchRequest, PredictBatchRequest__Output as _sightline_inference_v1_PredictBatchRequest__Output } from '../../../sightline/inference/v1/PredictBatchRequest';
import type { PredictBatchResponse as _sightline_inference_v1_PredictBatchResponse, PredictBatchResponse__Output as _sightline_inference_v1_PredictBatchResponse__Output } from '../../../sightline/inference/v1/PredictBatchResponse';
import type { PredictRequest as _sightline_inference_v1_PredictRequest, PredictRequest__Output as _sightline_inference_v1_PredictRequest__Output } from '../../../sightline/inference/v1/PredictRequest';
import type { PredictResponse as _sightline_inference_v1_PredictResponse, PredictResponse__Output as _sightline_inference_v1_PredictResponse__Output } from '../../../sightline/inference/v1/PredictResponse';
import type { PredictStreamReply as _sightline_inference_v1_PredictStreamReply, PredictStreamReply__Output as _sightline_inference_v1_PredictStreamReply__Output } from '../../../sightline/inference/v1/PredictStreamReply';

export interface InferenceClient extends grpc.Client {
  GetMetrics(argument: _sightline_inference_v1_MetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  GetMetrics(argument: _sightline_inference_v1_MetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  GetMetrics(argument: _sightline_inference_v1_MetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  GetMetrics(argument: _sightline_inference_v1_MetricsRequest, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _sightline_inference_v1_MetricsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _sightline_inference_v1_MetricsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _sightline_inference_v1_MetricsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  getMetrics(argument: _sightline_inference_v1_MetricsRequest, callback: grpc.requestCallback<_sightline_inference_v1_MetricsResponse__Output>): grpc.ClientUnaryCall;
  
  Predict(argument: _sightline_inference_v1_PredictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  Predict(argument: _sightline_inference_v1_PredictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  Predict(argument: _sightline_inference_v1_PredictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  Predict(argument: _sightline_inference_v1_PredictRequest, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  predict(argument: _sightline_inference_v1_PredictRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  predict(argument: _sightline_inference_v1_PredictRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  predict(argument: _sightline_inference_v1_PredictRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  predict(argument: _sightline_inference_v1_PredictRequest, callback: grpc.requestCallback<_sightline_inference_v1_PredictResponse__Output>): grpc.ClientUnaryCall;
  
  PredictBatch(argument: _sightline_inference_v1_PredictBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  PredictBatch(argument: _sightline_inference_v1_PredictBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  PredictBatch(argument: _sightline_inference_v1_PredictBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  PredictBatch(argument: _sightline_inference_v1_PredictBatchRequest, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  predictBatch(argument: _sightline_inference_v1_PredictBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  predictBatch(argument: _sightline_inference_v1_PredictBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  predictBatch(argument: _sightline_inference_v1_PredictBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  predictBatch(argument: _sightline_inference_v1_PredictBatchRequest, callback: grpc.requestCallback<_sightline_inference_v1_PredictBatchResponse__Output>): grpc.ClientUnaryCall;
  
  /**
   * For cameras and bulk clients: many images on one call, each answered as soon as its batch ran.
   */
  PredictStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictStreamReply__Output>;
  PredictStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictStreamReply__Output>;
  /**
   * For cameras and bulk clients: many images on one call, each answered as soon as its batch ran.
   */
  predictStream(metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientDuplexStream<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictStreamReply__Output>;
  predictStream(options?: grpc.CallOptions): grpc.ClientDuplexStream<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictStreamReply__Output>;
  
}

export interface InferenceHandlers extends grpc.UntypedServiceImplementation {
  GetMetrics: grpc.handleUnaryCall<_sightline_inference_v1_MetricsRequest__Output, _sightline_inference_v1_MetricsResponse>;
  
  Predict: grpc.handleUnaryCall<_sightline_inference_v1_PredictRequest__Output, _sightline_inference_v1_PredictResponse>;
  
  PredictBatch: grpc.handleUnaryCall<_sightline_inference_v1_PredictBatchRequest__Output, _sightline_inference_v1_PredictBatchResponse>;
  
  /**
   * For cameras and bulk clients: many images on one call, each answered as soon as its batch ran.
   */
  PredictStream: grpc.handleBidiStreamingCall<_sightline_inference_v1_PredictRequest__Output, _sightline_inference_v1_PredictStreamReply>;
  
}

export interface InferenceDefinition extends grpc.ServiceDefinition {
  GetMetrics: MethodDefinition<_sightline_inference_v1_MetricsRequest, _sightline_inference_v1_MetricsResponse, _sightline_inference_v1_MetricsRequest__Output, _sightline_inference_v1_MetricsResponse__Output>
  Predict: MethodDefinition<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictResponse, _sightline_inference_v1_PredictRequest__Output, _sightline_inference_v1_PredictResponse__Output>
  PredictBatch: MethodDefinition<_sightline_inference_v1_PredictBatchRequest, _sightline_inference_v1_PredictBatchResponse, _sightline_inference_v1_PredictBatchRequest__Output, _sightline_inference_v1_PredictBatchResponse__Output>
  PredictStream: MethodDefinition<_sightline_inference_v1_PredictRequest, _sightline_inference_v1_PredictStreamReply, _sightline_inference_v1_PredictRequest__Output, _sightline_inference_v1_PredictStreamReply__Output>
}
