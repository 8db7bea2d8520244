import { Injectable } from '@nestjs/common';
import { ImageEntity, PredictionEntity } from '@sightline/persistence';
import { DataSource, In } from 'typeorm';

@Injectable()
export class PredictionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findImages(ids: string[]): Promise<ImageEntity[]> {
    return ids.length ? this.dataSource.getRepository(ImageEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /**
   * One transaction for the whole batch: new images first (an image whose bytes the project already has
   * resolves to that row and takes its id), then every prediction.
   */
  async insertBatch(images: ImageEntity[], predictions: Array<{ row: PredictionEntity; image?: ImageEntity }>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const imageRepo = manager.getRepository(ImageEntity);
      for (const image of images) {
        const existing = await imageRepo.findOneBy({ projectId: image.projectId, sha256: image.sha256 });
        if (existing) {
          image.id = existing.id;
        } else {
          await imageRepo.insert(image);
        }
      }
      for (const prediction of predictions) {
        if (prediction.image) {
          prediction.row.imageId = prediction.image.id;
        }
      }
      if (predictions.length > 0) {
        await manager.getRepository(PredictionEntity).insert(predictions.map((p) => p.row));
      }
    });
  }
}
