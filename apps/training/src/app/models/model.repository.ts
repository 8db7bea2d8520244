import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ModelAliasEntity, ModelVersionEntity } from '@sightline/persistence';
import { In, Repository } from 'typeorm';

@Injectable()
export class ModelRepository {
  constructor(
    @InjectRepository(ModelVersionEntity) private readonly versions: Repository<ModelVersionEntity>,
    @InjectRepository(ModelAliasEntity) private readonly aliases: Repository<ModelAliasEntity>,
  ) {}

  listVersions(projectId: string): Promise<ModelVersionEntity[]> {
    return this.versions.find({ where: { projectId }, order: { version: 'DESC' } });
  }

  findVersion(id: string): Promise<ModelVersionEntity | null> {
    return this.versions.findOneBy({ id });
  }

  findAlias(projectId: string, alias: string): Promise<ModelAliasEntity | null> {
    return this.aliases.findOneBy({ projectId, alias });
  }

  aliasesOf(modelIds: string[]): Promise<ModelAliasEntity[]> {
    return modelIds.length ? this.aliases.findBy({ modelId: In(modelIds) }) : Promise.resolve([]);
  }
}
