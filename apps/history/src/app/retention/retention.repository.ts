import { Injectable } from '@nestjs/common';
import { FeedbackEntity, ImageEntity, PredictionEntity, PredictionLeaseEntity } from '@sightline/persistence';
import { DataSource, In } from 'typeorm';

export interface Deletable {
  id: string;
  sha256: string;
  size: number;
  capturedAt: Date;
}

const DELETE_BATCH = 500;

@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Images retention may delete, oldest first: no label and no reviewed prediction. An image in a model
   * version's data set had a label when it was trained on, and labels are never removed, so it is never here.
   */
  async deletable(projectId: string): Promise<Deletable[]> {
    const reviewed = this.dataSource
      .getRepository(PredictionEntity)
      .createQueryBuilder('prediction')
      .select('1')
      .where('prediction.imageId = image.id AND prediction.reviewed = 1')
      .getQuery();
    const rows = await this.dataSource
      .getRepository(ImageEntity)
      .createQueryBuilder('image')
      .select(['image.id', 'image.sha256', 'image.size', 'image.capturedAt'])
      .where('image.projectId = :projectId AND image.label IS NULL', { projectId })
      .andWhere(`NOT EXISTS (${reviewed})`)
      .orderBy('image.capturedAt', 'ASC')
      .addOrderBy('image.id', 'ASC')
      .getMany();
    return rows.map((r) => ({ id: r.id, sha256: r.sha256, size: r.size, capturedAt: r.capturedAt }));
  }

  async totalBytes(projectId: string): Promise<number> {
    const row = await this.dataSource
      .getRepository(ImageEntity)
      .createQueryBuilder('image')
      .select('COALESCE(SUM(image.size), 0)', 'bytes')
      .where('image.projectId = :projectId', { projectId })
      .getRawOne<{ bytes: number | string }>();
    return Number(row?.bytes ?? 0);
  }

  /** Deletes the images with their predictions, feedback and leases, in batches, each batch in one transaction. */
  async delete(imageIds: string[]): Promise<void> {
    for (let i = 0; i < imageIds.length; i += DELETE_BATCH) {
      const ids = imageIds.slice(i, i + DELETE_BATCH);
      await this.dataSource.transaction(async (manager) => {
        const predictions = await manager.getRepository(PredictionEntity).find({ where: { imageId: In(ids) }, select: { id: true } });
        const predictionIds = predictions.map((p) => p.id);
        for (let k = 0; k < predictionIds.length; k += DELETE_BATCH) {
          await manager.getRepository(FeedbackEntity).delete({ predictionId: In(predictionIds.slice(k, k + DELETE_BATCH)) });
        }
        await manager.getRepository(PredictionEntity).delete({ imageId: In(ids) });
        await manager.getRepository(PredictionLeaseEntity).delete({ imageId: In(ids) });
        // Only rows still unlabeled: a label that arrived since the selection keeps its image.
        await manager.createQueryBuilder().delete().from(ImageEntity).where('id IN (:...ids) AND label IS NULL', { ids }).execute();
      });
    }
  }
}
