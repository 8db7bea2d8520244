import { Body, Controller, Get, HttpCode, Inject, Logger, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiSecurity,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { HistoryV1, TrainingV1 } from '@sightline/contracts';
import { DomainError, ErrorCode, ErrorDto, IdParamDto, ModelImportUploadDto, ModelVersionDto, PredictionDto, PredictionJobDto, PredictUploadDto } from '@sightline/contracts';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AuditService } from '../audit/audit.service';
import { CurrentPrincipal } from '../auth/principal.decorator';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';
import { uploadChunks, ZipUploadInterceptor } from '../imports/zip-upload.interceptor';
import { HistoryRepository } from '../projects/history.repository';
import { PredictionsRepository } from './predictions.repository';

/** A model zip moves at loopback speed; this only bounds a client that stops reading. */
const ARCHIVE_DEADLINE_MS = 600_000;

export function toModelDto(model: TrainingV1.ModelVersion__Output): ModelVersionDto {
  return {
    id: model.id,
    projectId: model.projectId,
    version: model.version,
    architecture: model.architecture,
    hyperParameters: JSON.parse(model.hyperParametersJson || '{}') as Record<string, unknown>,
    metrics: JSON.parse(model.metricsJson || '{}') as Record<string, unknown>,
    labels: model.labels,
    aliases: model.aliases,
    createdAt: model.createdAt,
  };
}

