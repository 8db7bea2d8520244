// Original file: proto/training.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AliasHistoryResponse as _sightline_training_v1_AliasHistoryResponse, AliasHistoryResponse__Output as _sightline_training_v1_AliasHistoryResponse__Output } from '../../../sightline/training/v1/AliasHistoryResponse';
import type { AutoPromotionsRequest as _sightline_training_v1_AutoPromotionsRequest, AutoPromotionsRequest__Output as _sightline_training_v1_AutoPromotionsRequest__Output } from '../../../sightline/training/v1/AutoPromotionsRequest';
import type { CreateTrainingJobRequest as _sightline_training_v1_CreateTrainingJobRequest, CreateTrainingJobRequest__Output as _sightline_training_v1_CreateTrainingJobRequest__Output } from '../../../sightline/training/v1/CreateTrainingJobRequest';
import type { ImportModelChunk as _sightline_training_v1_ImportModelChunk, ImportModelChunk__Output as _sightline_training_v1_ImportModelChunk__Output } from '../../../sightline/training/v1/ImportModelChunk';
import type { InfoRequest as _sightline_training_v1_InfoRequest, InfoRequest__Output as _sightline_training_v1_InfoRequest__Output } from '../../../sightline/training/v1/InfoRequest';
import type { InfoResponse as _sightline_training_v1_InfoResponse, InfoResponse__Output as _sightline_training_v1_InfoResponse__Output } from '../../../sightline/training/v1/InfoResponse';
import type { JobIdRequest as _sightline_training_v1_JobIdRequest, JobIdRequest__Output as _sightline_training_v1_JobIdRequest__Output } from '../../../sightline/training/v1/JobIdRequest';
import type { ListModelsResponse as _sightline_training_v1_ListModelsResponse, ListModelsResponse__Output as _sightline_training_v1_ListModelsResponse__Output } from '../../../sightline/training/v1/ListModelsResponse';
import type { ListTrainingJobsResponse as _sightline_training_v1_ListTrainingJobsResponse, ListTrainingJobsResponse__Output as _sightline_training_v1_ListTrainingJobsResponse__Output } from '../../../sightline/training/v1/ListTrainingJobsResponse';
import type { ModelArchiveChunk as _sightline_training_v1_ModelArchiveChunk, ModelArchiveChunk__Output as _sightline_training_v1_ModelArchiveChunk__Output } from '../../../sightline/training/v1/ModelArchiveChunk';
import type { ModelIdRequest as _sightline_training_v1_ModelIdRequest, ModelIdRequest__Output as _sightline_training_v1_ModelIdRequest__Output } from '../../../sightline/training/v1/ModelIdRequest';
import type { ModelVersion as _sightline_training_v1_ModelVersion, ModelVersion__Output as _sightline_training_v1_ModelVersion__Output } from '../../../sightline/training/v1/ModelVersion';
import type { ProductionModelResponse as _sightline_training_v1_ProductionModelResponse, ProductionModelResponse__Output as _sightline_training_v1_ProductionModelResponse__Output } from '../../../sightline/training/v1/ProductionModelResponse';
import type { ProjectIdRequest as _sightline_training_v1_ProjectIdRequest, ProjectIdRequest__Output as _sightline_training_v1_ProjectIdRequest__Output } from '../../../sightline/training/v1/ProjectIdRequest';
import type { PromoteRequest as _sightline_training_v1_PromoteRequest, PromoteRequest__Output as _sightline_training_v1_PromoteRequest__Output } from '../../../sightline/training/v1/PromoteRequest';
import type { RollbackRequest as _sightline_training_v1_RollbackRequest, RollbackRequest__Output as _sightline_training_v1_RollbackRequest__Output } from '../../../sightline/training/v1/RollbackRequest';
import type { TestResultsRequest as _sightline_training_v1_TestResultsRequest, TestResultsRequest__Output as _sightline_training_v1_TestResultsRequest__Output } from '../../../sightline/training/v1/TestResultsRequest';
import type { TestResultsResponse as _sightline_training_v1_TestResultsResponse, TestResultsResponse__Output as _sightline_training_v1_TestResultsResponse__Output } from '../../../sightline/training/v1/TestResultsResponse';
import type { TrainingJob as _sightline_training_v1_TrainingJob, TrainingJob__Output as _sightline_training_v1_TrainingJob__Output } from '../../../sightline/training/v1/TrainingJob';

