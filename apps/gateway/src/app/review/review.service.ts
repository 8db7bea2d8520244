import { Injectable } from '@nestjs/common';
import type { HistoryV1, TrainingV1 } from '@sightline/contracts';
import { DashboardDto, FeedbackDto, FeedbackResultDto, LiveAccuracyDto, ReviewQueueDto, ReviewQueueQueryDto, StoredPredictionDto } from '@sightline/contracts';
import { AuditService } from '../audit/audit.service';
import { Principal } from '../auth/roles.decorator';
import { ServiceClients } from '../clients/service-clients';
import { toImageDto } from '../images/images.service';

export function toStoredPredictionDto(p: HistoryV1.Prediction__Output): StoredPredictionDto {
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
    createdAt: p.createdAt,
    reviewed: p.reviewed,
    reviewCorrect: p.reviewCorrect ?? null,
    reviewedAt: p.reviewedAt || null,
  };
}

@Injectable()
export class ReviewService {
  constructor(
    private readonly clients: ServiceClients,
    private readonly audit: AuditService,
  ) {}

  async queue(projectId: string, query: ReviewQueueQueryDto): Promise<ReviewQueueDto> {
    const model = await this.production(projectId);
    const reply = await this.clients.history.call<HistoryV1.ReviewQueueResponse__Output>(
      'GetReviewQueue',
      { projectId, modelId: model?.id ?? '', limit: query.limit ?? 10, randomShare: query.randomShare, excludeIds: query.exclude ?? [] },
      { retry: true },
    );
    return {
      items: reply.items.flatMap((item) =>
        item.prediction && item.image ? [{ prediction: toStoredPredictionDto(item.prediction), image: toImageDto(item.image), reason: item.reason }] : [],
      ),
      pending: Number(reply.pending),
      pendingMore: reply.pendingMore,
      modelId: model?.id ?? null,
      modelVersion: model?.version ?? null,
    };
  }

  async feedback(actor: Principal, predictionId: string, body: FeedbackDto): Promise<FeedbackResultDto> {
    const reply = await this.clients.history.call<HistoryV1.FeedbackResponse__Output>('SubmitFeedback', {
      predictionId,
      correct: body.correct,
      label: body.label ?? '',
      author: actor.name,
    });
    if (!reply.prediction || !reply.image) {
      throw new Error('SubmitFeedback answered without its prediction or image');
    }
    await this.audit.record({
      actor: actor.name,
      action: 'prediction.feedback',
      targetType: 'prediction',
      targetId: predictionId,
      projectId: reply.prediction.projectId,
      details: { correct: body.correct, predicted: reply.prediction.label, imageId: reply.image.id },
    });
    if (reply.previousLabel !== reply.image.label) {
      await this.audit.record({
        actor: actor.name,
        action: 'image.label',
        targetType: 'image',
        targetId: reply.image.id,
        projectId: reply.image.projectId,
        details: { from: reply.previousLabel || null, to: reply.image.label, origin: 'feedback' },
      });
    }
    return { prediction: toStoredPredictionDto(reply.prediction), image: toImageDto(reply.image) };
  }

  async liveAccuracy(projectId: string): Promise<LiveAccuracyDto> {
    const model = await this.production(projectId);
    const stats = await this.clients.history.call<HistoryV1.ReviewStats__Output>('GetReviewStats', { projectId, modelId: model?.id ?? '' }, { retry: true });
    const reviewed = Number(stats.reviewed);
    const correct = Number(stats.correct);
    return {
      modelId: model?.id ?? null,
      modelVersion: model?.version ?? null,
      reviewed,
      correct,
      accuracy: reviewed > 0 ? correct / reviewed : null,
      pending: Number(stats.pending),
      pendingMore: stats.pendingMore,
    };
  }

  /** One project at a glance: traffic per hour, labels, production and its accuracy, review and jobs. */
  async dashboard(projectId: string, hours: number): Promise<DashboardDto> {
    const stats = await this.clients.history.call<HistoryV1.ProjectStats__Output>('GetProjectStats', { projectId, hours }, { retry: true });
    const [live, jobs] = await Promise.all([
      this.liveAccuracy(projectId),
      this.clients.training.call<TrainingV1.ListTrainingJobsResponse__Output>('ListTrainingJobs', { projectId }, { retry: true }),
    ]);
    const model = live.modelId ? await this.production(projectId) : undefined;
    const metrics = model ? (JSON.parse(model.metricsJson || '{}') as { accuracy?: unknown }) : {};
    return {
      hours: stats.hours.map((h) => ({ hour: h.hour, images: Number(h.images), predictions: Number(h.predictions) })),
      labels: stats.labels.map((l) => ({ label: l.label || null, images: Number(l.images) })),
      images: Number(stats.images),
      predictions: Number(stats.predictions),
      production: model
        ? { modelId: model.id, version: model.version, testAccuracy: typeof metrics.accuracy === 'number' ? metrics.accuracy : null, liveAccuracy: live.accuracy, reviewed: live.reviewed }
        : null,
      reviewPending: live.pending,
      reviewPendingMore: live.pendingMore,
      jobsRunning: jobs.jobs.filter((j) => j.state === 'running').length,
      jobsQueued: jobs.jobs.filter((j) => j.state === 'queued').length,
    };
  }

  /** The project's production version, or undefined when it has none (an unknown project is history's 404). */
  private async production(projectId: string): Promise<TrainingV1.ModelVersion__Output | undefined> {
    const reply = await this.clients.training.call<TrainingV1.ProductionModelResponse__Output>('GetProductionModel', { projectId }, { retry: true });
    return reply.found && reply.model ? reply.model : undefined;
  }
}
