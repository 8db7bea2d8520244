import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import { initBackend, loadModel } from '@sightline/ml';
import { ModelAliasEventEntity, ModelVersionEntity } from '@sightline/persistence';
import { BlobStore, createBlobStore } from '@sightline/storage';
import { ModelRepository } from './model.repository';

interface DatasetSnapshot {
  test: Array<{ imageId: string; label: string; predicted: string | null; confidence: number | null }>;
}

/** The model registry: immutable versions, `production` and `candidate` aliases, and their history. */
@Injectable()
export class ModelsService {
  private readonly store: BlobStore;

  constructor(
    private readonly models: ModelRepository,
    @Inject(CONFIG) config: SightlineConfig,
  ) {
    this.store = createBlobStore(config.storageUrl);
  }

  async list(projectId: string): Promise<TrainingV1.ModelVersion[]> {
    const versions = await this.models.listVersions(projectId);
    const aliases = await this.models.aliasesOf(versions.map((v) => v.id));
    return versions.map((v) => this.view(v, aliases.filter((a) => a.modelId === v.id).map((a) => a.alias)));
  }

  async get(id: string): Promise<TrainingV1.ModelVersion> {
    const version = await this.require(id);
    const aliases = await this.models.aliasesOf([id]);
    return this.view(version, aliases.map((a) => a.alias));
  }

  async production(projectId: string): Promise<TrainingV1.ProductionModelResponse> {
    const alias = await this.models.findAlias(projectId, 'production');
    if (!alias) {
      return { found: false };
    }
    return { found: true, model: await this.get(alias.modelId) };
  }

  /** Stores a new version; the first of a project becomes production by itself, later ones candidate. */
  async register(version: ModelVersionEntity, actor: string): Promise<ModelVersionEntity> {
    const saved = await this.models.insertVersion(version);
    const production = await this.models.findAlias(saved.projectId, 'production');
    const alias = production ? 'candidate' : 'production';
    await this.models.moveAlias(
      Object.assign(new ModelAliasEventEntity(), {
        projectId: saved.projectId,
        alias,
        action: production ? 'promote' : 'auto-promote',
        fromModelId: production ? ((await this.models.findAlias(saved.projectId, 'candidate'))?.modelId ?? null) : null,
        toModelId: saved.id,
        actor,
        reason: production ? 'newly trained version' : 'first model of the project',
        createdAt: new Date(),
      }),
    );
    return saved;
  }

  async promote(id: string, actor: string, reason: string): Promise<TrainingV1.ModelVersion> {
    const version = await this.require(id);
    const current = await this.models.findAlias(version.projectId, 'production');
    if (current?.modelId === id) {
      throw new DomainError(ErrorCode.Conflict, `version ${version.version} is already production`);
    }
    await this.checkLoads(version);
    await this.models.moveAlias(
      Object.assign(new ModelAliasEventEntity(), { projectId: version.projectId, alias: 'production', action: 'promote', fromModelId: current?.modelId ?? null, toModelId: id, actor, reason: reason || null, createdAt: new Date() }),
    );
    const candidate = await this.models.findAlias(version.projectId, 'candidate');
    if (candidate?.modelId === id) {
      await this.models.removeAlias(version.projectId, 'candidate');
    }
    return this.get(id);
  }

  /** Production goes back to the version it pointed at before its last move. */
  async rollback(projectId: string, actor: string, reason: string): Promise<TrainingV1.ModelVersion> {
    const current = await this.models.findAlias(projectId, 'production');
    const last = (await this.models.history(projectId)).find((e) => e.alias === 'production' && e.toModelId === current?.modelId);
    if (!current || !last?.fromModelId) {
      throw new DomainError(ErrorCode.Conflict, 'there is no earlier production version to roll back to');
    }
    const target = await this.require(last.fromModelId);
    await this.checkLoads(target);
    await this.models.moveAlias(
      Object.assign(new ModelAliasEventEntity(), { projectId, alias: 'production', action: 'rollback', fromModelId: current.modelId, toModelId: target.id, actor, reason: reason || null, createdAt: new Date() }),
    );
    return this.get(target.id);
  }

  async history(projectId: string): Promise<TrainingV1.AliasEvent[]> {
    const events = await this.models.history(projectId);
    const versions = new Map((await this.models.listVersions(projectId)).map((v) => [v.id, v.version]));
    return events.map((e) => ({
      id: e.id,
      alias: e.alias,
      action: e.action,
      fromModelId: e.fromModelId ?? '',
      fromVersion: e.fromModelId ? (versions.get(e.fromModelId) ?? 0) : 0,
      toModelId: e.toModelId,
      toVersion: versions.get(e.toModelId) ?? 0,
      actor: e.actor ?? '',
      reason: e.reason ?? '',
      createdAt: e.createdAt.toISOString(),
    }));
  }

  async testResults(id: string, actual: string, predicted: string): Promise<TrainingV1.TestResult[]> {
    const version = await this.require(id);
    const snapshot = JSON.parse((await this.store.get(`${version.storagePrefix}/dataset.json`)).toString('utf8')) as DatasetSnapshot;
    return snapshot.test
      .filter((t) => (!actual || t.label === actual) && (!predicted || t.predicted === predicted))
      .map((t) => ({ imageId: t.imageId, label: t.label, predicted: t.predicted ?? '', confidence: t.confidence ?? 0 }));
  }

  /** The TensorFlow.js backend this process (and its training workers) use. */
  backend(): Promise<string> {
    return initBackend(undefined, { log: () => undefined });
  }

  /** An alias only moves to a version whose files are there and load. */
  private async checkLoads(version: ModelVersionEntity): Promise<void> {
    try {
      await initBackend(undefined, { log: () => undefined });
      const model = await loadModel({
        modelJson: await this.store.get(`${version.storagePrefix}/model.json`),
        weights: await this.store.get(`${version.storagePrefix}/weights.bin`),
      });
      model.dispose();
    } catch (error) {
      throw new DomainError(ErrorCode.Conflict, `version ${version.version} cannot be served: its files do not load (${(error as Error).message})`);
    }
  }

  private async require(id: string): Promise<ModelVersionEntity> {
    const version = await this.models.findVersion(id);
    if (!version) {
      throw new DomainError(ErrorCode.NotFound, `model ${id} not found`);
    }
    return version;
  }

  private view(version: ModelVersionEntity, aliases: string[]): TrainingV1.ModelVersion {
    return {
      id: version.id,
      projectId: version.projectId,
      version: version.version,
      architecture: version.architecture,
      hyperParametersJson: JSON.stringify(version.hyperParameters),
      metricsJson: JSON.stringify(version.metrics),
      labels: version.labels,
      aliases,
      createdAt: version.createdAt.toISOString(),
    };
  }
}
