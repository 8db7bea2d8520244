import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { ImageEntity, PredictionEntity, ProjectEntity } from '@sightline/persistence';
import { BlobStore, checkZipEntryName, imageKey, writeZip, type ZipFile } from '@sightline/storage';
import { BLOB_STORE } from '../images/blob-store.provider';
import { ImageView, toImageView } from '../images/images.service';
import { ProjectsService } from '../projects/projects.service';
import { toPredictionView } from '../review/review.service';
import { BrowseRepository, Cursor, PredictionQuery } from './browse.repository';

const MAX_LIMIT = 200;
/** Rows read per query while exporting: memory stays flat however large the export. */
const EXPORT_PAGE = 1000;
const CSV_COLUMNS = [
  'prediction_id',
  'predicted_at',
  'image_id',
  'sha256',
  'captured_at',
  'camera_id',
  'model_version',
  'predicted',
  'confidence',
  'margin',
  'uncertain',
  'label',
  'reviewed',
  'review_correct',
  'scores',
];

function flag(value: string, field: string): boolean | undefined {
  switch (value) {
    case '':
      return undefined;
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new DomainError(ErrorCode.InvalidArgument, `${field} must be true or false`);
  }
}

function date(value: string, field: string): Date | undefined {
  if (!value) {
    return undefined;
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new DomainError(ErrorCode.InvalidArgument, `${field} must be an ISO 8601 date`);
  }
  return parsed;
}

function confidence(value: number | undefined, field: string): number | undefined {
  if (value !== undefined && (!Number.isFinite(value) || value < 0 || value > 1)) {
    throw new DomainError(ErrorCode.InvalidArgument, `${field} must be between 0 and 1`);
  }
  return value;
}

export function encodeCursor(p: PredictionEntity): string {
  return Buffer.from(`${p.createdAt.toISOString()}|${p.id}`).toString('base64url');
}

