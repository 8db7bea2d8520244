import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ImageEntity, LabelEntity, PredictionEntity } from '@sightline/persistence';
import { DataSource, In, Repository } from 'typeorm';

export interface ImageFilter {
  projectId: string;
  label?: string;
  labeled?: boolean;
  predicted?: boolean;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

@Injectable()
export class ImageRepository {
  constructor(
    @InjectRepository(ImageEntity) private readonly images: Repository<ImageEntity>,
    @InjectRepository(LabelEntity) private readonly labels: Repository<LabelEntity>,
    private readonly dataSource: DataSource,
  ) {}

  findById(id: string): Promise<ImageEntity | null> {
    return this.images.findOneBy({ id });
  }

  findBySha(projectId: string, sha256: string): Promise<ImageEntity | null> {
    return this.images.findOneBy({ projectId, sha256 });
  }

  /** The project's images with any of these hashes, in one query. */
  findByShas(projectId: string, sha256s: readonly string[]): Promise<ImageEntity[]> {
    return sha256s.length === 0 ? Promise.resolve([]) : this.images.findBy({ projectId, sha256: In([...sha256s]) });
  }

  async isShaReferenced(sha256: string): Promise<boolean> {
    return (await this.images.countBy({ sha256 })) > 0;
  }

  /** Inserts the image and, when given, its first label in one transaction. */
  async insert(image: ImageEntity, label?: LabelEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ImageEntity).insert(image);
      if (label) {
        label.imageId = image.id;
        await manager.getRepository(LabelEntity).insert(label);
      }
    });
  }

  /** Inserts many images (a chunk of an import: well under the databases' bound-parameter limits) and their labels in one transaction: all of them or none. */
  async insertMany(images: readonly ImageEntity[], labels: readonly LabelEntity[]): Promise<void> {
    // updateEntity(false): after a multi-row insert on SQLite TypeORM re-reads columns that have a database
    // default and merges them back by position (see PredictionRepository); nothing here needs them.
    await this.dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder().insert().into(ImageEntity).values([...images]).updateEntity(false).execute();
      if (labels.length > 0) {
        await manager.createQueryBuilder().insert().into(LabelEntity).values([...labels]).updateEntity(false).execute();
      }
    });
  }

  /** Appends a label row and moves the image's current label (and its copy on the image's predictions) to it. */
  async addLabel(image: ImageEntity, label: LabelEntity): Promise<ImageEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(LabelEntity).insert(label);
      await manager.getRepository(ImageEntity).update({ id: image.id }, { label: label.label, labeledAt: label.createdAt });
      await manager.getRepository(PredictionEntity).update({ imageId: image.id }, { imageLabel: label.label });
      return manager.getRepository(ImageEntity).findOneByOrFail({ id: image.id });
    });
  }

  labeled(projectId: string): Promise<ImageEntity[]> {
    return this.images
      .createQueryBuilder('image')
      .select(['image.id', 'image.label', 'image.split', 'image.sha256', 'image.ext'])
      .where('image.projectId = :projectId AND image.label IS NOT NULL', { projectId })
      .orderBy('image.id')
      .getMany();
  }

  labelHistory(imageId: string): Promise<LabelEntity[]> {
    return this.labels.find({ where: { imageId }, order: { createdAt: 'DESC' } });
  }

  async list(filter: ImageFilter): Promise<{ items: ImageEntity[]; total: number }> {
    const query = this.images.createQueryBuilder('image').where('image.projectId = :projectId', { projectId: filter.projectId });
    if (filter.label !== undefined) {
      query.andWhere('image.label = :label', { label: filter.label });
    }
    if (filter.labeled !== undefined) {
      query.andWhere(filter.labeled ? 'image.label IS NOT NULL' : 'image.label IS NULL');
    }
    if (filter.predicted !== undefined) {
      const predictions = this.dataSource
        .getRepository(PredictionEntity)
        .createQueryBuilder('prediction')
        .select('1')
        .where('prediction.imageId = image.id')
        .getQuery();
      query.andWhere(`${filter.predicted ? '' : 'NOT '}EXISTS (${predictions})`);
    }
    if (filter.from) {
      query.andWhere('image.capturedAt >= :from', { from: filter.from });
    }
    if (filter.to) {
      query.andWhere('image.capturedAt < :to', { to: filter.to });
    }
    const [items, total] = await query
      .orderBy('image.createdAt', 'DESC')
      .addOrderBy('image.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
