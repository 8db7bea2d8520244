import { loadConfig } from '@sightline/config';
import { DomainError, ErrorCode } from '@sightline/contracts';
import { dropMysqlDatabase, HISTORY_SCHEMA, ImageEntity, LabelEntity, mysqlTestUrl, openDatabase, PredictionEntity, ProjectEntity } from '@sightline/persistence';
import { LocalBlobStore } from '@sightline/storage';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { ProjectRepository } from '../projects/project.repository';
import { ProjectsService } from '../projects/projects.service';
import { ImageDecoderRepository } from './image-decoder.repository';
import { ImageRepository } from './image.repository';
import { ImagesService } from './images.service';

const scratch = mkdtempSync(join(tmpdir(), 'history-int-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function png(seed: number, width = 16, height = 16): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3, seed);
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const targets: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite', async () => `sqlite:${join(scratch, 'history.db')}`],
  ['MariaDB', mysqlTestUrl],
];

describe.each(targets)('ImagesService on %s with real sharp and a real blob store', (kind, makeUrl) => {
  let url: string | undefined;
  let dataSource: DataSource;
  let images: ImagesService;
  let projects: ProjectsService;
  const blobRoot = join(scratch, `blobs-${kind}`);

  beforeAll(async () => {
    url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    dataSource = await openDatabase({ url, schema: HISTORY_SCHEMA });
    const config = loadConfig({ MAX_IMAGE_PIXELS: '1000000', MAX_UPLOAD_BYTES: '100000' });
    projects = new ProjectsService(new ProjectRepository(dataSource.getRepository(ProjectEntity), dataSource));
    images = new ImagesService(
      new ImageRepository(dataSource.getRepository(ImageEntity), dataSource.getRepository(LabelEntity), dataSource),
      new ImageDecoderRepository(config),
      projects,
      new LocalBlobStore(blobRoot),
    );
  }, 60000);

  afterAll(async () => {
    await dataSource?.destroy();
    if (url?.startsWith('mysql:')) {
      await dropMysqlDatabase(url);
    }
  });

  const it_ = (name: string, fn: () => Promise<void>) => it(name, async () => (url ? fn() : undefined));

  it_('stores one row and one blob for the same bytes, even when two uploads race', async () => {
    const project = await projects.create('race', ['a', 'b']);
    const bytes = await png(1);
    const [first, second] = await Promise.all([
      images.store({ projectId: project.id, files: [{ content: bytes, filename: 'x.png' }] }),
      images.store({ projectId: project.id, files: [{ content: bytes, filename: 'y.png' }] }),
    ]);
    expect(first[0].id).toBe(second[0].id);
    expect([first[0].duplicate, second[0].duplicate].sort()).toEqual([false, true]);
    expect(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toBe(1);
    expect(readdirSync(join(blobRoot, 'images', first[0].sha256.slice(0, 2)))).toEqual([`${first[0].sha256}.png`]);
  });

  it_('labels on upload and on review, keeping the history newest first', async () => {
    const project = await projects.create('labels', ['cat', 'dog']);
    const [image] = await images.store({ projectId: project.id, files: [{ content: await png(2), filename: 'a.png' }], label: 'cat', author: 'alice' });
    expect(image.label).toBe('cat');
    await new Promise((r) => setTimeout(r, 5));
    const relabeled = await images.setLabel(image.id, 'dog', 'review', 'bob');
    expect(relabeled.label).toBe('dog');
    const history = await images.labelHistory(image.id);
    expect(history.map((h) => [h.label, h.origin, h.author])).toEqual([
      ['dog', 'review', 'bob'],
      ['cat', 'upload', 'alice'],
    ]);
    await expect(images.setLabel(image.id, 'bird', 'review')).rejects.toMatchObject({ code: ErrorCode.InvalidArgument });
  });

  it_('filters by label, labeled, predicted and capture time, and pages', async () => {
    const project = await projects.create('filters', ['x', 'y']);
    const stored = await images.store({ projectId: project.id, files: await Promise.all([3, 4, 5].map(async (s) => ({ content: await png(s), filename: `${s}.png` }))) });
    await images.setLabel(stored[0].id, 'x', 'review');
    await dataSource.getRepository(PredictionEntity).save(
      Object.assign(new PredictionEntity(), { imageId: stored[1].id, projectId: project.id, modelId: stored[1].id, modelVersion: 1, label: 'y', confidence: 0.9, scores: { x: 0.1, y: 0.9 }, latencyMs: 1, createdAt: new Date() }),
    );
    const list = (filter: object) => images.list({ projectId: project.id, page: 1, pageSize: 50, ...filter });
    expect((await list({})).total).toBe(3);
    expect((await list({ label: 'x' })).items.map((i) => i.id)).toEqual([stored[0].id]);
    expect((await list({ labeled: false })).total).toBe(2);
    expect((await list({ predicted: true })).items.map((i) => i.id)).toEqual([stored[1].id]);
    expect((await list({ predicted: false })).total).toBe(2);
    expect((await list({ from: new Date(Date.now() + 60_000) })).total).toBe(0);
    expect((await list({ to: new Date(Date.now() + 60_000) })).total).toBe(3);
    const page2 = await list({ page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
    await expect(list({ pageSize: 1000 })).rejects.toBeInstanceOf(DomainError);
  });

  it_('stores an imported chunk in one go: bad files get their reason, repeated bytes are duplicates, the last folder labels them', async () => {
    const project = await projects.create('import', ['a', 'b']);
    const [earlier] = await images.store({ projectId: project.id, files: [{ content: await png(20), filename: 'earlier.png' }], label: 'a' });
    const file = async (seed: number, label: string, name = `${seed}.png`) => ({ content: await png(seed), filename: name, label, split: 'train' });
    const results = await images.storeImported(
      project.id,
      [await file(21, 'a'), { content: Buffer.from('not an image'), filename: 'bad.png', label: 'a', split: null }, await file(20, 'b', 'again.png'), await file(22, 'a'), await file(22, 'b', 'twin.png'), await file(23, 'c')],
      { sourceId: 'job-1', author: 'importer' },
    );
    expect(results.map((r) => ('error' in r ? r.error.code : r.duplicate))).toEqual([false, ErrorCode.UnsupportedMediaType, true, false, true, ErrorCode.InvalidArgument]);
    const rows = await dataSource.getRepository(ImageEntity).findBy({ projectId: project.id });
    expect(rows).toHaveLength(3);
    const bySha = new Map(rows.map((r) => [r.sha256, r]));
    expect(bySha.get(earlier.sha256)?.label).toBe('b');
    const twin = [...bySha.values()].find((r) => r.id !== earlier.id && r.label === 'b');
    if (!twin) {
      throw new Error('no image was labeled by the second folder');
    }
    expect(twin).toMatchObject({ source: 'import', sourceId: 'job-1', split: 'train' });
    expect((await images.labelHistory(twin.id)).map((h) => [h.label, h.origin, h.author]).sort()).toEqual([
      ['a', 'import', 'importer'],
      ['b', 'import', 'importer'],
    ]);
    expect((await images.content(twin.id, false)).content.equals(await png(22))).toBe(true);
    // Imported without a thumbnail: it is made when first asked for.
    const thumbnail = await images.content(twin.id, true);
    expect((await sharp(thumbnail.content).metadata()).format).toBe('webp');
  });

  it_('imports chunks with the same bytes at once without an error: one row, the others duplicates', async () => {
    const project = await projects.create('import-race', ['a']);
    const chunk = async () => [{ content: await png(30), filename: 'x.png', label: 'a', split: null }, { content: await png(31), filename: 'y.png', label: 'a', split: null }];
    const results = await Promise.all([1, 2, 3].map(async () => images.storeImported(project.id, await chunk(), { sourceId: 'job-2' })));
    expect(results.flat().filter((r) => 'duplicate' in r && !r.duplicate)).toHaveLength(2);
    expect(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toBe(2);
  });

  it_('refuses oversized images before decoding them, and stores nothing from a batch with one bad file', async () => {
    const project = await projects.create('limits', []);
    const big = await sharp({ create: { width: 1200, height: 1000, channels: 3, background: '#888' } }).png().toBuffer();
    await expect(images.store({ projectId: project.id, files: [{ content: big, filename: 'big.png' }] })).rejects.toMatchObject({ code: ErrorCode.PayloadTooLarge });
    await expect(
      images.store({ projectId: project.id, files: [{ content: await png(6), filename: 'ok.png' }, { content: Buffer.from('GIF89a nope'), filename: 'bad.gif' }] }),
    ).rejects.toMatchObject({ code: ErrorCode.UnsupportedMediaType });
    expect(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toBe(0);
  });

  it_('deletes a project with its rows, and only the blobs no other project uses', async () => {
    const keep = await projects.create('keep', []);
    const drop = await projects.create('drop', []);
    const shared = await png(7);
    const only = await png(8);
    const [kept] = await images.store({ projectId: keep.id, files: [{ content: shared, filename: 's.png' }] });
    const dropped = await images.store({ projectId: drop.id, files: [{ content: shared, filename: 's.png' }, { content: only, filename: 'o.png' }] });
    await images.removeOrphanBlobs(await projects.delete(drop.id));
    await expect(projects.get(drop.id)).rejects.toMatchObject({ code: ErrorCode.NotFound });
    expect((await images.content(kept.id, false)).content.equals(shared)).toBe(true);
    expect(readdirSync(join(blobRoot, 'images', dropped[1].sha256.slice(0, 2))).filter((f) => f.startsWith(dropped[1].sha256))).toEqual([]);
  });
});
