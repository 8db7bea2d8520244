import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { HistoryV1 } from '@sightline/contracts';
import { ModelsService } from '../models/models.service';
import { HistoryClientRepository } from './history-client.repository';
import { JobsService } from './jobs.service';
import { TrainingJobRepository } from './training-job.repository';

/**
 * Every AUTO_RETRAIN_CHECK_SECONDS: a project with a production model and at least its threshold of new
 * labels gets a training job with trigger `auto-retrain`. New labels are label rows created after the
 * later of production's data set (its job's start) and the last auto-retrain job's start, so labels that
 * arrive while one runs count toward the next, and a candidate that was not promoted does not start
 * another job over the same labels. One auto-retrain job at a time per project.
 */
@Injectable()
export class AutoRetrainService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AutoRetrainService.name);
  private timer?: NodeJS.Timeout;
  private checking = false;

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly history: HistoryClientRepository,
    private readonly models: ModelsService,
    private readonly jobs: JobsService,
    private readonly jobRows: TrainingJobRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), this.config.autoRetrain.checkSeconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async check(): Promise<void> {
    if (this.checking) {
      return;
    }
    this.checking = true;
    try {
      for (const project of await this.history.listProjects()) {
        await this.checkProject(project).catch((error: unknown) => this.logger.warn(`auto-retrain check of project ${project.id}: ${(error as Error).message}`));
      }
    } catch (error) {
      this.logger.warn(`auto-retrain check: ${(error as Error).message}`);
    } finally {
      this.checking = false;
    }
  }

  private async checkProject(project: HistoryV1.Project__Output): Promise<void> {
    const threshold = project.autoRetrainLabels ?? this.config.autoRetrain.labels;
    if (threshold <= 0) {
      return;
    }
    const production = await this.models.productionVersion(project.id);
    if (!production) {
      return;
    }
    const last = await this.jobRows.latest(project.id, 'auto-retrain');
    if (last && (last.state === 'queued' || last.state === 'running')) {
      return;
    }
    const base = production.jobId ? ((await this.jobRows.findById(production.jobId))?.startedAt ?? production.createdAt) : production.createdAt;
    const lastStart = last ? (last.startedAt ?? last.createdAt) : undefined;
    const since = lastStart && lastStart > base ? lastStart : base;
    const count = await this.history.countLabelsSince(project.id, since);
    if (count >= threshold) {
      const job = await this.jobs.createAutoRetrain(project.id, production);
      this.logger.log(`project ${project.id}: ${count} new labels (threshold ${threshold}) started auto-retrain job ${job.id}`);
    }
  }
}
