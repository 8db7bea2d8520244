// Original file: proto/training.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ListModelsResponse as _sightline_training_v1_ListModelsResponse, ListModelsResponse__Output as _sightline_training_v1_ListModelsResponse__Output } from '../../../sightline/training/v1/ListModelsResponse';
import type { ModelIdRequest as _sightline_training_v1_ModelIdRequest, ModelIdRequest__Output as _sightline_training_v1_ModelIdRequest__Output } from '../../../sightline/training/v1/ModelIdRequest';
import type { ModelVersion as _sightline_training_v1_ModelVersion, ModelVersion__Output as _sightline_training_v1_ModelVersion__Output } from '../../../sightline/training/v1/ModelVersion';
import type { ProductionModelResponse as _sightline_training_v1_ProductionModelResponse, ProductionModelResponse__Output as _sightline_training_v1_ProductionModelResponse__Output } from '../../../sightline/training/v1/ProductionModelResponse';
import type { ProjectIdRequest as _sightline_training_v1_ProjectIdRequest, ProjectIdRequest__Output as _sightline_training_v1_ProjectIdRequest__Output } from '../../../sightline/training/v1/ProjectIdRequest';

export interface TrainingClient extends grpc.Client {
  GetModel(argument: _sightline_training_v1_ModelIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  GetModel(argument: _sightline_training_v1_ModelIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  GetModel(argument: _sightline_training_v1_ModelIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  GetModel(argument: _sightline_training_v1_ModelIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModel(argument: _sightline_training_v1_ModelIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModel(argument: _sightline_training_v1_ModelIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModel(argument: _sightline_training_v1_ModelIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  getModel(argument: _sightline_training_v1_ModelIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  GetProductionModel(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  GetProductionModel(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  GetProductionModel(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  GetProductionModel(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  getProductionModel(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  getProductionModel(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  getProductionModel(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  getProductionModel(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ProductionModelResponse__Output>): grpc.ClientUnaryCall;
  
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface TrainingHandlers extends grpc.UntypedServiceImplementation {
  GetModel: grpc.handleUnaryCall<_sightline_training_v1_ModelIdRequest__Output, _sightline_training_v1_ModelVersion>;
  
  GetProductionModel: grpc.handleUnaryCall<_sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ProductionModelResponse>;
  
  ListModels: grpc.handleUnaryCall<_sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ListModelsResponse>;
  
}

export interface TrainingDefinition extends grpc.ServiceDefinition {
  GetModel: MethodDefinition<_sightline_training_v1_ModelIdRequest, _sightline_training_v1_ModelVersion, _sightline_training_v1_ModelIdRequest__Output, _sightline_training_v1_ModelVersion__Output>
  GetProductionModel: MethodDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ProductionModelResponse, _sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ProductionModelResponse__Output>
  ListModels: MethodDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ListModelsResponse, _sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ListModelsResponse__Output>
}