export function decodeCursor(value: string): Cursor | undefined {
  if (!value) {
    return undefined;
  }
  const [at, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError(ErrorCode.InvalidArgument, 'cursor is not one this API gave out: start again without it');
  }
  return { createdAt, id };
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

@Injectable()
export class BrowseService {
  constructor(
    private readonly browse: BrowseRepository,
    private readonly projects: ProjectsService,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  async query(filter: HistoryV1.PredictionFilter__Output | null): Promise<{ project: ProjectEntity; query: PredictionQuery }> {
    if (!filter) {
      throw new DomainError(ErrorCode.InvalidArgument, 'filter is required');
    }
    const project = await this.projects.require(filter.projectId);
    const query: PredictionQuery = {
      projectId: project.id,
      label: filter.label || undefined,
      predicted: filter.predicted || undefined,
      modelVersion: filter.modelVersion || undefined,
      minConfidence: confidence(filter.minConfidence, 'minConfidence'),
      maxConfidence: confidence(filter.maxConfidence, 'maxConfidence'),
      cameraId: filter.cameraId || undefined,
      from: date(filter.from, 'from'),
      to: date(filter.to, 'to'),
      reviewed: flag(filter.reviewed, 'reviewed'),
      uncertain: flag(filter.uncertain, 'uncertain'),
    };
    return { project, query };
  }

  async list(request: HistoryV1.ListPredictionsRequest__Output): Promise<{ items: Array<{ prediction: HistoryV1.Prediction; image: ImageView }>; nextCursor: string }> {
    const { query } = await this.query(request.filter);
    const limit = request.limit || 50;
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new DomainError(ErrorCode.InvalidArgument, `limit must be between 1 and ${MAX_LIMIT}`);
    }
    const rows = await this.browse.page(query, decodeCursor(request.cursor), limit + 1);
    const page = rows.slice(0, limit);
    const images = new Map((await this.browse.findImages([...new Set(page.map((p) => p.imageId))])).map((i) => [i.id, i]));
    return {
      items: page.flatMap((p) => {
        const image = images.get(p.imageId);
        return image ? [{ prediction: toPredictionView(p), image: toImageView(image) }] : [];
      }),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : '',
    };
  }

  async ofImage(imageId: string): Promise<HistoryV1.Prediction[]> {
    if (!(await this.browse.findImage(imageId))) {
      throw new DomainError(ErrorCode.NotFound, `image ${imageId} not found`);
    }
    return (await this.browse.ofImage(imageId)).map(toPredictionView);
  }

  /** Checks the request (so a bad one is an error before any byte is sent) and returns the export's bytes. */
  async export(request: HistoryV1.ExportRequest__Output): Promise<AsyncGenerator<Buffer>> {
    const { query } = await this.query(request.filter);
    switch (request.format || 'csv') {
      case 'csv':
        return this.csv(query);
      case 'zip':
        return writeZip(this.zipFiles(query));
      default:
        throw new DomainError(ErrorCode.InvalidArgument, 'format must be csv or zip');
    }
  }

  /** Every matching prediction with its image, page by page. */
  private async *rows(query: PredictionQuery): AsyncGenerator<{ prediction: PredictionEntity; image: ImageEntity }> {
    let after: Cursor | undefined;
    for (;;) {
      const page = await this.browse.page(query, after, EXPORT_PAGE);
      const images = new Map((await this.browse.findImages([...new Set(page.map((p) => p.imageId))])).map((i) => [i.id, i]));
      for (const prediction of page) {
        const image = images.get(prediction.imageId);
        if (image) {
          yield { prediction, image };
        }
      }
      if (page.length < EXPORT_PAGE) {
        return;
      }
      const last = page[page.length - 1];
      after = { createdAt: last.createdAt, id: last.id };
    }
  }

  private async *csv(query: PredictionQuery): AsyncGenerator<Buffer> {
    yield Buffer.from(`${CSV_COLUMNS.join(',')}\n`);
    let after: Cursor | undefined;
    for (;;) {
      const page = await this.browse.exportPage(query, after, EXPORT_PAGE);
      if (page.length > 0) {
        const lines = page.map((r) =>
          [
            r['prediction.id'],
            r['prediction.createdAt'].toISOString(),
            r['prediction.imageId'],
            r['image.sha256'],
            r['image.capturedAt'].toISOString(),
            r['image.source'] === 'camera' ? (r['image.sourceId'] ?? '') : '',
            String(r['prediction.modelVersion']),
            r['prediction.label'],
            String(r['prediction.confidence']),
            String(r['prediction.margin']),
            String(r['prediction.uncertain']),
            r['image.label'] ?? '',
            String(r['prediction.reviewed']),
            r['prediction.reviewCorrect'] === null ? '' : String(r['prediction.reviewCorrect']),
            r['prediction.scores'],
          ]
            .map(csvField)
            .join(','),
        );
        yield Buffer.from(`${lines.join('\n')}\n`);
      }
      if (page.length < EXPORT_PAGE) {
        return;
      }
      const last = page[page.length - 1];
      after = { createdAt: last['prediction.createdAt'], id: last['prediction.id'] };
    }
  }

  /**
   * The labeled images among the matching predictions, once each, as `<label>/<sha256>.<ext>`: the layout
   * an import reads back. Labels that cannot be a folder name (a `/` in them) are left out.
   */
  private async *zipFiles(query: PredictionQuery): AsyncGenerator<ZipFile> {
    const seen = new Set<string>();
    for await (const { image } of this.rows(query)) {
      if (!image.label || seen.has(image.id)) {
        continue;
      }
      seen.add(image.id);
      const name = `${image.label}/${image.sha256}.${image.ext}`;
      try {
        checkZipEntryName(name);
      } catch {
        continue;
      }
      yield { name, content: await this.blobs.get(imageKey(image.sha256, image.ext)), compress: false, modifiedAt: image.capturedAt };
    }
  }
}
