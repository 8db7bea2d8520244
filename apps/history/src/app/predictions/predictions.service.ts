import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, IMAGE_SOURCES, type HistoryV1 } from '@sightline/contracts';
import { ImageEntity, PredictionEntity } from '@sightline/persistence';
import { BlobStore, imageKey } from '@sightline/storage';
import { createHash } from 'node:crypto';
import { BLOB_STORE } from '../images/blob-store.provider';
import { ImageDecoderRepository } from '../images/image-decoder.repository';
import { ProjectsService } from '../projects/projects.service';
import { WebhooksService } from '../webhooks/webhooks.service';
import { PredictionRepository } from './prediction.repository';

const PREPARE_CONCURRENCY = 16;

/** The margin between the two best scores, and the review queue's key: uncertain ones first, then the least sure. */
export function reviewOrder(scores: Record<string, number>, uncertain: boolean): { margin: number; reviewPriority: number } {
  let first = 0;
  let second = 0;
  for (const score of Object.values(scores)) {
    if (score > first) {
      second = first;
      first = score;
    } else if (score > second) {
      second = score;
    }
  }
  const margin = Math.min(1, Math.max(0, first - second));
  return { margin, reviewPriority: uncertain ? margin : 1 + margin };
}

type Entry = { ok: true; row: PredictionEntity; image?: ImageEntity } | { ok: false; error: DomainError };

@Injectable()
export class PredictionsService {
  constructor(
    private readonly predictions: PredictionRepository,
    private readonly decoder: ImageDecoderRepository,
    private readonly projects: ProjectsService,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    private readonly webhooks: WebhooksService,
  ) {}

  /**
   * Keeps a batch of predictions (and the images sent with them) in one transaction. An entry that
   * cannot be kept (unknown project or image, bytes that do not decode) gets its own error; the others
   * are still written. Blobs are written before rows, as for uploads.
   */
  async record(inputs: HistoryV1.PredictionInput__Output[]): Promise<HistoryV1.RecordedPrediction[]> {
    const projectIds = [...new Set(inputs.map((i) => i.projectId))];
    const known = new Set<string>();
    for (const id of projectIds) {
      if (await this.projects.require(id).then(() => true, () => false)) {
        known.add(id);
      }
    }
    const stored = new Map((await this.predictions.findImages(inputs.filter((i) => i.imageId).map((i) => i.imageId))).map((i) => [i.id, i]));
    // Bytes the project already has (a camera sending the same frame again) need no decode and no blob write.
    // Each input's hash, made once ('' for an input that names a stored image).
    const shas = inputs.map((i) => (i.imageId ? '' : createHash('sha256').update(i.content).digest('hex')));
    for (const image of await this.predictions.findBySha(projectIds, [...new Set(shas.filter((sha) => sha))])) {
      stored.set(image.id, image);
      inputs.forEach((input, i) => {
        if (shas[i] === image.sha256 && input.projectId === image.projectId) {
          input.imageId = image.id;
        }
      });
    }
    // The same bytes twice in one batch are one new image row, stored once.
    const fresh = new Map<string, Promise<ImageEntity>>();
    const entries: Entry[] = new Array(inputs.length);
    // Decoding and the blob writes (each fsynced) of different images overlap; the rows go in one transaction.
    // A new image is stored without its thumbnail: ImagesService makes that on its first read.
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < inputs.length; i = next++) {
        try {
          entries[i] = { ok: true, ...(await this.prepare(inputs[i], shas[i], known, stored, fresh)) };
        } catch (error) {
          if (!(error instanceof DomainError)) {
            throw error;
          }
          entries[i] = { ok: false, error };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PREPARE_CONCURRENCY, inputs.length) }, worker));
    const images = [...new Set(entries.flatMap((e) => (e.ok && e.image ? [e.image] : [])))];
    const kept = entries.filter((e): e is Extract<Entry, { ok: true }> => e.ok);
    try {
      await this.predictions.insertBatch(images, kept, { resolveStored: false });
    } catch {
      // Another writer stored one of the same new images since findBySha (unique sha per project): the retry finds its row.
      await this.predictions.insertBatch(images, kept, { resolveStored: true });
    }
    this.webhooks.predictionsRecorded(kept.map((e) => e.row));
    return entries.map((e) =>
      e.ok ? { imageId: e.row.imageId, predictionId: e.row.id, errorCode: '', error: '' } : { imageId: '', predictionId: '', errorCode: e.error.code, error: e.error.message },
    );
  }

  private async prepare(
    input: HistoryV1.PredictionInput__Output,
    sha256: string,
    knownProjects: Set<string>,
    stored: Map<string, ImageEntity>,
    fresh: Map<string, Promise<ImageEntity>>,
  ): Promise<{ row: PredictionEntity; image?: ImageEntity }> {
    if (!knownProjects.has(input.projectId)) {
      throw new DomainError(ErrorCode.NotFound, `project ${input.projectId} not found`);
    }
    const row = Object.assign(new PredictionEntity(), {
      imageId: input.imageId,
      projectId: input.projectId,
      modelId: input.modelId,
      modelVersion: input.modelVersion,
      label: input.label,
      imageLabel: null,
      confidence: input.confidence,
      scores: input.scores,
      uncertain: input.uncertain,
      latencyMs: input.latencyMs,
      ...reviewOrder(input.scores, input.uncertain),
      reviewed: false,
      reviewCorrect: null,
      reviewedAt: null,
      createdAt: new Date(),
    });
    if (input.imageId) {
      if (stored.get(input.imageId)?.projectId !== input.projectId) {
        throw new DomainError(ErrorCode.NotFound, `image ${input.imageId} not found in project ${input.projectId}`);
      }
      return { row };
    }
    const source = input.source || 'upload';
    if (!(IMAGE_SOURCES as readonly string[]).includes(source)) {
      throw new DomainError(ErrorCode.InvalidArgument, `source must be one of ${IMAGE_SOURCES.join(', ')}`);
    }
    const key = `${input.projectId}/${sha256}`;
    let pending = fresh.get(key);
    if (!pending) {
      pending = this.storeImage(input, sha256, source);
      fresh.set(key, pending);
    }
    const image = await pending;
    return { row, image };
  }

  private async storeImage(input: HistoryV1.PredictionInput__Output, sha256: string, source: string): Promise<ImageEntity> {
    const decoded = await this.decoder.inspect(input.content, input.filename || 'file');
    await this.blobs.put(imageKey(sha256, decoded.ext), input.content);
    const now = new Date();
    return Object.assign(new ImageEntity(), {
      projectId: input.projectId,
      sha256,
      source,
      sourceId: null,
      capturedAt: now,
      width: decoded.width,
      height: decoded.height,
      mime: decoded.mime,
      size: input.content.length,
      ext: decoded.ext,
      label: null,
      split: null,
      labeledAt: null,
      createdAt: now,
    });
  }
}
