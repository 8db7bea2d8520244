import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { HistoryV1 } from '@sightline/contracts';
import { ErrorDto, ExportQueryDto, IdParamDto, ListPredictionsQueryDto, PredictionFilterQueryDto, PredictionPageDto, StoredPredictionDto } from '@sightline/contracts';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ServiceClients } from '../clients/service-clients';
import { toImageDto } from '../images/images.service';
import { toStoredPredictionDto } from '../review/review.service';

/** An export streams at the client's pace; this only bounds a client that stops reading. */
const EXPORT_DEADLINE_MS = 3_600_000;

function toFilter(projectId: string, query: PredictionFilterQueryDto): HistoryV1.PredictionFilter {
  return {
    projectId,
    label: query.label ?? '',
    predicted: query.predicted ?? '',
    modelVersion: query.modelVersion ?? 0,
    minConfidence: query.minConfidence,
    maxConfidence: query.maxConfidence,
    cameraId: query.camera ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
    reviewed: query.reviewed ?? '',
    uncertain: query.uncertain ?? '',
  };
}

@ApiTags('history')
@ApiBearerAuth()
@ApiSecurity('api-key')
@Controller()
export class BrowseController {
  private readonly logger = new Logger(BrowseController.name);

  constructor(private readonly clients: ServiceClients) {}

  /** Predictions with their images, newest first, filtered; pages by cursor (`nextCursor`). */
  @Get('projects/:id/predictions')
  @ApiOkResponse({ type: PredictionPageDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async listPredictions(@Param() params: IdParamDto, @Query() query: ListPredictionsQueryDto): Promise<PredictionPageDto> {
    const reply = await this.clients.history.call<HistoryV1.ListPredictionsResponse__Output>(
      'ListPredictions',
      { filter: toFilter(params.id, query), cursor: query.cursor ?? '', limit: query.limit ?? 50 },
      { retry: true },
    );
    return {
      items: reply.items.flatMap((i) => (i.prediction && i.image ? [{ prediction: toStoredPredictionDto(i.prediction), image: toImageDto(i.image) }] : [])),
      nextCursor: reply.nextCursor || null,
    };
  }

  /** Every prediction of the image, by every model version that saw it, newest first. */
  @Get('images/:id/predictions')
  @ApiOkResponse({ type: [StoredPredictionDto] })
  @ApiNotFoundResponse({ type: ErrorDto })
  async listImagePredictions(@Param() params: IdParamDto): Promise<StoredPredictionDto[]> {
    const reply = await this.clients.history.call<HistoryV1.ImagePredictionsResponse__Output>('ListImagePredictions', { id: params.id }, { retry: true });
    return reply.predictions.map(toStoredPredictionDto);
  }

  /** The filtered predictions as CSV, or their labeled images as a zip in image-folder layout; streamed. */
  @Get('projects/:id/export')
  @ApiProduces('text/csv', 'application/zip')
  @ApiOkResponse({ description: 'CSV (one row per prediction) or a zip (`<label>/<sha256>.<ext>`)', content: { 'text/csv': { schema: { type: 'string' } }, 'application/zip': { schema: { type: 'string', format: 'binary' } } } })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  async exportHistory(@Param() params: IdParamDto, @Query() query: ExportQueryDto, @Res() response: Response): Promise<void> {
    const format = query.format ?? 'csv';
    const chunks = this.clients.history.serverStream<HistoryV1.ExportChunk__Output>('ExportPredictions', { filter: toFilter(params.id, query), format }, { deadlineMs: EXPORT_DEADLINE_MS });
    // A bad filter or an unknown project fails here, while the answer can still be a JSON error.
    const first = await chunks.next();
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    response.attachment(`history-${params.id.slice(0, 8)}-${stamp}.${format}`);
    response.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/zip');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    async function* bytes(): AsyncGenerator<Buffer> {
      if (!first.done) {
        yield first.value.data;
      }
      for await (const chunk of chunks) {
        yield chunk.data;
      }
    }
    try {
      await pipeline(Readable.from(bytes()), response);
    } catch (error) {
      // Headers are out: the client sees a cut-off download, never a file that looks whole.
      this.logger.warn(`export of project ${params.id} stopped: ${(error as Error).message}`);
    }
  }
}
