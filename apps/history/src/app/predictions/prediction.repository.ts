import { Injectable } from '@nestjs/common';
import { ImageEntity, PredictionEntity, PredictionJobEntity, PredictionLeaseEntity } from '@sightline/persistence';
import { DataSource, EntityManager, EntityTarget, In, LessThan, ObjectLiteral } from 'typeorm';

/** Rows per INSERT: under the databases' bound-parameter limits. */
const INSERT_SLICE = 200;

@Injectable()
export class PredictionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findImages(ids: string[]): Promise<ImageEntity[]> {
    return ids.length ? this.dataSource.getRepository(ImageEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** The images of these projects with any of these hashes: by project too, so the (project, sha256) index serves it, not a scan of every image. */
  findBySha(projectIds: string[], shas: string[]): Promise<ImageEntity[]> {
    return shas.length ? this.dataSource.getRepository(ImageEntity).findBy({ projectId: In(projectIds), sha256: In(shas) }) : Promise.resolve([]);
  }

  /**
   * One transaction for the whole batch: new images first, then every prediction; the leases those predictions
   * settle are dropped. With `resolveStored`, an image whose bytes the project already has (another writer stored
   * them since the caller looked) resolves to that row and takes its id; without it, such an image fails the batch.
   */
  async insertBatch(images: ImageEntity[], predictions: Array<{ row: PredictionEntity; image?: ImageEntity }>, options: { resolveStored: boolean }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const imageRepo = manager.getRepository(ImageEntity);
      const inserted = new Set<string>();
      const stored =
        options.resolveStored && images.length > 0
          ? await imageRepo.find({
              select: { id: true, projectId: true, sha256: true },
              where: { projectId: In([...new Set(images.map((i) => i.projectId))]), sha256: In(images.map((i) => i.sha256)) },
            })
          : [];
      const existing = new Map(stored.map((i) => [`${i.projectId}/${i.sha256}`, i.id]));
      const fresh: ImageEntity[] = [];
      for (const image of images) {
        const id = existing.get(`${image.projectId}/${image.sha256}`);
        if (id) {
          image.id = id;
        } else {
          fresh.push(image);
          inserted.add(image.id);
        }
      }
      await this.insertRows(manager, ImageEntity, fresh);
      for (const prediction of predictions) {
        if (prediction.image) {
          prediction.row.imageId = prediction.image.id;
        }
      }
      // Each prediction carries its image's current label. Read under a shared lock on MySQL, so a label being
      // set meanwhile waits for this commit and then updates these rows too (SQLite transactions take turns).
      const older = [...new Set(predictions.map((p) => p.row.imageId).filter((id) => !inserted.has(id)))];
      const labels = new Map<string, string | null>();
      if (older.length > 0) {
        const query = imageRepo.createQueryBuilder('image').select(['image.id', 'image.label']).where('image.id IN (:...older)', { older });
        if (this.dataSource.options.type !== 'better-sqlite3') {
          query.setLock('pessimistic_read');
        }
        for (const image of await query.getMany()) {
          labels.set(image.id, image.label);
        }
      }
      for (const { row } of predictions) {
        row.imageLabel = labels.get(row.imageId) ?? null;
      }
      await this.insertRows(manager, PredictionEntity, predictions.map((p) => p.row));
      // Only an image stored before this transaction can hold a lease.
      const byModel = new Map<string, string[]>();
      for (const { row } of predictions) {
        if (!inserted.has(row.imageId)) {
          byModel.set(row.modelId, [...(byModel.get(row.modelId) ?? []), row.imageId]);
        }
      }
      for (const [modelId, imageIds] of byModel) {
        await manager.getRepository(PredictionLeaseEntity).delete({ modelId, imageId: In(imageIds) });
      }
    });
  }

  /**
   * Multi-row INSERTs of whole entities, each value converted by the driver as TypeORM's query builder converts it;
   * the builder's own work cost more CPU than the insert. Every column must be set (no database defaults).
   */
  private async insertRows<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: T[]): Promise<void> {
    const { driver } = this.dataSource;
    const { columns, tableName } = this.dataSource.getMetadata(target);
    const row = `(${columns.map(() => '?').join(', ')})`;
    const into = `INSERT INTO ${driver.escape(tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
    for (let i = 0; i < rows.length; i += INSERT_SLICE) {
      const slice = rows.slice(i, i + INSERT_SLICE);
      const values = slice.flatMap((entity) =>
        columns.map((column) => {
          const value: unknown = column.getEntityValue(entity);
          if (value === undefined) {
            throw new Error(`${tableName}.${column.databaseName} is not set`);
          }
          return driver.preparePersistentValue(value, column);
        }),
      );
      await manager.query(into + Array.from(slice, () => row).join(', '), values);
    }
  }

  /**
   * Claims images of a project that have no prediction from the model and no live lease. Safe between
   * replicas without row locks: an expired lease is taken over only by a conditional UPDATE, a new one by
   * an INSERT that ignores a key another replica inserted first, and the claim is what was written under
   * this call's token.
   */
  async claim(projectId: string, modelId: string, token: string, limit: number, until: Date): Promise<ImageEntity[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.claimOnce(projectId, modelId, token, limit, until);
      } catch (error) {
        // InnoDB may pick two replicas' claims as a deadlock victim (gap locks); the claim is safe to repeat.
        if (attempt >= 5 || !/deadlock/i.test((error as Error).message)) {
          throw error;
        }
      }
    }
  }

  private claimOnce(projectId: string, modelId: string, token: string, limit: number, until: Date): Promise<ImageEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const predicted = manager
        .getRepository(PredictionEntity)
        .createQueryBuilder('prediction')
        .select('1')
        .where('prediction.imageId = image.id AND prediction.modelId = :modelId')
        .getQuery();
      const leased = manager
        .getRepository(PredictionLeaseEntity)
        .createQueryBuilder('lease')
        .select('1')
        .where('lease.imageId = image.id AND lease.modelId = :modelId AND lease.claimedUntil > :now')
        .getQuery();
      const candidates = await manager
        .getRepository(ImageEntity)
        .createQueryBuilder('image')
        .select(['image.id'])
        .where('image.projectId = :projectId', { projectId })
        .andWhere(`NOT EXISTS (${predicted})`)
        .andWhere(`NOT EXISTS (${leased})`)
        .setParameters({ modelId, now })
        .orderBy('image.createdAt', 'ASC')
        .addOrderBy('image.id', 'ASC')
        .take(limit)
        .getMany();
      if (candidates.length === 0) {
        return [];
      }
      const ids = candidates.map((c) => c.id);
      const leases = manager.getRepository(PredictionLeaseEntity);
      await leases.update({ modelId, imageId: In(ids), claimedUntil: LessThan(now) }, { claimedBy: token, claimedUntil: until });
      await manager
        .createQueryBuilder()
        .insert()
        .into(PredictionLeaseEntity)
        .values(ids.map((imageId) => ({ imageId, modelId, claimedBy: token, claimedUntil: until })))
        .orIgnore()
        .execute();
      const mine = await leases.findBy({ modelId, imageId: In(ids), claimedBy: token });
      const claimed = new Set(mine.map((l) => l.imageId));
      return manager.getRepository(ImageEntity).findBy({ id: In([...claimed]) });
    });
  }

  insertJob(job: PredictionJobEntity): Promise<PredictionJobEntity> {
    return this.dataSource.getRepository(PredictionJobEntity).save(job);
  }

  findJob(id: string): Promise<PredictionJobEntity | null> {
    return this.dataSource.getRepository(PredictionJobEntity).findOneBy({ id });
  }

  async addToJob(id: string, counts: { claimed: number; predicted: number; failed: number }, end?: { state: string; error: string | null }): Promise<void> {
    const repo = this.dataSource.getRepository(PredictionJobEntity);
    const now = new Date();
    await repo
      .createQueryBuilder()
      .update()
      .set({
        claimed: () => `claimed + ${Math.trunc(counts.claimed)}`,
        predicted: () => `predicted + ${Math.trunc(counts.predicted)}`,
        failed: () => `failed + ${Math.trunc(counts.failed)}`,
        heartbeatAt: now,
        ...(end ? { state: end.state, error: end.error, finishedAt: now } : {}),
      })
      .where('id = :id', { id })
      .execute();
  }

  /** Running jobs whose replica stopped beating are failed, never left running. */
  async failStale(before: Date): Promise<void> {
    await this.dataSource
      .getRepository(PredictionJobEntity)
      .update({ state: 'running', heartbeatAt: LessThan(before) }, { state: 'failed', error: 'the inference replica running it stopped', finishedAt: new Date() });
  }

  listJobs(projectId: string): Promise<PredictionJobEntity[]> {
    return this.dataSource.getRepository(PredictionJobEntity).find({ where: { projectId }, order: { createdAt: 'DESC' }, take: 100 });
  }
}
