import { Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiConsumes, ApiNotFoundResponse, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { HistoryV1, InferenceV1, TrainingV1 } from '@sightline/contracts';
import { DomainError, ErrorCode, ErrorDto, IdParamDto, ModelVersionDto, PredictionDto, PredictionJobDto, PredictUploadDto } from '@sightline/contracts';
import { ServiceClients } from '../clients/service-clients';
import { HistoryRepository } from '../projects/history.repository';

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
  constructor(
    private readonly clients: ServiceClients,
    private readonly history: HistoryRepository,
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

  /** Classifies one image with the project's production model. */
  @Post('projects/:id/predict')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: PredictUploadDto })
  @ApiOkResponse({ type: PredictionDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'The project has no production model' })
  async predict(@Param() params: IdParamDto, @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined): Promise<PredictionDto> {
    if (!file) {
      throw new DomainError(ErrorCode.InvalidArgument, 'no file: send the image as multipart/form-data in the field "file"');
    }
    const reply = await this.clients.inference.call<InferenceV1.PredictResponse__Output>('Predict', {
      projectId: params.id,
      content: file.buffer,
      filename: file.originalname,
    });
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
