import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { HistoryRepository } from './history.repository';
import { ProjectsService } from './projects.service';

/** Runs every project's retention rules each RETENTION_CHECK_SECONDS, audited as the actor `retention`. */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly history: HistoryRepository,
    private readonly projects: ProjectsService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runAll(), this.config.retentionCheckSeconds * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async runAll(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = true;
    try {
      for (const project of await this.history.listProjects()) {
        if (project.retentionDays === undefined && project.retentionGb === undefined) {
          continue;
        }
        const result = await this.projects.runRetention('retention', project.id, false);
        if (result.images > 0) {
          this.logger.log(`retention deleted ${result.images} images (${result.bytes} bytes) of project ${project.id}`);
        }
      }
    } catch (error) {
      this.logger.warn(`retention run: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
