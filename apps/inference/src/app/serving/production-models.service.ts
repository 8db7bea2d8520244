import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import type { HealthProbe } from '@sightline/grpc';
import { RegistryClientRepository } from '../predict/registry-client.repository';
import { ModelCacheService } from './model-cache.service';
import type { ServedModel } from './served-model';
import type { Thresholds } from './thresholds';

/** How often every replica asks training which version is production (a promotion is served within this). */
export const PRODUCTION_POLL_MS = 1000;

/**
 * Which version serves each project. A promotion is noticed by polling training; the new version is
 * loaded and warmed first and only then replaces the old one, so requests never wait for a load and
 * those already running finish on the version they started with.
 */
@Injectable()
export class ProductionModelsService implements OnApplicationBootstrap, OnModuleDestroy, HealthProbe {
  private readonly logger = new Logger(ProductionModelsService.name);
  private readonly serving = new Map<string, TrainingV1.ModelVersion__Output>();
  private readonly thresholds = new Map<string, Thresholds>();
  private ready = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly registry: RegistryClientRepository,
    private readonly cache: ModelCacheService,
  ) {}

  onApplicationBootstrap(): void {
    void this.poll();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Ready once every project's production version found at start is loaded and warm. */
  async isReady(): Promise<boolean> {
    return this.ready && [...this.serving.values()].every((v) => this.cache.isWarm(v.id));
  }

  /** The model that serves this project now; 404 for an unknown project, 409 when it has none. */
  async resolve(projectId: string): Promise<ServedModel> {
    const known = this.serving.get(projectId);
    if (known) {
      return this.cache.get(known);
    }
    const project = await this.registry.getProject(projectId);
    this.thresholds.set(project.id, { confidenceThreshold: project.confidenceThreshold, classThresholds: project.classThresholds });
    const production = await this.registry.productionModel(project.id);
    if (!production.found || !production.model) {
      throw new DomainError(ErrorCode.Conflict, `project "${project.name}" has no production model yet: train one first`);
    }
    const served = await this.cache.get(production.model);
    this.serving.set(projectId, this.serving.get(projectId) ?? production.model);
    return served;
  }

  /** The project's confidence thresholds, as of the last poll (a change is seen within PRODUCTION_POLL_MS). */
  async thresholdsOf(projectId: string): Promise<Thresholds> {
    const known = this.thresholds.get(projectId);
    if (known) {
      return known;
    }
    const project = await this.registry.getProject(projectId);
    const thresholds = { confidenceThreshold: project.confidenceThreshold, classThresholds: project.classThresholds };
    this.thresholds.set(projectId, thresholds);
    return thresholds;
  }

  /** The production version of a project as last seen, without loading it (for the scheduled job). */
  async productionOf(projectId: string): Promise<TrainingV1.ModelVersion__Output | undefined> {
    const production = await this.registry.productionModel(projectId);
    return production.found && production.model ? production.model : undefined;
  }

  private async poll(): Promise<void> {
    try {
      if (!this.ready) {
        for (const id of await this.registry.listProjectIds()) {
          await this.refresh(id);
        }
        this.ready = true;
      } else {
        for (const id of [...this.serving.keys()]) {
          await this.refresh(id);
        }
      }
    } catch (error) {
      this.logger.warn(`checking production versions failed (retrying): ${(error as Error).message}`);
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => void this.poll(), PRODUCTION_POLL_MS);
    }
  }

  private async refresh(projectId: string): Promise<void> {
    const project = await this.registry.getProject(projectId).catch((error: { code?: number }) => {
      if (error.code === 5) {
        return undefined;
      }
      throw error;
    });
    if (project) {
      this.thresholds.set(projectId, { confidenceThreshold: project.confidenceThreshold, classThresholds: project.classThresholds });
    } else {
      this.thresholds.delete(projectId);
    }
    const production = await this.registry.productionModel(projectId).catch((error: { code?: number }) => {
      // A deleted project: stop serving it.
      if (error.code === 5) {
        return { found: false, model: null };
      }
      throw error;
    });
    const current = this.serving.get(projectId);
    if (!production.found || !production.model) {
      this.serving.delete(projectId);
      return;
    }
    if (current?.id === production.model.id) {
      return;
    }
    await this.cache.get(production.model);
    this.serving.set(projectId, production.model);
    if (current) {
      this.logger.log(`project ${projectId}: now serving v${production.model.version} (was v${current.version})`);
    }
  }
}
