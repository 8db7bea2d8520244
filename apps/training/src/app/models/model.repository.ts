import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ModelAliasEntity, ModelAliasEventEntity, ModelVersionEntity } from '@sightline/persistence';
import { DataSource, In, Repository } from 'typeorm';

@Injectable()
export class ModelRepository {
  constructor(
    @InjectRepository(ModelVersionEntity) private readonly versions: Repository<ModelVersionEntity>,
    @InjectRepository(ModelAliasEntity) private readonly aliases: Repository<ModelAliasEntity>,
    @InjectRepository(ModelAliasEventEntity) private readonly events: Repository<ModelAliasEventEntity>,
    private readonly dataSource: DataSource,
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

  history(projectId: string): Promise<ModelAliasEventEntity[]> {
    return this.events.find({ where: { projectId }, order: { createdAt: 'DESC' }, take: 500 });
  }

  /** Production moves no person asked for through the gateway: auto-retrain's, and a project's first model's. */
  autoPromotions(since: Date, limit: number): Promise<ModelAliasEventEntity[]> {
    return this.events
      .createQueryBuilder('event')
      .where('event.alias = :alias AND event.createdAt >= :since', { alias: 'production', since })
      .andWhere('(event.actor = :auto OR event.action = :action)', { auto: 'auto-retrain', action: 'auto-promote' })
      .orderBy('event.createdAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /** The next version number and the row, in one transaction so two jobs never share a number. */
  async insertVersion(version: ModelVersionEntity): Promise<ModelVersionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const last = await manager.getRepository(ModelVersionEntity).findOne({ where: { projectId: version.projectId }, order: { version: 'DESC' } });
      version.version = (last?.version ?? 0) + 1;
      return manager.getRepository(ModelVersionEntity).save(version);
    });
  }

  /** Moves an alias and appends the event that says who moved it, from where, and why. */
  async moveAlias(event: ModelAliasEventEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ModelAliasEntity).save(Object.assign(new ModelAliasEntity(), { projectId: event.projectId, alias: event.alias, modelId: event.toModelId, updatedAt: event.createdAt }));
      await manager.getRepository(ModelAliasEventEntity).save(event);
    });
  }

  async removeAlias(projectId: string, alias: string): Promise<void> {
    await this.aliases.delete({ projectId, alias });
  }
}
