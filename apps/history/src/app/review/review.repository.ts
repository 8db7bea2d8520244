import { Injectable } from '@nestjs/common';
import { FeedbackEntity, ImageEntity, LabelEntity, PredictionEntity, ProjectEntity } from '@sightline/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';

export interface QueueFilter {
  projectId: string;
  /** Undefined: predictions of every model. */
  modelId?: string;
  exclude: string[];
}

export interface FeedbackWrite {
  prediction: PredictionEntity;
  image: ImageEntity;
  correct: boolean;
  /** The image's new label, or null when it keeps the one it has. */
  label: LabelEntity | null;
  feedback: FeedbackEntity;
}

@Injectable()
export class ReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Least sure first, by the indexed (project, model, reviewed, image_label, review_priority); images with a label are skipped. */
  leastSure(filter: QueueFilter, limit: number): Promise<PredictionEntity[]> {
    return this.pending(filter).orderBy('prediction.reviewPriority', 'ASC').addOrderBy('prediction.id', 'ASC').take(limit).getMany();
  }

  /**
   * A random sample of confident predictions: the first ones at or after a random id (ids are random
   * UUIDs), wrapping around to the start; the (project, model, reviewed, image_label, id) index keeps it a range scan.
   */
  async randomConfident(filter: QueueFilter, limit: number): Promise<PredictionEntity[]> {
    if (limit <= 0) {
      return [];
    }
    const pivot = randomUUID();
    // MariaDB 10.11 otherwise reads the index by `ref` from the first id, not by range from the pivot (70 ms against
    // 0.5 ms at 200,000 pending predictions); TypeORM writes the hint for MySQL/MariaDB only.
    const query = () =>
      this.pending(filter).useIndex('ix_prediction_review_sample').andWhere('prediction.uncertain = 0').orderBy('prediction.id', 'ASC').take(limit);
    const after = await query().andWhere('prediction.id >= :pivot', { pivot }).getMany();
    if (after.length >= limit) {
      return after;
    }
    const before = await query().andWhere('prediction.id < :pivot', { pivot }).getMany();
    return [...after, ...before].slice(0, limit);
  }

  /** Pending predictions, counted up to `bound`: the subquery stops reading the index there. */
  async countPending(filter: QueueFilter, bound: number): Promise<number> {
    const [sql, parameters] = this.pending({ ...filter, exclude: [] }).select('1').limit(bound).getQueryAndParameters();
    const [row] = (await this.dataSource.query(`SELECT COUNT(*) AS n FROM (${sql}) pending`, parameters)) as Array<{ n: number | string }>;
    return Number(row?.n ?? 0);
  }

  async reviewCounts(projectId: string, modelId: string | undefined): Promise<{ reviewed: number; correct: number }> {
    const query = this.dataSource
      .getRepository(PredictionEntity)
      .createQueryBuilder('prediction')
      .select('COUNT(*)', 'reviewed')
      .addSelect('SUM(CASE WHEN prediction.reviewCorrect = 1 THEN 1 ELSE 0 END)', 'correct')
      .where('prediction.projectId = :projectId', { projectId })
      .andWhere('prediction.reviewed = 1');
    if (modelId) {
      query.andWhere('prediction.modelId = :modelId', { modelId });
    }
    const row = await query.getRawOne<{ reviewed: number | string; correct: number | string | null }>();
    return { reviewed: Number(row?.reviewed ?? 0), correct: Number(row?.correct ?? 0) };
  }

  findPrediction(id: string): Promise<PredictionEntity | null> {
    return this.dataSource.getRepository(PredictionEntity).findOneBy({ id });
  }

  findImages(ids: string[]): Promise<ImageEntity[]> {
    return ids.length ? this.dataSource.getRepository(ImageEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  findImage(id: string): Promise<ImageEntity | null> {
    return this.dataSource.getRepository(ImageEntity).findOneBy({ id });
  }

  findProject(id: string): Promise<ProjectEntity | null> {
    return this.dataSource.getRepository(ProjectEntity).findOneBy({ id });
  }

  /** The feedback row, the prediction's review state and the image's new label, in one transaction. */
  async saveFeedback(write: FeedbackWrite): Promise<{ prediction: PredictionEntity; image: ImageEntity }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(FeedbackEntity).insert(write.feedback);
      await manager
        .getRepository(PredictionEntity)
        .update({ id: write.prediction.id }, { reviewed: true, reviewCorrect: write.correct, reviewedAt: write.feedback.createdAt });
      if (write.label) {
        await manager.getRepository(LabelEntity).insert(write.label);
        await manager.getRepository(ImageEntity).update({ id: write.image.id }, { label: write.label.label, labeledAt: write.label.createdAt });
        await manager.getRepository(PredictionEntity).update({ imageId: write.image.id }, { imageLabel: write.label.label });
      }
      return {
        prediction: await manager.getRepository(PredictionEntity).findOneByOrFail({ id: write.prediction.id }),
        image: await manager.getRepository(ImageEntity).findOneByOrFail({ id: write.image.id }),
      };
    });
  }

  /** Unreviewed predictions of unlabeled images: a range of the (project, model, reviewed, image_label, …) indexes. */
  private pending(filter: QueueFilter): SelectQueryBuilder<PredictionEntity> {
    const query = this.dataSource
      .getRepository(PredictionEntity)
      .createQueryBuilder('prediction')
      .where('prediction.projectId = :projectId', { projectId: filter.projectId });
    if (filter.modelId) {
      query.andWhere('prediction.modelId = :modelId', { modelId: filter.modelId });
    }
    query.andWhere('prediction.reviewed = 0').andWhere('prediction.imageLabel IS NULL');
    if (filter.exclude.length > 0) {
      query.andWhere('prediction.id NOT IN (:...exclude)', { exclude: filter.exclude });
    }
    return query;
  }
}
