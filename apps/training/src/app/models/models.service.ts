import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type TrainingV1 } from '@sightline/contracts';
import { ModelVersionEntity } from '@sightline/persistence';
import { ModelRepository } from './model.repository';

/** The model registry, read side. Versions are written by training jobs (issue #4). */
@Injectable()
export class ModelsService {
  constructor(private readonly models: ModelRepository) {}

  async list(projectId: string): Promise<TrainingV1.ModelVersion[]> {
    const versions = await this.models.listVersions(projectId);
    const aliases = await this.models.aliasesOf(versions.map((v) => v.id));
    return versions.map((v) => this.view(v, aliases.filter((a) => a.modelId === v.id).map((a) => a.alias)));
  }

  async get(id: string): Promise<TrainingV1.ModelVersion> {
    const version = await this.models.findVersion(id);
    if (!version) {
      throw new DomainError(ErrorCode.NotFound, `model ${id} not found`);
    }
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
