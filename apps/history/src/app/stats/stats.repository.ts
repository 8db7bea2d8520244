import { Injectable } from '@nestjs/common';
import { ImageEntity, PredictionEntity } from '@sightline/persistence';
import { DataSource, ObjectLiteral, Repository } from 'typeorm';

@Injectable()
export class StatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Rows per hour since `since`, grouped in SQL (the hour as `YYYY-MM-DD HH`). */
  async perHour(entity: 'image' | 'prediction', projectId: string, since: Date): Promise<Map<string, number>> {
    const repo: Repository<ObjectLiteral> = entity === 'image' ? this.dataSource.getRepository(ImageEntity) : this.dataSource.getRepository(PredictionEntity);
    const column = `${entity}.created_at`;
    const hour = this.dataSource.options.type === 'better-sqlite3' ? `strftime('%Y-%m-%d %H', ${column})` : `DATE_FORMAT(${column}, '%Y-%m-%d %H')`;
    const rows = await repo
      .createQueryBuilder(entity)
      .select(hour, 'hour')
      .addSelect('COUNT(*)', 'count')
      .where(`${entity}.projectId = :projectId AND ${entity}.createdAt >= :since`, { projectId, since })
      .groupBy('hour')
      .getRawMany<{ hour: string; count: number | string }>();
    return new Map(rows.map((r) => [r.hour, Number(r.count)]));
  }

  async labels(projectId: string): Promise<Array<{ label: string; images: number }>> {
    const rows = await this.dataSource
      .getRepository(ImageEntity)
      .createQueryBuilder('image')
      .select('image.label', 'label')
      .addSelect('COUNT(*)', 'count')
      .where('image.projectId = :projectId', { projectId })
      .groupBy('image.label')
      .getRawMany<{ label: string | null; count: number | string }>();
    return rows.map((r) => ({ label: r.label ?? '', images: Number(r.count) })).sort((a, b) => b.images - a.images);
  }

  countPredictions(projectId: string): Promise<number> {
    return this.dataSource.getRepository(PredictionEntity).countBy({ projectId });
  }
}