export interface TrainingClient extends grpc.Client {
  CancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  cancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  cancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  cancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  cancelTrainingJob(argument: _sightline_training_v1_JobIdRequest, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  
  CreateTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CreateTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CreateTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  CreateTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  createTrainingJob(argument: _sightline_training_v1_CreateTrainingJobRequest, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  
  /**
   * Streams, both ways, because a version's files can be hundreds of MB: neither side holds a whole
   * archive in one message (MAX_MESSAGE_BYTES) and gRPC flow control carries the HTTP client's pace.
   */
  ExportModel(argument: _sightline_training_v1_ModelIdRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_training_v1_ModelArchiveChunk__Output>;
  ExportModel(argument: _sightline_training_v1_ModelIdRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_training_v1_ModelArchiveChunk__Output>;
  /**
   * Streams, both ways, because a version's files can be hundreds of MB: neither side holds a whole
   * archive in one message (MAX_MESSAGE_BYTES) and gRPC flow control carries the HTTP client's pace.
   */
  exportModel(argument: _sightline_training_v1_ModelIdRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_training_v1_ModelArchiveChunk__Output>;
  exportModel(argument: _sightline_training_v1_ModelIdRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_sightline_training_v1_ModelArchiveChunk__Output>;
  
  GetInfo(argument: _sightline_training_v1_InfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  GetInfo(argument: _sightline_training_v1_InfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  GetInfo(argument: _sightline_training_v1_InfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  GetInfo(argument: _sightline_training_v1_InfoRequest, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  getInfo(argument: _sightline_training_v1_InfoRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  getInfo(argument: _sightline_training_v1_InfoRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  getInfo(argument: _sightline_training_v1_InfoRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  getInfo(argument: _sightline_training_v1_InfoRequest, callback: grpc.requestCallback<_sightline_training_v1_InfoResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  GetTestResults(argument: _sightline_training_v1_TestResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  GetTestResults(argument: _sightline_training_v1_TestResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  GetTestResults(argument: _sightline_training_v1_TestResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  GetTestResults(argument: _sightline_training_v1_TestResultsRequest, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  getTestResults(argument: _sightline_training_v1_TestResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  getTestResults(argument: _sightline_training_v1_TestResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  getTestResults(argument: _sightline_training_v1_TestResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  getTestResults(argument: _sightline_training_v1_TestResultsRequest, callback: grpc.requestCallback<_sightline_training_v1_TestResultsResponse__Output>): grpc.ClientUnaryCall;
  
  GetTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  GetTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  GetTrainingJob(argument: _sightline_training_v1_JobIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  GetTrainingJob(argument: _sightline_training_v1_JobIdRequest, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _sightline_training_v1_JobIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _sightline_training_v1_JobIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  getTrainingJob(argument: _sightline_training_v1_JobIdRequest, callback: grpc.requestCallback<_sightline_training_v1_TrainingJob__Output>): grpc.ClientUnaryCall;
  
  ImportModel(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  ImportModel(metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  ImportModel(options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  ImportModel(callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  importModel(metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  importModel(metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  importModel(options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  importModel(callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientWritableStream<_sightline_training_v1_ImportModelChunk>;
  
  ListAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAliasHistory(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  ListAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  listAutoPromotions(argument: _sightline_training_v1_AutoPromotionsRequest, callback: grpc.requestCallback<_sightline_training_v1_AliasHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  ListModels(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  listModels(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ListModelsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  listTrainingJobs(argument: _sightline_training_v1_ProjectIdRequest, callback: grpc.requestCallback<_sightline_training_v1_ListTrainingJobsResponse__Output>): grpc.ClientUnaryCall;
  
  PromoteModel(argument: _sightline_training_v1_PromoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  PromoteModel(argument: _sightline_training_v1_PromoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  PromoteModel(argument: _sightline_training_v1_PromoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  PromoteModel(argument: _sightline_training_v1_PromoteRequest, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  promoteModel(argument: _sightline_training_v1_PromoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  promoteModel(argument: _sightline_training_v1_PromoteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  promoteModel(argument: _sightline_training_v1_PromoteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  promoteModel(argument: _sightline_training_v1_PromoteRequest, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
  RollbackModel(argument: _sightline_training_v1_RollbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  RollbackModel(argument: _sightline_training_v1_RollbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  RollbackModel(argument: _sightline_training_v1_RollbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  RollbackModel(argument: _sightline_training_v1_RollbackRequest, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  rollbackModel(argument: _sightline_training_v1_RollbackRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  rollbackModel(argument: _sightline_training_v1_RollbackRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  rollbackModel(argument: _sightline_training_v1_RollbackRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  rollbackModel(argument: _sightline_training_v1_RollbackRequest, callback: grpc.requestCallback<_sightline_training_v1_ModelVersion__Output>): grpc.ClientUnaryCall;
  
}

export interface TrainingHandlers extends grpc.UntypedServiceImplementation {
  CancelTrainingJob: grpc.handleUnaryCall<_sightline_training_v1_JobIdRequest__Output, _sightline_training_v1_TrainingJob>;
  
  CreateTrainingJob: grpc.handleUnaryCall<_sightline_training_v1_CreateTrainingJobRequest__Output, _sightline_training_v1_TrainingJob>;
  
  /**
   * Streams, both ways, because a version's files can be hundreds of MB: neither side holds a whole
   * archive in one message (MAX_MESSAGE_BYTES) and gRPC flow control carries the HTTP client's pace.
   */
  ExportModel: grpc.handleServerStreamingCall<_sightline_training_v1_ModelIdRequest__Output, _sightline_training_v1_ModelArchiveChunk>;
  
  GetInfo: grpc.handleUnaryCall<_sightline_training_v1_InfoRequest__Output, _sightline_training_v1_InfoResponse>;
  
  GetModel: grpc.handleUnaryCall<_sightline_training_v1_ModelIdRequest__Output, _sightline_training_v1_ModelVersion>;
  
  GetProductionModel: grpc.handleUnaryCall<_sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ProductionModelResponse>;
  
  GetTestResults: grpc.handleUnaryCall<_sightline_training_v1_TestResultsRequest__Output, _sightline_training_v1_TestResultsResponse>;
  
  GetTrainingJob: grpc.handleUnaryCall<_sightline_training_v1_JobIdRequest__Output, _sightline_training_v1_TrainingJob>;
  
  ImportModel: grpc.handleClientStreamingCall<_sightline_training_v1_ImportModelChunk__Output, _sightline_training_v1_ModelVersion>;
  
  ListAliasHistory: grpc.handleUnaryCall<_sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_AliasHistoryResponse>;
  
  ListAutoPromotions: grpc.handleUnaryCall<_sightline_training_v1_AutoPromotionsRequest__Output, _sightline_training_v1_AliasHistoryResponse>;
  
  ListModels: grpc.handleUnaryCall<_sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ListModelsResponse>;
  
  ListTrainingJobs: grpc.handleUnaryCall<_sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ListTrainingJobsResponse>;
  
  PromoteModel: grpc.handleUnaryCall<_sightline_training_v1_PromoteRequest__Output, _sightline_training_v1_ModelVersion>;
  
  RollbackModel: grpc.handleUnaryCall<_sightline_training_v1_RollbackRequest__Output, _sightline_training_v1_ModelVersion>;
  
}

export interface TrainingDefinition extends grpc.ServiceDefinition {
  CancelTrainingJob: MethodDefinition<_sightline_training_v1_JobIdRequest, _sightline_training_v1_TrainingJob, _sightline_training_v1_JobIdRequest__Output, _sightline_training_v1_TrainingJob__Output>
  CreateTrainingJob: MethodDefinition<_sightline_training_v1_CreateTrainingJobRequest, _sightline_training_v1_TrainingJob, _sightline_training_v1_CreateTrainingJobRequest__Output, _sightline_training_v1_TrainingJob__Output>
  ExportModel: MethodDefinition<_sightline_training_v1_ModelIdRequest, _sightline_training_v1_ModelArchiveChunk, _sightline_training_v1_ModelIdRequest__Output, _sightline_training_v1_ModelArchiveChunk__Output>
  GetInfo: MethodDefinition<_sightline_training_v1_InfoRequest, _sightline_training_v1_InfoResponse, _sightline_training_v1_InfoRequest__Output, _sightline_training_v1_InfoResponse__Output>
  GetModel: MethodDefinition<_sightline_training_v1_ModelIdRequest, _sightline_training_v1_ModelVersion, _sightline_training_v1_ModelIdRequest__Output, _sightline_training_v1_ModelVersion__Output>
  GetProductionModel: MethodDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ProductionModelResponse, _sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ProductionModelResponse__Output>
  GetTestResults: MethodDefinition<_sightline_training_v1_TestResultsRequest, _sightline_training_v1_TestResultsResponse, _sightline_training_v1_TestResultsRequest__Output, _sightline_training_v1_TestResultsResponse__Output>
  GetTrainingJob: MethodDefinition<_sightline_training_v1_JobIdRequest, _sightline_training_v1_TrainingJob, _sightline_training_v1_JobIdRequest__Output, _sightline_training_v1_TrainingJob__Output>
  ImportModel: MethodDefinition<_sightline_training_v1_ImportModelChunk, _sightline_training_v1_ModelVersion, _sightline_training_v1_ImportModelChunk__Output, _sightline_training_v1_ModelVersion__Output>
  ListAliasHistory: MethodDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_AliasHistoryResponse, _sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_AliasHistoryResponse__Output>
  ListAutoPromotions: MethodDefinition<_sightline_training_v1_AutoPromotionsRequest, _sightline_training_v1_AliasHistoryResponse, _sightline_training_v1_AutoPromotionsRequest__Output, _sightline_training_v1_AliasHistoryResponse__Output>
  ListModels: MethodDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ListModelsResponse, _sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ListModelsResponse__Output>
  ListTrainingJobs: MethodDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ListTrainingJobsResponse, _sightline_training_v1_ProjectIdRequest__Output, _sightline_training_v1_ListTrainingJobsResponse__Output>
  PromoteModel: MethodDefinition<_sightline_training_v1_PromoteRequest, _sightline_training_v1_ModelVersion, _sightline_training_v1_PromoteRequest__Output, _sightline_training_v1_ModelVersion__Output>
  RollbackModel: MethodDefinition<_sightline_training_v1_RollbackRequest, _sightline_training_v1_ModelVersion, _sightline_training_v1_RollbackRequest__Output, _sightline_training_v1_ModelVersion__Output>
}
