import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FeedbackEntity, ImageEntity, LabelEntity, PredictionEntity, ProjectEntity, WebhookCooldownEntity, WebhookDeliveryEntity, WebhookEntity } from '@sightline/persistence';
import { DataSource, Repository } from 'typeorm';

@Injectable()
export class ProjectRepository {
  constructor(
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
    private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<ProjectEntity | null> {
    return this.projects.findOneBy({ id });
  }

  findByName(name: string): Promise<ProjectEntity | null> {
    return this.projects.findOneBy({ name });
  }

  list(): Promise<ProjectEntity[]> {
    return this.projects.find({ order: { createdAt: 'ASC' } });
  }

  countLabelsSince(projectId: string, since: Date): Promise<number> {
    return this.dataSource
      .getRepository(LabelEntity)
      .createQueryBuilder('label')
      .where('label.projectId = :projectId AND label.createdAt > :since', { projectId, since })
      .getCount();
  }

  save(project: ProjectEntity): Promise<ProjectEntity> {
    return this.projects.save(project);
  }

  async imageCounts(projectIds: string[]): Promise<Map<string, number>> {
    if (projectIds.length === 0) {
      return new Map();
    }
    const rows: Array<{ projectId: string; count: string | number }> = await this.dataSource
      .getRepository(ImageEntity)
      .createQueryBuilder('image')
      .select('image.projectId', 'projectId')
      .addSelect('COUNT(*)', 'count')
      .where('image.projectId IN (:...projectIds)', { projectIds })
      .groupBy('image.projectId')
      .getRawMany();
    return new Map(rows.map((r) => [r.projectId, Number(r.count)]));
  }

  /** Removes the project's rows; returns the sha256 of its images so orphaned blobs can go too. */
  async delete(id: string): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const images = await manager.getRepository(ImageEntity).find({ where: { projectId: id }, select: { sha256: true } });
      await manager.getRepository(FeedbackEntity).delete({ projectId: id });
      await manager.getRepository(WebhookDeliveryEntity).delete({ projectId: id });
      await manager.getRepository(WebhookCooldownEntity).delete({ projectId: id });
      await manager.getRepository(WebhookEntity).delete({ projectId: id });
      await manager.getRepository(PredictionEntity).delete({ projectId: id });
      await manager.getRepository(LabelEntity).delete({ projectId: id });
      await manager.getRepository(ImageEntity).delete({ projectId: id });
      await manager.getRepository(ProjectEntity).delete({ id });
      return images.map((i) => i.sha256);
    });
  }
}
