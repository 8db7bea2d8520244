import { Injectable } from '@nestjs/common';
import { ImageEntity, PredictionEntity } from '@sightline/persistence';
import { DataSource, In } from 'typeorm';

export interface PredictionQuery {
  projectId: string;
  label?: string;
  predicted?: string;
  modelVersion?: number;
  minConfidence?: number;
  maxConfidence?: number;
  cameraId?: string;
  from?: Date;
  to?: Date;
  reviewed?: boolean;
  uncertain?: boolean;
}

/** The position after the last row of a page: predictions are listed newest first, ties by id. */
export interface Cursor {
  createdAt: Date;
  id: string;
}

@Injectable()
export class BrowseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page by keyset (created_at, id) descending: no OFFSET, so page 1,000 costs what page 1 does. */
  page(query: PredictionQuery, after: Cursor | undefined, limit: number): Promise<PredictionEntity[]> {
    const builder = this.dataSource
      .getRepository(PredictionEntity)
      .createQueryBuilder('prediction')
      .where('prediction.projectId = :projectId', { projectId: query.projectId });
    if (query.label !== undefined) {
      builder.andWhere('prediction.imageLabel = :label', { label: query.label });
    }
    if (query.cameraId !== undefined) {
      builder.innerJoin(ImageEntity, 'image', 'image.id = prediction.imageId').andWhere('image.sourceId = :cameraId', { cameraId: query.cameraId });
    }
    if (query.predicted !== undefined) {
      builder.andWhere('prediction.label = :predicted', { predicted: query.predicted });
    }
    if (query.modelVersion !== undefined) {
      builder.andWhere('prediction.modelVersion = :modelVersion', { modelVersion: query.modelVersion });
    }
    if (query.minConfidence !== undefined) {
      builder.andWhere('prediction.confidence >= :minConfidence', { minConfidence: query.minConfidence });
    }
    if (query.maxConfidence !== undefined) {
      builder.andWhere('prediction.confidence <= :maxConfidence', { maxConfidence: query.maxConfidence });
    }
    if (query.from) {
      builder.andWhere('prediction.createdAt >= :from', { from: query.from });
    }
    if (query.to) {
      builder.andWhere('prediction.createdAt < :to', { to: query.to });
    }
    if (query.reviewed !== undefined) {
      builder.andWhere(`prediction.reviewed = ${query.reviewed ? 1 : 0}`);
    }
    if (query.uncertain !== undefined) {
      builder.andWhere(`prediction.uncertain = ${query.uncertain ? 1 : 0}`);
    }
    if (after) {
      builder.andWhere('(prediction.createdAt < :afterAt OR (prediction.createdAt = :afterAt AND prediction.id < :afterId))', { afterAt: after.createdAt, afterId: after.id });
    }
    return builder.orderBy('prediction.createdAt', 'DESC').addOrderBy('prediction.id', 'DESC').limit(limit).getMany();
  }

  findImages(ids: string[]): Promise<ImageEntity[]> {
    return ids.length ? this.dataSource.getRepository(ImageEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  findImage(id: string): Promise<ImageEntity | null> {
    return this.dataSource.getRepository(ImageEntity).findOneBy({ id });
  }

  ofImage(imageId: string): Promise<PredictionEntity[]> {
    return this.dataSource.getRepository(PredictionEntity).find({ where: { imageId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }
}
