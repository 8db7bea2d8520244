import { loadConfig } from '@sightline/config';
import { dropMysqlDatabase, HISTORY_SCHEMA, ImageEntity, LabelEntity, mysqlTestUrl, openDatabase, PredictionEntity, PredictionJobEntity, PredictionLeaseEntity } from '@sightline/persistence';
import { BlobStore, StorageFullError, thumbnailKey } from '@sightline/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { ImageDecoderRepository } from '../images/image-decoder.repository';
import { ImageRepository } from '../images/image.repository';
import { ImagesService } from '../images/images.service';
import type { ProjectsService } from '../projects/projects.service';
import { historyServices } from '../testing/history-services';
import { PredictionJobsService } from './prediction-jobs.service';
import { PredictionRepository } from './prediction.repository';
import { PredictionsService } from './predictions.service';

const scratch = mkdtempSync(join(tmpdir(), 'history-predictions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function png(seed: number): Promise<Buffer> {
  return sharp(Buffer.alloc(8 * 8 * 3, seed), { raw: { width: 8, height: 8, channels: 3 } }).png().toBuffer();
}

const targets: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite', async () => `sqlite:${join(scratch, 'history.db')}`],
  ['MariaDB', mysqlTestUrl],
];

describe.each(targets)('PredictionsService.record on %s', (kind, makeUrl) => {
  let url: string | undefined;
  let dataSource: DataSource;
  let predictions: PredictionsService;
  let images: ImagesService;
  let projects: ProjectsService;
  let jobs: PredictionJobsService;
  let blobs: BlobStore;

  beforeAll(async () => {
    url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    dataSource = await openDatabase({ url, schema: HISTORY_SCHEMA });
    const services = historyServices(dataSource, join(scratch, `blobs-${kind}`));
    ({ projects, images, predictions, blobs } = services);
    jobs = new PredictionJobsService(new PredictionRepository(dataSource), projects, services.blobs);
  }, 60000);

  afterAll(async () => {
    await dataSource?.destroy();
    if (url?.startsWith('mysql:')) {
      await dropMysqlDatabase(url);
    }
  });

  const it_ = (name: string, fn: () => Promise<void>) => it(name, async () => (url ? fn() : undefined));

  it_('keeps a whole batch in one go: new images (the same bytes twice are one), stored images, and an error per bad entry', async () => {
    const project = await projects.create(`batch ${kind}`, ['a', 'b']);
    const [stored] = await images.store({ projectId: project.id, files: [{ content: await png(1), filename: 'one.png' }] });
    const fresh = await png(2);
    const base = { modelId: 'm1', modelVersion: 1, label: 'a', confidence: 0.9, scores: { a: 0.9, b: 0.1 }, latencyMs: 3, filename: 'x.png', source: '', uncertain: false };
    const results = await predictions.record([
      { ...base, projectId: project.id, imageId: '', content: fresh },
      { ...base, projectId: project.id, imageId: stored.id, content: Buffer.alloc(0) },
      { ...base, projectId: project.id, imageId: '', content: fresh },
      { ...base, projectId: project.id, imageId: '', content: Buffer.from('not an image') },
      { ...base, projectId: '00000000-0000-4000-8000-000000000000', imageId: stored.id, content: Buffer.alloc(0) },
      { ...base, projectId: project.id, imageId: '00000000-0000-4000-8000-000000000001', content: Buffer.alloc(0) },
    ]);
    expect(results.map((r) => r.errorCode)).toEqual(['', '', '', 'UNSUPPORTED_MEDIA_TYPE', 'NOT_FOUND', 'NOT_FOUND']);
    expect(results[0].imageId).toBe(results[2].imageId);
    expect(results[1].imageId).toBe(stored.id);
    const rows = await dataSource.getRepository(PredictionEntity).findBy({ projectId: project.id });
    expect(rows.map((r) => r.id).sort()).toEqual(results.slice(0, 3).map((r) => r.predictionId).sort());
    expect(rows[0].scores).toEqual({ a: 0.9, b: 0.1 });
    // Each answer names its own row (a multi-row insert once handed the entities each other's ids on SQLite).
    for (const result of results.slice(0, 3)) {
      expect(rows.find((r) => r.id === result.predictionId)?.imageId).toBe(result.imageId);
    }
    expect(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toBe(2);
    const listed = await images.list({ projectId: project.id, predicted: true, page: 1, pageSize: 10 });
    expect(listed.total).toBe(2);

    // Bytes the project already has resolve to that image, also when sent again in a later batch.
    const again = await predictions.record([{ ...base, projectId: project.id, imageId: '', content: fresh }]);
    expect(again[0].imageId).toBe(results[0].imageId);
  });

  it_('keeps one image for the same new bytes recorded by two batches at once, with both predictions', async () => {
    const project = await projects.create(`race ${kind}`, ['a']);
    const input = { projectId: project.id, imageId: '', content: await png(5), filename: 'r.png', source: '', modelId: 'm1', modelVersion: 1, label: 'a', confidence: 1, scores: { a: 1 }, uncertain: false, latencyMs: 1 };
    const [[first], [second]] = await Promise.all([predictions.record([{ ...input }]), predictions.record([{ ...input }])]);
    expect([first.errorCode, second.errorCode]).toEqual(['', '']);
    expect(second.imageId).toBe(first.imageId);
    expect(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toBe(1);
    expect((await dataSource.getRepository(PredictionEntity).findBy({ projectId: project.id })).map((p) => p.imageId)).toEqual([first.imageId, first.imageId]);
  });

  it_("writes every column as sent, and leaves a new image's thumbnail to its first read, which keeps it", async () => {
    const project = await projects.create(`columns ${kind}`, ['a', 'b']);
    const content = await png(3);
    const before = Date.now();
    const input = { projectId: project.id, imageId: '', content, filename: 'c.png', source: 'camera', modelId: 'm7', modelVersion: 4, label: 'b', confidence: 0.625, scores: { a: 0.375, b: 0.625 }, uncertain: true, latencyMs: 1.5 };
    const [result] = await predictions.record([input]);
    const row = await dataSource.getRepository(PredictionEntity).findOneByOrFail({ id: result.predictionId });
    expect(row).toMatchObject({
      imageId: result.imageId,
      projectId: project.id,
      modelId: 'm7',
      modelVersion: 4,
      label: 'b',
      imageLabel: null,
      confidence: 0.625,
      scores: { a: 0.375, b: 0.625 },
      uncertain: true,
      latencyMs: 1.5,
      margin: 0.25,
      reviewPriority: 0.25,
      reviewed: false,
      reviewCorrect: null,
      reviewedAt: null,
    });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(row.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    const image = await dataSource.getRepository(ImageEntity).findOneByOrFail({ id: result.imageId });
    expect(image).toMatchObject({ projectId: project.id, source: 'camera', sourceId: null, width: 8, height: 8, mime: 'image/png', ext: 'png', size: content.length, label: null, split: null, labeledAt: null });
    expect(image.capturedAt.getTime()).toBe(image.createdAt.getTime());
    expect(image.createdAt.getTime()).toBeGreaterThanOrEqual(before);

    expect(await blobs.exists(thumbnailKey(image.sha256))).toBe(false);
    const thumbnail = await images.content(image.id, true);
    expect(thumbnail.mime).toBe('image/webp');
    expect((await sharp(thumbnail.content).metadata()).format).toBe('webp');
    expect((await blobs.get(thumbnailKey(image.sha256))).equals(thumbnail.content)).toBe(true);
    expect((await images.content(image.id, true)).content.equals(thumbnail.content)).toBe(true);

    // A store that cannot keep the thumbnail (a full disk) still gets it answered.
    const [other] = await predictions.record([{ ...input, content: await png(4) }]);
    const full: BlobStore = Object.assign(Object.create(blobs) as BlobStore, { put: () => Promise.reject(new StorageFullError('full')) });
    const imageRepo = new ImageRepository(dataSource.getRepository(ImageEntity), dataSource.getRepository(LabelEntity), dataSource);
    const answered = await new ImagesService(imageRepo, new ImageDecoderRepository(loadConfig({})), projects, full).content(other.imageId ?? '', true);
    expect((await sharp(answered.content).metadata()).format).toBe('webp');
    expect(await blobs.exists(thumbnailKey(answered.sha256))).toBe(false);
  });

  it_('leases unpredicted images to one claimer at a time, lets an expired lease be taken over, and drops leases once predicted', async () => {
    const project = await projects.create(`leases ${kind}`, ['a']);
    const stored = await images.store({ projectId: project.id, files: await Promise.all(Array.from({ length: 10 }, async (_, i) => ({ content: await png(100 + i), filename: `${i}.png` }))) });
    const claim = (claimedBy: string, limit: number, leaseSeconds = 60) => jobs.claim({ projectId: project.id, modelId: 'm1', claimedBy, limit, leaseSeconds });
    // Two replicas at once: what one holds the other does not get.
    const [first, second] = await Promise.all([claim('replica-a', 6), claim('replica-b', 6)]);
    const a = first.map((i) => i.imageId);
    const b = second.map((i) => i.imageId);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect(new Set([...a, ...b]).size).toBe(Math.min(10, a.length + b.length));
    // Which replica wins the race is up to the database (on MariaDB one may lose every candidate to the other and get
    // nothing this round); a claimed image always comes with its bytes.
    const claimed = [...first, ...second];
    expect(claimed.length).toBeGreaterThan(0);
    expect(claimed.every((image) => image.content.length > 0)).toBe(true);
    const rest = await claim('replica-c', 10);
    expect(a.length + b.length + rest.length).toBe(10);
    expect(await claim('replica-c', 10)).toEqual([]);

    // A lease that ran out (its replica died) is taken over.
    // (Of whichever replica claimed something: a[0] is undefined when replica-a lost every candidate, and TypeORM reads
    // `imageId: undefined` as no condition at all.)
    const expired = claimed[0].imageId;
    const lease = await dataSource.getRepository(PredictionLeaseEntity).findOneByOrFail({ imageId: expired, modelId: 'm1' });
    await dataSource.getRepository(PredictionLeaseEntity).update({ imageId: lease.imageId, modelId: 'm1' }, { claimedUntil: new Date(Date.now() - 1000) });
    expect((await claim('replica-d', 10)).map((i) => i.imageId)).toEqual([expired]);

    // Predicted images are never claimed again for that model, and their leases are gone; another model starts afresh.
    const base = { modelId: 'm1', modelVersion: 1, label: 'a', confidence: 1, scores: { a: 1 }, latencyMs: 1, filename: '', source: '', content: Buffer.alloc(0), uncertain: false };
    await predictions.record(stored.map((image) => ({ ...base, projectId: project.id, imageId: image.id })));
    expect(await dataSource.getRepository(PredictionLeaseEntity).countBy({ modelId: 'm1' })).toBe(0);
    expect(await claim('replica-e', 10)).toEqual([]);
    expect(await jobs.claim({ projectId: project.id, modelId: 'm2', claimedBy: 'replica-e', limit: 20, leaseSeconds: 60 })).toHaveLength(10);
  });

  it_('keeps scheduled jobs with their counts and fails a running job whose replica stopped', async () => {
    const project = await projects.create(`jobs ${kind}`, ['a']);
    const job = await jobs.start({ projectId: project.id, modelId: 'm1', modelVersion: 3, kind: 'scheduled', replica: 'r1' });
    await jobs.update({ id: job.id, claimed: 8, predicted: 7, failed: 1, state: '', error: '' });
    const done = await jobs.update({ id: job.id, claimed: 2, predicted: 2, failed: 0, state: 'succeeded', error: '' });
    expect(done).toMatchObject({ state: 'succeeded', claimed: 10, predicted: 9, failed: 1, modelVersion: 3, replica: 'r1' });
    const stale = await jobs.start({ projectId: project.id, modelId: 'm1', modelVersion: 3, kind: 'scheduled', replica: 'r2' });
    await dataSource.getRepository(PredictionJobEntity).update({ id: stale.id }, { heartbeatAt: new Date(Date.now() - 3600_000) });
    const listed = await jobs.list(project.id);
    expect(listed.find((j) => j.id === stale.id)).toMatchObject({ state: 'failed', error: expect.stringMatching(/stopped/) });
    expect(listed).toHaveLength(2);
  });
});
