import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { TrainingV1 } from '@sightline/contracts';
import { InferenceMetricsService } from '../metrics/inference-metrics.service';
import { ModelFilesRepository } from './model-files.repository';
import { ServedModel } from './served-model';

/**
 * Model versions loaded on demand and warmed before they serve, at most `MODEL_CACHE_SIZE` at once:
 * past it the least recently used one is dropped once its in-flight requests are done.
 */
@Injectable()
export class ModelCacheService implements OnModuleDestroy {
  private readonly logger = new Logger(ModelCacheService.name);
  // A Map keeps insertion order; moving an entry to the end on use makes the first one the least recently used.
  private readonly entries = new Map<string, Promise<ServedModel>>();
  private readonly warm = new Set<string>();

  constructor(
    private readonly files: ModelFilesRepository,
    private readonly metrics: InferenceMetricsService,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  get(version: TrainingV1.ModelVersion__Output): Promise<ServedModel> {
    const cached = this.entries.get(version.id);
    if (cached) {
      this.entries.delete(version.id);
      this.entries.set(version.id, cached);
      return cached;
    }
    const loading = this.load(version);
    this.entries.set(version.id, loading);
    loading.then(
      () => {
        if (this.entries.get(version.id) === loading) {
          this.warm.add(version.id);
          // Only a version that loaded pushes another out.
          this.evict();
        }
      },
      () => {
        if (this.entries.get(version.id) === loading) {
          this.entries.delete(version.id);
        }
      },
    );
    return loading;
  }

  /** Whether this version is loaded and warm (not merely loading). */
  isWarm(modelId: string): boolean {
    return this.warm.has(modelId);
  }

  /** Loaded and warm versions, least recently used first. */
  warmIds(): string[] {
    return [...this.entries.keys()].filter((id) => this.warm.has(id));
  }

  async onModuleDestroy(): Promise<void> {
    const all = [...this.entries.values()];
    this.entries.clear();
    this.warm.clear();
    await Promise.all(all.map((entry) => entry.then((m) => m.dispose(), () => undefined)));
  }

  private async load(version: TrainingV1.ModelVersion__Output): Promise<ServedModel> {
    const started = Date.now();
    const { model, spec, labels } = await this.files.load(version);
    const served = new ServedModel(
      { id: version.id, projectId: version.projectId, version: version.version, labels },
      spec,
      model,
      this.config.inference,
      this.metrics.observer(version.id),
    );
    await served.warm();
    this.logger.log(`model v${version.version} (${version.id}) of project ${version.projectId} loaded and warm in ${Date.now() - started} ms`);
    return served;
  }

  /** Drops least recently used warm versions past the bound; versions still loading are never dropped. */
  private evict(): void {
    for (const [id, entry] of [...this.entries]) {
      if (this.entries.size <= this.config.inference.modelCacheSize) {
        return;
      }
      if (this.warm.has(id)) {
        this.entries.delete(id);
        this.warm.delete(id);
        void entry.then((m) => m.dispose(), () => undefined);
      }
    }
  }
}