@ApiTags('models')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class ModelsController {
  private readonly logger = new Logger(ModelsController.name);

  constructor(
    private readonly clients: ServiceClients,
    private readonly history: HistoryRepository,
    private readonly predictions: PredictionsRepository,
    private readonly audit: AuditService,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  /** Every model version of the project, newest first. */
  @Get('projects/:id/models')
  @ApiOkResponse({ type: [ModelVersionDto] })
  async listModels(@Param() params: IdParamDto): Promise<ModelVersionDto[]> {
    await this.history.getProject(params.id);
    const reply = await this.clients.training.call<TrainingV1.ListModelsResponse__Output>('ListModels', { projectId: params.id }, { retry: true });
    return reply.models.map(toModelDto);
  }

  @Get('models/:id')
  @ApiOkResponse({ type: ModelVersionDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async getModel(@Param() params: IdParamDto): Promise<ModelVersionDto> {
    return toModelDto(await this.clients.training.call('GetModel', { id: params.id }, { retry: true }));
  }

  /**
   * The version as a zip named `<project>-v<version>.zip`: `model.json` and `weights.bin` (TensorFlow.js
   * layers format) and `sightline-model.json` (format version, labels in output order, preprocessing:
   * imageSize, channels, normalisation; architecture, hyper-parameters, metrics, source model and project,
   * created and exported at). `POST /projects/{id}/models/import` takes it back.
   */
  @Get('models/:id/export')
  @ApiOkResponse({ description: 'The model zip', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ type: ErrorDto })
  async exportModel(@Param() params: IdParamDto, @Res() response: Response, @CurrentPrincipal() principal: Principal): Promise<void> {
    const chunks = this.clients.training.serverStream<TrainingV1.ModelArchiveChunk__Output>('ExportModel', { id: params.id }, { deadlineMs: ARCHIVE_DEADLINE_MS });
    // An unknown version fails here, while the answer can still be a JSON error.
    const first = await chunks.next();
    if (first.done) {
      throw new Error(`the training service sent no archive for model ${params.id}`);
    }
    await this.audit.record({ actor: principal.name, action: 'model.export', targetType: 'model', targetId: params.id, details: { filename: first.value.filename } });
    response.attachment(first.value.filename);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    async function* bytes(): AsyncGenerator<Buffer> {
      yield first.value.data;
      for await (const chunk of chunks) {
        yield chunk.data;
      }
    }
    try {
      await pipeline(Readable.from(bytes()), response);
    } catch (error) {
      // Headers are out: the client sees a cut-off download, never a zip that looks whole.
      this.logger.warn(`export of model ${params.id} stopped: ${(error as Error).message}`);
    }
  }

  /**
   * A new version from a model zip (as `GET /models/{id}/export` writes it), after checking the zip's
   * files, that every label of the model is a label of the project, and that the model loads and gives one
   * score per label. It becomes production when the project has none, else candidate; its source metrics
   * are kept under `metrics.imported`.
   */
  @Post('projects/:id/models/import')
  @HttpCode(201)
  @UseInterceptors(ZipUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ModelImportUploadDto })
  @ApiCreatedResponse({ type: ModelVersionDto })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Not a model zip, unsafe or unexpected entries, labels not in the project, or a model that does not run' })
  @ApiNotFoundResponse({ type: ErrorDto })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorDto, description: 'Not a zip' })
  @ApiPayloadTooLargeResponse({ type: ErrorDto, description: 'More than MAX_IMPORT_BYTES, or a file in it past its limit' })
  async importModel(@Param() params: IdParamDto, @Req() request: Request, @CurrentPrincipal() principal: Principal): Promise<ModelVersionDto> {
    const file = (request as Request & { file?: { path: string; originalname: string } }).file;
    if (!file) {
      throw new DomainError(ErrorCode.InvalidArgument, 'no file: send the model zip as multipart/form-data in the field "file"');
    }
    const chunks = uploadChunks(file.path, { projectId: params.id, filename: file.originalname, actor: principal.name });
    const model = toModelDto(await this.clients.training.clientStream('ImportModel', chunks, { deadlineMs: ARCHIVE_DEADLINE_MS }));
    await this.audit.record({
      actor: principal.name,
      action: 'model.import',
      targetType: 'model',
      targetId: model.id,
      projectId: params.id,
      details: { version: model.version, aliases: model.aliases, filename: file.originalname, source: model.metrics['imported'] ?? null },
    });
    return model;
  }

  /** Classifies one image with the project's production model: uploaded, sent as base64 JSON, or already stored. */
  @Post('projects/:id/predict')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ type: PredictUploadDto })
  @ApiOkResponse({ type: PredictionDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The project has no production model' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown project, or `imageId` is not an image of this project' })
  async predict(
    @Param() params: IdParamDto,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
    @Body() body: PredictUploadDto,
  ): Promise<PredictionDto> {
    const given = [file && 'file', body.image !== undefined && 'image', body.imageId !== undefined && 'imageId'].filter(Boolean);
    if (given.length !== 1) {
      throw new DomainError(
        ErrorCode.InvalidArgument,
        `${given.length === 0 ? 'no image' : `more than one image (${given.join(', ')})`}: send the image as multipart/form-data in the field "file", or as JSON with "image" (base64) or "imageId"`,
      );
    }
    const content = file?.buffer ?? (body.image !== undefined ? Buffer.from(body.image, 'base64') : Buffer.alloc(0));
    if (content.length > this.config.maxUploadBytes) {
      throw new DomainError(ErrorCode.PayloadTooLarge, `the image is larger than the ${this.config.maxUploadBytes}-byte limit (MAX_UPLOAD_BYTES)`);
    }
    // Retried on UNAVAILABLE: with several replicas behind INFERENCE_GRPC_URL, a call cut off by a replica that died
    // is answered by another (at worst a second prediction row of the same image, as when a client sends it twice).
    const reply = await this.predictions.predict({ projectId: params.id, content, imageId: body.imageId ?? '', filename: file?.originalname ?? body.filename ?? '' });
    return { ...reply, scores: reply.scores };
  }

  /** The scheduled prediction runs of the project, newest first, with their counts. */
  @Get('projects/:id/prediction-jobs')
  @ApiOkResponse({ type: [PredictionJobDto] })
  @ApiNotFoundResponse({ type: ErrorDto })
  async listPredictionJobs(@Param() params: IdParamDto): Promise<PredictionJobDto[]> {
    const reply = await this.clients.history.call<HistoryV1.ListPredictionJobsResponse__Output>('ListPredictionJobs', { projectId: params.id }, { retry: true });
    return reply.jobs.map((job) => ({ ...job, error: job.error || null, finishedAt: job.finishedAt || null }));
  }
}
