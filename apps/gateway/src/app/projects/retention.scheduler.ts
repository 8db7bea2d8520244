import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { HistoryRepository } from './history.repository';
import { ProjectsService } from './projects.service';
import { SchedulerLeaseRepository } from './scheduler-lease.repository';

export const RETENTION_LEASE = 'retention';

/**
 * Runs every project's retention rules each RETENTION_CHECK_SECONDS, audited as the actor `retention`, in one gateway
 * replica of the system: the one holding the `retention` lease (renewed each run, taken over when it runs out).
 */
@Injectable()
export class RetentionScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RetentionScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  readonly replica = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    @Inject(CONFIG) private readonly config: SightlineConfig,
    private readonly history: HistoryRepository,
    private readonly projects: ProjectsService,
    private readonly leases: SchedulerLeaseRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runAll(), this.config.retentionCheckSeconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // Another replica may take over at its next tick instead of waiting for the lease to run out.
    await this.leases.release(RETENTION_LEASE, this.replica).catch(() => undefined);
  }

  /** One scheduled run; false when another replica holds the lease (it runs retention this interval). */
  async runAll(): Promise<boolean> {
    if (this.running) {
      return false;
    }
    this.running = true;
    try {
      // Held for two intervals: the holder renews it every run; a stopped holder's turn passes within two.
      if (!(await this.leases.acquire(RETENTION_LEASE, this.replica, this.config.retentionCheckSeconds * 2))) {
        return false;
      }
      for (const project of await this.history.listProjects()) {
        if (project.retentionDays === undefined && project.retentionGb === undefined) {
          continue;
        }
        const result = await this.projects.runRetention('retention', project.id, false);
        if (result.images > 0) {
          this.logger.log(`retention deleted ${result.images} images (${result.bytes} bytes) of project ${project.id}`);
        }
      }
      return true;
    } catch (error) {
      this.logger.warn(`retention run: ${(error as Error).message}`);
      return false;
    } finally {
      this.running = false;
    }
  }
}
