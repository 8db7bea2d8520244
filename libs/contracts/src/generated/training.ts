import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AliasEvent as _sightline_training_v1_AliasEvent, AliasEvent__Output as _sightline_training_v1_AliasEvent__Output } from './sightline/training/v1/AliasEvent';
import type { AliasHistoryResponse as _sightline_training_v1_AliasHistoryResponse, AliasHistoryResponse__Output as _sightline_training_v1_AliasHistoryResponse__Output } from './sightline/training/v1/AliasHistoryResponse';
import type { AutoPromotionsRequest as _sightline_training_v1_AutoPromotionsRequest, AutoPromotionsRequest__Output as _sightline_training_v1_AutoPromotionsRequest__Output } from './sightline/training/v1/AutoPromotionsRequest';
import type { CreateTrainingJobRequest as _sightline_training_v1_CreateTrainingJobRequest, CreateTrainingJobRequest__Output as _sightline_training_v1_CreateTrainingJobRequest__Output } from './sightline/training/v1/CreateTrainingJobRequest';
import type { ImportModelChunk as _sightline_training_v1_ImportModelChunk, ImportModelChunk__Output as _sightline_training_v1_ImportModelChunk__Output } from './sightline/training/v1/ImportModelChunk';
import type { InfoRequest as _sightline_training_v1_InfoRequest, InfoRequest__Output as _sightline_training_v1_InfoRequest__Output } from './sightline/training/v1/InfoRequest';
import type { InfoResponse as _sightline_training_v1_InfoResponse, InfoResponse__Output as _sightline_training_v1_InfoResponse__Output } from './sightline/training/v1/InfoResponse';
import type { JobIdRequest as _sightline_training_v1_JobIdRequest, JobIdRequest__Output as _sightline_training_v1_JobIdRequest__Output } from './sightline/training/v1/JobIdRequest';
import type { ListModelsResponse as _sightline_training_v1_ListModelsResponse, ListModelsResponse__Output as _sightline_training_v1_ListModelsResponse__Output } from './sightline/training/v1/ListModelsResponse';
import type { ListTrainingJobsResponse as _sightline_training_v1_ListTrainingJobsResponse, ListTrainingJobsResponse__Output as _sightline_training_v1_ListTrainingJobsResponse__Output } from './sightline/training/v1/ListTrainingJobsResponse';
import type { ModelArchiveChunk as _sightline_training_v1_ModelArchiveChunk, ModelArchiveChunk__Output as _sightline_training_v1_ModelArchiveChunk__Output } from './sightline/training/v1/ModelArchiveChunk';
import type { ModelIdRequest as _sightline_training_v1_ModelIdRequest, ModelIdRequest__Output as _sightline_training_v1_ModelIdRequest__Output } from './sightline/training/v1/ModelIdRequest';
import type { ModelVersion as _sightline_training_v1_ModelVersion, ModelVersion__Output as _sightline_training_v1_ModelVersion__Output } from './sightline/training/v1/ModelVersion';
import type { ProductionModelResponse as _sightline_training_v1_ProductionModelResponse, ProductionModelResponse__Output as _sightline_training_v1_ProductionModelResponse__Output } from './sightline/training/v1/ProductionModelResponse';
import type { ProjectIdRequest as _sightline_training_v1_ProjectIdRequest, ProjectIdRequest__Output as _sightline_training_v1_ProjectIdRequest__Output } from './sightline/training/v1/ProjectIdRequest';
import type { PromoteRequest as _sightline_training_v1_PromoteRequest, PromoteRequest__Output as _sightline_training_v1_PromoteRequest__Output } from './sightline/training/v1/PromoteRequest';
import type { RollbackRequest as _sightline_training_v1_RollbackRequest, RollbackRequest__Output as _sightline_training_v1_RollbackRequest__Output } from './sightline/training/v1/RollbackRequest';
import type { TestResult as _sightline_training_v1_TestResult, TestResult__Output as _sightline_training_v1_TestResult__Output } from './sightline/training/v1/TestResult';
import type { TestResultsRequest as _sightline_training_v1_TestResultsRequest, TestResultsRequest__Output as _sightline_training_v1_TestResultsRequest__Output } from './sightline/training/v1/TestResultsRequest';
import type { TestResultsResponse as _sightline_training_v1_TestResultsResponse, TestResultsResponse__Output as _sightline_training_v1_TestResultsResponse__Output } from './sightline/training/v1/TestResultsResponse';
import type { TrainingClient as _sightline_training_v1_TrainingClient, TrainingDefinition as _sightline_training_v1_TrainingDefinition } from './sightline/training/v1/Training';
import type { TrainingJob as _sightline_training_v1_TrainingJob, TrainingJob__Output as _sightline_training_v1_TrainingJob__Output } from './sightline/training/v1/TrainingJob';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  sightline: {
    training: {
      v1: {
        AliasEvent: MessageTypeDefinition<_sightline_training_v1_AliasEvent, _sightline_training_v1_AliasEvent__Output>
        AliasHistoryResponse: MessageTypeDefinition<_sightline_training_v1_AliasHistoryResponse, _sightline_training_v1_AliasHistoryResponse__Output>
        AutoPromotionsRequest: MessageTypeDefinition<_sightline_training_v1_AutoPromotionsRequest, _sightline_training_v1_AutoPromotionsRequest__Output>
        CreateTrainingJobRequest: MessageTypeDefinition<_sightline_training_v1_CreateTrainingJobRequest, _sightline_training_v1_CreateTrainingJobRequest__Output>
        ImportModelChunk: MessageTypeDefinition<_sightline_training_v1_ImportModelChunk, _sightline_training_v1_ImportModelChunk__Output>
        InfoRequest: MessageTypeDefinition<_sightline_training_v1_InfoRequest, _sightline_training_v1_InfoRequest__Output>
        InfoResponse: MessageTypeDefinition<_sightline_training_v1_InfoResponse, _sightline_training_v1_InfoResponse__Output>
        JobIdRequest: MessageTypeDefinition<_sightline_training_v1_JobIdRequest, _sightline_training_v1_JobIdRequest__Output>
        ListModelsResponse: MessageTypeDefinition<_sightline_training_v1_ListModelsResponse, _sightline_training_v1_ListModelsResponse__Output>
        ListTrainingJobsResponse: MessageTypeDefinition<_sightline_training_v1_ListTrainingJobsResponse, _sightline_training_v1_ListTrainingJobsResponse__Output>
        ModelArchiveChunk: MessageTypeDefinition<_sightline_training_v1_ModelArchiveChunk, _sightline_training_v1_ModelArchiveChunk__Output>
        ModelIdRequest: MessageTypeDefinition<_sightline_training_v1_ModelIdRequest, _sightline_training_v1_ModelIdRequest__Output>
        ModelVersion: MessageTypeDefinition<_sightline_training_v1_ModelVersion, _sightline_training_v1_ModelVersion__Output>
        ProductionModelResponse: MessageTypeDefinition<_sightline_training_v1_ProductionModelResponse, _sightline_training_v1_ProductionModelResponse__Output>
        ProjectIdRequest: MessageTypeDefinition<_sightline_training_v1_ProjectIdRequest, _sightline_training_v1_ProjectIdRequest__Output>
        PromoteRequest: MessageTypeDefinition<_sightline_training_v1_PromoteRequest, _sightline_training_v1_PromoteRequest__Output>
        RollbackRequest: MessageTypeDefinition<_sightline_training_v1_RollbackRequest, _sightline_training_v1_RollbackRequest__Output>
        TestResult: MessageTypeDefinition<_sightline_training_v1_TestResult, _sightline_training_v1_TestResult__Output>
        TestResultsRequest: MessageTypeDefinition<_sightline_training_v1_TestResultsRequest, _sightline_training_v1_TestResultsRequest__Output>
        TestResultsResponse: MessageTypeDefinition<_sightline_training_v1_TestResultsResponse, _sightline_training_v1_TestResultsResponse__Output>
        Training: SubtypeConstructor<typeof grpc.Client, _sightline_training_v1_TrainingClient> & { service: _sightline_training_v1_TrainingDefinition }
        TrainingJob: MessageTypeDefinition<_sightline_training_v1_TrainingJob, _sightline_training_v1_TrainingJob__Output>
      }
    }
  }
}

