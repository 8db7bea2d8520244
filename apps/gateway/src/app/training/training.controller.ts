import { Body, Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Sse } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { TrainingV1 } from '@sightline/contracts';
import { AliasChangeDto, AliasEventDto, CreateTrainingJobDto, ErrorDto, IdParamDto, ModelVersionDto, TestResultDto, TestResultsQueryDto, TrainingJobDto } from '@sightline/contracts';
import { from, interval, map, Observable, startWith, switchMap, takeWhile } from 'rxjs';
import { AuditService } from '../audit/audit.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';
import { toModelDto } from '../models/models.controller';

const TERMINAL = ['succeeded', 'failed', 'cancelled'];

function toJobDto(job: TrainingV1.TrainingJob__Output): TrainingJobDto {
  const optional = (value: number | undefined) => (value === undefined || value === null ? null : value);
  return {
    id: job.id,
    projectId: job.projectId,
    state: job.state,
    trigger: job.trigger,
    params: JSON.parse(job.paramsJson || '{}') as Record<string, unknown>,
    progress: job.progress,
    epoch: job.epoch,
    epochs: job.epochs,
    batch: job.batch,
    batches: job.batches,
    loss: optional(job.loss),
    accuracy: optional(job.accuracy),
    valLoss: optional(job.valLoss),
    valAccuracy: optional(job.valAccuracy),
    etaSeconds: optional(job.etaSeconds),
    samplesPerSecond: optional(job.samplesPerSecond),
    curves: JSON.parse(job.curvesJson || '[]') as TrainingJobDto['curves'],
    modelId: job.modelId || null,
    error: job.error || null,
    createdAt: job.createdAt,
    startedAt: job.startedAt || null,
    finishedAt: job.finishedAt || null,
  };
}

@ApiTags('training')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class TrainingController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly audit: AuditService,
  ) {}

  /** Queues a training job on the project's labeled images; one job runs at a time per training service. */
  @Post('projects/:id/training-jobs')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: TrainingJobDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  async createTrainingJob(@Param() params: IdParamDto, @Body() body: CreateTrainingJobDto, @CurrentPrincipal() principal: Principal): Promise<TrainingJobDto> {
    const job = await this.clients.training.call<TrainingV1.TrainingJob__Output>('CreateTrainingJob', {
      projectId: params.id,
      epochs: body.epochs ?? 0,
      batchSize: body.batchSize ?? 0,
      learningRate: body.learningRate ?? 0,
      imageSize: body.imageSize ?? 0,
      augment: body.augment,
      flip: body.flip,
      averageDecay: body.averageDecay,
      architecture: body.architecture ?? '',
      createdBy: principal.name,
    });
    await this.audit.record({ actor: principal.name, action: 'training.start', targetType: 'training-job', targetId: job.id, projectId: params.id, details: { ...body } });
    return toJobDto(job);
  }

  /** Newest first. */
  @Get('projects/:id/training-jobs')
  @ApiOkResponse({ type: [TrainingJobDto] })
  async listTrainingJobs(@Param() params: IdParamDto): Promise<TrainingJobDto[]> {
    const reply = await this.clients.training.call<TrainingV1.ListTrainingJobsResponse__Output>('ListTrainingJobs', { projectId: params.id }, { retry: true });
    return reply.jobs.map(toJobDto);
  }

  @Get('training-jobs/:id')
  @ApiOkResponse({ type: TrainingJobDto })
  async getTrainingJob(@Param() params: IdParamDto): Promise<TrainingJobDto> {
    return toJobDto(await this.clients.training.call('GetTrainingJob', { id: params.id }, { retry: true }));
  }

  /** Server-sent events: the job every second until it ends (each event's data is a TrainingJob). */
  @Sse('training-jobs/:id/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ type: TrainingJobDto })
  streamTrainingJob(@Param() params: IdParamDto): Observable<MessageEvent> {
    return interval(1000).pipe(
      startWith(0),
      switchMap(() => from(this.clients.training.call<TrainingV1.TrainingJob__Output>('GetTrainingJob', { id: params.id }, { retry: true }))),
      map(toJobDto),
      takeWhile((job) => !TERMINAL.includes(job.state), true),
      map((job): MessageEvent => ({ data: job })),
    );
  }

  @Post('training-jobs/:id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: TrainingJobDto })
  async cancelTrainingJob(@Param() params: IdParamDto, @CurrentPrincipal() principal: Principal): Promise<TrainingJobDto> {
    const job = await this.clients.training.call<TrainingV1.TrainingJob__Output>('CancelTrainingJob', { id: params.id });
    await this.audit.record({ actor: principal.name, action: 'training.cancel', targetType: 'training-job', targetId: params.id, projectId: job.projectId });
    return toJobDto(job);
  }

  /** Points `production` at this version (after checking its files load); recorded in the history. */
  @Post('models/:id/promote')
  @HttpCode(200)
  @ApiOkResponse({ type: ModelVersionDto })
  @ApiConflictResponse({ type: ErrorDto })
  async promoteModel(@Param() params: IdParamDto, @Body() body: AliasChangeDto, @CurrentPrincipal() principal: Principal): Promise<ModelVersionDto> {
    const model = toModelDto(await this.clients.training.call('PromoteModel', { modelId: params.id, actor: principal.name, reason: body.reason ?? '' }));
    await this.audit.record({ actor: principal.name, action: 'model.promote', targetType: 'model', targetId: params.id, projectId: model.projectId, details: { version: model.version, reason: body.reason ?? null } });
    return model;
  }

  /** Moves `production` back to the version it pointed at before. */
  @Post('projects/:id/models/rollback')
  @HttpCode(200)
  @ApiOkResponse({ type: ModelVersionDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'No earlier production version' })
  async rollbackModel(@Param() params: IdParamDto, @Body() body: AliasChangeDto, @CurrentPrincipal() principal: Principal): Promise<ModelVersionDto> {
    const model = toModelDto(await this.clients.training.call('RollbackModel', { projectId: params.id, actor: principal.name, reason: body.reason ?? '' }));
    await this.audit.record({ actor: principal.name, action: 'model.rollback', targetType: 'model', targetId: model.id, projectId: params.id, details: { version: model.version, reason: body.reason ?? null } });
    return model;
  }

  /** Every promotion and rollback of the project, newest first. */
  @Get('projects/:id/models/history')
  @ApiOkResponse({ type: [AliasEventDto] })
  async listModelHistory(@Param() params: IdParamDto): Promise<AliasEventDto[]> {
    const reply = await this.clients.training.call<TrainingV1.AliasHistoryResponse__Output>('ListAliasHistory', { projectId: params.id }, { retry: true });
    return reply.events.map((e) => ({
      ...e,
      fromModelId: e.fromModelId || null,
      fromVersion: e.fromModelId ? e.fromVersion : null,
      actor: e.actor || null,
      reason: e.reason || null,
    }));
  }

  /** The held-out images of a version with their predictions, optionally one cell of the confusion matrix. */
  @Get('models/:id/test-results')
  @ApiOkResponse({ type: [TestResultDto] })
  async listTestResults(@Param() params: IdParamDto, @Query() query: TestResultsQueryDto): Promise<TestResultDto[]> {
    const reply = await this.clients.training.call<TrainingV1.TestResultsResponse__Output>('GetTestResults', { modelId: params.id, actual: query.actual ?? '', predicted: query.predicted ?? '' }, { retry: true });
    return reply.results;
  }
}
