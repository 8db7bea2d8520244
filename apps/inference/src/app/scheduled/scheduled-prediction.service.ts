import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { HistoryV1, TrainingV1 } from '@sightline/contracts';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { InferenceMetricsService } from '../metrics/inference-metrics.service';
import { PredictionWriterService } from '../predict/prediction-writer.service';
import { RegistryClientRepository } from '../predict/registry-client.repository';
import { ModelCacheService } from '../serving/model-cache.service';
import { ProductionModelsService } from '../serving/production-models.service';
import { isUncertain } from '../serving/thresholds';

export interface RunCounts {
  claimed: number;
  predicted: number;
  failed: number;
}

/**
 * Every PREDICT_INTERVAL seconds: for each project with a production model, claim images without a
 * prediction from it (a lease in history, so replicas never predict the same image twice), predict them
 * through the same batcher as immediate requests, write the results in batches, and record the run as a job.
 */
@Injectable()
export class ScheduledPredictionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ScheduledPredictionService.name);
  /** Who holds a lease: unique per process, readable by a person. */
  readonly replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running: Promise<void> | undefined;

  constructor(
    private readonly registry: RegistryClientRepository,
    private readonly production: ProductionModelsService,
    private readonly cache: ModelCacheService,
    private readonly writer: PredictionWriterService,
    private readonly metrics: InferenceMetricsService,
    private readonly scheduler: SchedulerRegistry,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  onApplicationBootstrap(): void {
    const timer = setInterval(() => void this.runOnce(), this.config.inference.predictIntervalSeconds * 1000);
    this.scheduler.addInterval('scheduled-prediction', timer);
  }

  /** One pass over every project; a pass still running when the next is due is not doubled. */
  runOnce(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<void> {
    try {
      for (const projectId of await this.registry.listProjectIds()) {
        const version = await this.production.productionOf(projectId);
        if (version) {
          await this.predictProject(projectId, version);
        }
      }
    } catch (error) {
      this.logger.warn(`scheduled prediction stopped early (next run in ${this.config.inference.predictIntervalSeconds} s): ${(error as Error).message}`);
    }
  }

  async predictProject(projectId: string, version: TrainingV1.ModelVersion__Output): Promise<RunCounts> {
    const total: RunCounts = { claimed: 0, predicted: 0, failed: 0 };
    let job: HistoryV1.PredictionJob__Output | undefined;
    try {
      for (;;) {
        const claimed = await this.registry.claimUnpredicted(projectId, version.id, this.replica, this.config.inference.maxBatchSize, this.config.inference.leaseSeconds);
        if (claimed.length === 0) {
          break;
        }
        job ??= await this.registry.startPredictionJob({ projectId, modelId: version.id, modelVersion: version.version, kind: 'scheduled', replica: this.replica });
        const counts = await this.predictClaimed(projectId, version, claimed);
        total.claimed += counts.claimed;
        total.predicted += counts.predicted;
        total.failed += counts.failed;
        await this.registry.updatePredictionJob({ id: job.id, ...counts });
        // Images that failed keep their lease until it expires, so the next claim does not return them again.
        if (counts.predicted === 0) {
          break;
        }
      }
      if (job) {
        await this.registry.updatePredictionJob({ id: job.id, state: 'succeeded' });
      }
    } catch (error) {
      if (job) {
        await this.registry.updatePredictionJob({ id: job.id, state: 'failed', error: (error as Error).message }).catch(() => undefined);
      }
      throw error;
    }
    return total;
  }

  private async predictClaimed(projectId: string, version: TrainingV1.ModelVersion__Output, claimed: HistoryV1.ClaimedImage__Output[]): Promise<RunCounts> {
    const model = await this.cache.get(version);
    const thresholds = await this.production.thresholdsOf(projectId);
    const outcomes = await Promise.allSettled(
      claimed.map(async (image) => {
        const started = performance.now();
        const result = await model.classify(image.content);
        await this.writer.record({
          projectId,
          imageId: image.imageId,
          modelId: version.id,
          modelVersion: version.version,
          ...result,
          uncertain: isUncertain(result, thresholds),
          latencyMs: performance.now() - started,
        });
      }),
    );
    const predicted = outcomes.filter((o) => o.status === 'fulfilled').length;
    const failed = outcomes.length - predicted;
    this.metrics.scheduled.inc({ outcome: 'predicted' }, predicted);
    if (failed > 0) {
      this.metrics.scheduled.inc({ outcome: 'failed' }, failed);
      const reason = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')?.reason as Error | undefined;
      this.logger.warn(`${failed} of ${claimed.length} claimed images of project ${projectId} failed: ${reason?.message}`);
    }
    return { claimed: claimed.length, predicted, failed };
  }
}
