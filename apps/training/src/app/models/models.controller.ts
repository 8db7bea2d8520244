import { Controller } from '@nestjs/common';
import { GrpcMethod, GrpcStreamMethod } from '@nestjs/microservices';
import type { TrainingV1 } from '@sightline/contracts';
import { eachValueOf } from '@sightline/grpc';
import { concatMap, from, map, Observable } from 'rxjs';
import { JobsService } from '../jobs/jobs.service';
import { ModelsService } from './models.service';

/** Well under MAX_MESSAGE_BYTES, and small enough that the gateway passes bytes on as they come. */
const CHUNK_BYTES = 1024 * 1024;

function* slices(data: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += CHUNK_BYTES) {
    yield data.subarray(offset, offset + CHUNK_BYTES);
  }
}

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

  @GrpcMethod('Training', 'ListAutoPromotions')
  async listAutoPromotions(request: TrainingV1.AutoPromotionsRequest__Output): Promise<TrainingV1.AliasHistoryResponse> {
    return { events: await this.models.autoPromotions(request) };
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

  /**
   * Checks run before the first chunk, so a missing version is an error status rather than an empty stream.
   * Nest buffers what the call cannot take yet, so at worst the archive is held twice while it drains.
   */
  @GrpcMethod('Training', 'ExportModel')
  async exportModel(request: TrainingV1.ModelIdRequest__Output): Promise<Observable<TrainingV1.ModelArchiveChunk>> {
    const archive = await this.models.exportArchive(request.id);
    return from(archive.chunks).pipe(
      concatMap((piece) => from(slices(piece))),
      map((data, index) => (index === 0 ? { data, filename: archive.filename } : { data })),
    );
  }

  /** Returns an Observable, not a Promise: Nest releases the buffered client stream only once the handler returns. */
  @GrpcStreamMethod('Training', 'ImportModel')
  importModel(chunks: Observable<TrainingV1.ImportModelChunk__Output>): Observable<TrainingV1.ModelVersion> {
    return from(this.models.importArchive(eachValueOf(chunks)));
  }

  @GrpcMethod('Training', 'GetProductionModel')
  getProductionModel(request: TrainingV1.ProjectIdRequest__Output): Promise<TrainingV1.ProductionModelResponse> {
    return this.models.production(request.projectId);
  }
}
