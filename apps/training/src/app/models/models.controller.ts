import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { TrainingV1 } from '@sightline/contracts';
import { JobsService } from '../jobs/jobs.service';
import { ModelsService } from './models.service';

@Controller()
export class ModelsController {
  constructor(
    private readonly models: ModelsService,
    private readonly jobs: JobsService,
  ) {}

  @GrpcMethod('Training', 'GetInfo')
  async getInfo(): Promise<TrainingV1.InfoResponse> {
    return { mlBackend: await this.models.backend() };
  }

  @GrpcMethod('Training', 'CreateTrainingJob')
  createTrainingJob(request: TrainingV1.CreateTrainingJobRequest__Output): Promise<TrainingV1.TrainingJob> {
    return this.jobs.create(request);
  }

  @GrpcMethod('Training', 'ListTrainingJobs')
  async listTrainingJobs(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.ListTrainingJobsResponse> {
    return { jobs: await this.jobs.list(request.projectId) };
  }

  @GrpcMethod('Training', 'GetTrainingJob')
  getTrainingJob(request: TrainingV1.JobIdRequest__Output): Promise<TrainingV1.TrainingJob> {
    return this.jobs.get(request.id);
  }

  @GrpcMethod('Training', 'CancelTrainingJob')
  cancelTrainingJob(request: TrainingV1.JobIdRequest__Output): Promise<TrainingV1.TrainingJob> {
    return this.jobs.cancel(request.id);
  }

  @GrpcMethod('Training', 'PromoteModel')
  promoteModel(request: TrainingV1.PromoteRequest__Output): Promise<TrainingV1.ModelVersion> {
    return this.models.promote(request.modelId, request.actor, request.reason);
  }

  @GrpcMethod('Training', 'RollbackModel')
  rollbackModel(request: TrainingV1.RollbackRequest__Output): Promise<TrainingV1.ModelVersion> {
    return this.models.rollback(request.projectId, request.actor, request.reason);
  }

  @GrpcMethod('Training', 'ListAliasHistory')
  async listAliasHistory(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.AliasHistoryResponse> {
    return { events: await this.models.history(request.projectId) };
  }

  @GrpcMethod('Training', 'GetTestResults')
  async getTestResults(request: TrainingV1.TestResultsRequest__Output): Promise<TrainingV1.TestResultsResponse> {
    return { results: await this.models.testResults(request.modelId, request.actual, request.predicted) };
  }

  @GrpcMethod('Training', 'ListModels')
  async listModels(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.ListModelsResponse> {
    return { models: await this.models.list(request.projectId) };
  }

  @GrpcMethod('Training', 'GetModel')
  getModel(request: TrainingV1.ModelIdRequest__Output): Promise<TrainingV1.ModelVersion> {
    return this.models.get(request.id);
  }

  @GrpcMethod('Training', 'GetProductionModel')
  getProductionModel(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.ProductionModelResponse> {
    return this.models.production(request.projectId);
  }
}
