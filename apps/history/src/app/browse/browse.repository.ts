import { Injectable } from '@nestjs/common';
import { ImageEntity, PredictionEntity } from '@sightline/persistence';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';

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

const EXPORT_COLUMNS = [
  ['prediction', 'id'],
  ['prediction', 'createdAt'],
  ['prediction', 'imageId'],
  ['prediction', 'modelVersion'],
  ['prediction', 'label'],
  ['prediction', 'confidence'],
  ['prediction', 'margin'],
  ['prediction', 'uncertain'],
  ['prediction', 'reviewed'],
  ['prediction', 'reviewCorrect'],
  ['prediction', 'scores'],
  ['image', 'sha256'],
  ['image', 'capturedAt'],
  ['image', 'source'],
  ['image', 'sourceId'],
  ['image', 'label'],
] as const;

/** One CSV line's values, keyed `<table>.<property>`; `prediction.scores` is the stored JSON text. */
export interface ExportRow {
  'prediction.id': string;
  'prediction.createdAt': Date;
  'prediction.imageId': string;
  'prediction.modelVersion': number;
  'prediction.label': string;
  'prediction.confidence': number;
  'prediction.margin': number;
  'prediction.uncertain': boolean;
  'prediction.reviewed': boolean;
  'prediction.reviewCorrect': boolean | null;
  'prediction.scores': string;
  'image.sha256': string;
  'image.capturedAt': Date;
  'image.source': string;
  'image.sourceId': string | null;
  'image.label': string | null;
}

/**
 * The index whose (…, created_at, id) tail a page after a cursor continues in: the one whose equality prefix
 * matches the filters (image label first: it is the more selective), else the project's timeline.
 */
function keysetIndex(query: PredictionQuery): string {
  if (query.label !== undefined) {
    return 'ix_prediction_project_image_label';
  }
  if (query.predicted !== undefined) {
    return 'ix_prediction_project_label';
  }
  return 'ix_prediction_project_created';
}

@Injectable()
export class BrowseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One page by keyset (created_at, id) descending: no OFFSET, so page 1,000 costs what page 1 does. */
  async page(query: PredictionQuery, after: Cursor | undefined, limit: number): Promise<PredictionEntity[]> {
    // The page's ids first, then its rows by primary key: when every filter is in an index the first query never
    // reads a row.
    const [idSql, idParameters] = this.pageQuery(query, after, limit);
    const ids = ((await this.dataSource.query(idSql, idParameters)) as Array<{ id: string }>).map((r) => r.id);
    if (ids.length === 0) {
      return [];
    }
    const position = new Map(ids.map((id, i) => [id, i]));
    const rows = await this.dataSource.getRepository(PredictionEntity).findBy({ id: In(ids) });
    return rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  }

  /**
   * The same page for an export, with the image columns it needs joined in one query and read raw (TypeORM's
   * entity mapping cost more than the query itself).
   */
  async exportPage(query: PredictionQuery, after: Cursor | undefined, limit: number): Promise<ExportRow[]> {
    const prediction = this.dataSource.getMetadata(PredictionEntity);
    const image = this.dataSource.getMetadata(ImageEntity);
    const driver = this.dataSource.driver;
    const columns = EXPORT_COLUMNS.map(([alias, property]) => {
      const column = (alias === 'prediction' ? prediction : image).findColumnWithPropertyName(property);
      if (!column) {
        throw new Error(`no column ${alias}.${property}`);
      }
      return { key: `${alias}.${property}`, raw: `${alias}_${column.databaseName}`, column, asStored: property === 'scores' };
    });
    const [sql, parameters] = this.pageQuery(query, after, limit, true);
    const rows = (await this.dataSource.query(sql, parameters)) as Array<Record<string, unknown>>;
    return rows.map((raw) => {
      const row: Record<string, unknown> = {};
      for (const { key, raw: name, column, asStored } of columns) {
        // scores stay the JSON text they were stored as.
        row[key] = asStored ? raw[name] : driver.prepareHydratedValue(raw[name], column);
      }
      return row as unknown as ExportRow;
    });
  }

  /**
   * The page query's SQL and parameters (also for EXPLAIN): the page's ids, or with `forExport` the export's columns
   * with the image joined. On MySQL/MariaDB a page after a cursor names its index with FORCE INDEX.
   */
  pageQuery(query: PredictionQuery, after: Cursor | undefined, limit: number, forExport = false): [string, unknown[]] {
    const builder = this.pageBuilder(query, after, limit, forExport);
    if (forExport) {
      builder.select(EXPORT_COLUMNS.map(([alias, property]) => `${alias}.${property}`));
    } else {
      builder.select('prediction.id', 'id');
    }
    if (!after || this.dataSource.options.type === 'better-sqlite3') {
      return builder.getQueryAndParameters();
    }
    // MariaDB 10.11 reads a later page by `ref` on the index's equality prefix instead of a range from the cursor: it
    // walks back from the newest row on every page (an export of 100,000 rows re-read the table 100 times, and one
    // page with the rows' columns took 48 s at a million predictions). USE INDEX, all TypeORM offers, does not change
    // that choice; FORCE INDEX does (13 ms for the same page).
    const [sql, parameters] = builder.useIndex(keysetIndex(query)).getQueryAndParameters();
    return [sql.replace(' USE INDEX (', ' FORCE INDEX ('), parameters];
  }

  private pageBuilder(query: PredictionQuery, after: Cursor | undefined, limit: number, withImage: boolean): SelectQueryBuilder<PredictionEntity> {
    const builder = this.dataSource
      .getRepository(PredictionEntity)
      .createQueryBuilder('prediction')
      .where('prediction.projectId = :projectId', { projectId: query.projectId });
    if (withImage || query.cameraId !== undefined) {
      builder.innerJoin(ImageEntity, 'image', 'image.id = prediction.imageId');
    }
    if (query.cameraId !== undefined) {
      builder.andWhere('image.sourceId = :cameraId', { cameraId: query.cameraId });
    }
    if (query.label !== undefined) {
      builder.andWhere('prediction.imageLabel = :label', { label: query.label });
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
      // The first term bounds the index range; with the OR alone MariaDB scanned from the newest row on every page.
      builder.andWhere('prediction.createdAt <= :afterAt AND (prediction.createdAt < :afterAt OR prediction.id < :afterId)', { afterAt: after.createdAt, afterId: after.id });
    }
    return builder.orderBy('prediction.createdAt', 'DESC').addOrderBy('prediction.id', 'DESC').limit(limit);
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
