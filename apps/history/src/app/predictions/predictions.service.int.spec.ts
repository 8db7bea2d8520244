import { loadConfig } from '@sightline/config';
import { dropMysqlDatabase, HISTORY_SCHEMA, ImageEntity, LabelEntity, mysqlTestUrl, openDatabase, PredictionEntity, ProjectEntity } from '@sightline/persistence';
import { LocalBlobStore } from '@sightline/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { ImageDecoderRepository } from '../images/image-decoder.repository';
import { ImageRepository } from '../images/image.repository';
import { ImagesService } from '../images/images.service';
import { ProjectRepository } from '../projects/project.repository';
import { ProjectsService } from '../projects/projects.service';
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

  beforeAll(async () => {
    url = await makeUrl();
    if (!url) {
      console.warn(`Skipping ${kind}: no MariaDB/MySQL reachable at 127.0.0.1:3306 (set TEST_MYSQL_URL).`);
      return;
    }
    dataSource = await openDatabase({ url, schema: HISTORY_SCHEMA });
    const config = loadConfig({});
    const blobs = new LocalBlobStore(join(scratch, `blobs-${kind}`));
    const decoder = new ImageDecoderRepository(config);
    projects = new ProjectsService(new ProjectRepository(dataSource.getRepository(ProjectEntity), dataSource));
    images = new ImagesService(new ImageRepository(dataSource.getRepository(ImageEntity), dataSource.getRepository(LabelEntity), dataSource), decoder, projects, blobs);
    predictions = new PredictionsService(new PredictionRepository(dataSource), decoder, projects, blobs);
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
    const base = { modelId: 'm1', modelVersion: 1, label: 'a', confidence: 0.9, scores: { a: 0.9, b: 0.1 }, latencyMs: 3, filename: 'x.png', source: '' };
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
    expect(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toBe(2);
    const listed = await images.list({ projectId: project.id, predicted: true, page: 1, pageSize: 10 });
    expect(listed.total).toBe(2);

    // Bytes the project already has resolve to that image, also when sent again in a later batch.
    const again = await predictions.record([{ ...base, projectId: project.id, imageId: '', content: fresh }]);
    expect(again[0].imageId).toBe(results[0].imageId);
  });
});
