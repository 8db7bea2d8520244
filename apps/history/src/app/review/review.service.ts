import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type HistoryV1 } from '@sightline/contracts';
import { FeedbackEntity, LabelEntity, PredictionEntity } from '@sightline/persistence';
import { checkProjectLabel, ImageView, toImageView } from '../images/images.service';
import { QueueFilter, ReviewRepository } from './review.repository';

const MAX_ITEMS = 100;

export interface ReviewItemView {
  prediction: HistoryV1.Prediction;
  image: ImageView;
  /** uncertain | margin | random */
  reason: string;
}

export interface FeedbackView {
  prediction: HistoryV1.Prediction;
  image: ImageView;
  previousLabel: string;
}
const MAX_EXCLUDED = 500;
/** The review queue's depth is counted up to this many (then reported as "more"). */
const PENDING_COUNT_BOUND = 10_000;

export function toPredictionView(p: PredictionEntity): HistoryV1.Prediction {
  return {
    id: p.id,
    imageId: p.imageId,
    projectId: p.projectId,
    modelId: p.modelId,
    modelVersion: p.modelVersion,
    label: p.label,
    confidence: p.confidence,
    scores: p.scores,
    uncertain: p.uncertain,
    margin: p.margin,
    latencyMs: p.latencyMs,
    createdAt: p.createdAt.toISOString(),
    reviewed: p.reviewed,
    ...(p.reviewCorrect === null ? {} : { reviewCorrect: p.reviewCorrect }),
    reviewedAt: p.reviewedAt ? p.reviewedAt.toISOString() : '',
  };
}

/** How many of `limit` slots go to the random sample: each slot independently with probability `share`. */
export function randomSlots(limit: number, share: number, random: () => number = Math.random): number {
  let slots = 0;
  for (let i = 0; i < limit; i++) {
    if (random() < share) {
      slots++;
    }
  }
  return slots;
}

@Injectable()
export class ReviewService {
  constructor(
    private readonly review: ReviewRepository,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  /**
   * The next predictions to review: the least sure first (uncertain ones first of all), with about
   * `randomShare` of the items drawn at random from confident ones and mixed in at random places.
   */
  async queue(request: HistoryV1.ReviewQueueRequest__Output): Promise<{ items: ReviewItemView[]; pending: number; pendingMore: boolean }> {
    await this.requireProject(request.projectId);
    const limit = request.limit || 10;
    if (limit < 1 || limit > MAX_ITEMS) {
      throw new DomainError(ErrorCode.InvalidArgument, `limit must be between 1 and ${MAX_ITEMS}`);
    }
    const share = request.randomShare ?? this.config.reviewRandomShare;
    if (!Number.isFinite(share) || share < 0 || share > 1) {
      throw new DomainError(ErrorCode.InvalidArgument, 'randomShare must be between 0 and 1');
    }
    if (request.excludeIds.length > MAX_EXCLUDED) {
      throw new DomainError(ErrorCode.InvalidArgument, `at most ${MAX_EXCLUDED} excluded ids`);
    }
    const filter = { projectId: request.projectId, modelId: request.modelId || undefined, exclude: request.excludeIds };
    const sampled = await this.review.randomConfident(filter, randomSlots(limit, share));
    const sampledIds = new Set(sampled.map((p) => p.id));
    const hardest = (await this.review.leastSure({ ...filter, exclude: [...filter.exclude, ...sampledIds] }, limit - sampled.length)).map((p) => ({
      p,
      reason: p.uncertain ? 'uncertain' : 'margin',
    }));
    const items: Array<{ p: PredictionEntity; reason: string }> = hardest;
    for (const p of sampled) {
      items.splice(Math.floor(Math.random() * (items.length + 1)), 0, { p, reason: 'random' });
    }
    // The same image predicted twice by one model is shown once.
    const seen = new Set<string>();
    const unique = items.filter(({ p }) => !seen.has(p.imageId) && seen.add(p.imageId));
    const images = new Map((await this.review.findImages([...seen])).map((i) => [i.id, i]));
    return {
      items: unique.flatMap(({ p, reason }): ReviewItemView[] => {
        const image = images.get(p.imageId);
        return image ? [{ prediction: toPredictionView(p), image: toImageView(image), reason }] : [];
      }),
      ...(await this.pendingCount(filter)),
    };
  }

  /**
   * Confirms or corrects a prediction. The confirmed or corrected label becomes the image's (origin
   * `feedback`, so it counts toward retraining) unless the image has that label already. Reviewing
   * again is allowed: the newest feedback decides whether the prediction counts as right.
   */
  async feedback(request: HistoryV1.FeedbackRequest__Output): Promise<FeedbackView> {
    const prediction = await this.review.findPrediction(request.predictionId);
    if (!prediction) {
      throw new DomainError(ErrorCode.NotFound, `prediction ${request.predictionId} not found`);
    }
    const given = request.label.trim();
    if (!request.correct && !given) {
      throw new DomainError(ErrorCode.InvalidArgument, 'label is required when correct is false: send the right label');
    }
    if (request.correct && given && given !== prediction.label) {
      throw new DomainError(ErrorCode.InvalidArgument, `label "${given}" contradicts correct: true (the prediction was "${prediction.label}")`);
    }
    if (!request.correct && given === prediction.label) {
      throw new DomainError(ErrorCode.InvalidArgument, `"${given}" is what was predicted: send correct: true to confirm it`);
    }
    const project = await this.requireProject(prediction.projectId);
    const label = checkProjectLabel(project, request.correct ? prediction.label : given);
    const image = await this.review.findImage(prediction.imageId);
    if (!image) {
      throw new DomainError(ErrorCode.NotFound, `image ${prediction.imageId} not found`);
    }
    const now = new Date();
    const author = request.author || null;
    const saved = await this.review.saveFeedback({
      prediction,
      image,
      correct: request.correct,
      feedback: Object.assign(new FeedbackEntity(), { predictionId: prediction.id, projectId: prediction.projectId, correct: request.correct, label, author, createdAt: now }),
      label:
        image.label === label
          ? null
          : Object.assign(new LabelEntity(), { imageId: image.id, projectId: image.projectId, label, origin: 'feedback', author, createdAt: now }),
    });
    return { prediction: toPredictionView(saved.prediction), image: toImageView(saved.image), previousLabel: image.label ?? '' };
  }

  async stats(request: HistoryV1.ReviewStatsRequest__Output): Promise<{ reviewed: number; correct: number; pending: number; pendingMore: boolean }> {
    await this.requireProject(request.projectId);
    const modelId = request.modelId || undefined;
    const counts = await this.review.reviewCounts(request.projectId, modelId);
    return { ...counts, ...(await this.pendingCount({ projectId: request.projectId, modelId, exclude: [] })) };
  }

  /** Predictions waiting for review, counted up to PENDING_COUNT_BOUND: the queue's depth, not a scan of all of it. */
  private async pendingCount(filter: QueueFilter): Promise<{ pending: number; pendingMore: boolean }> {
    const counted = await this.review.countPending(filter, PENDING_COUNT_BOUND + 1);
    return { pending: Math.min(counted, PENDING_COUNT_BOUND), pendingMore: counted > PENDING_COUNT_BOUND };
  }

  private async requireProject(id: string) {
    const project = await this.review.findProject(id);
    if (!project) {
      throw new DomainError(ErrorCode.NotFound, `project ${id} not found`);
    }
    return project;
  }
}
