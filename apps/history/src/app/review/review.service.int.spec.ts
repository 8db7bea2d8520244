import { dropMysqlDatabase, FeedbackEntity, HISTORY_SCHEMA, mysqlTestUrl, openDatabase, PredictionEntity } from '@sightline/persistence';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { BrowseRepository } from '../browse/browse.repository';
import { BrowseService } from '../browse/browse.service';
import type { ImagesService } from '../images/images.service';
import type { PredictionsService } from '../predictions/predictions.service';
import type { ProjectsService } from '../projects/projects.service';
import { historyServices } from '../testing/history-services';
import { ReviewRepository } from './review.repository';
import { randomSlots, ReviewService } from './review.service';

const scratch = mkdtempSync(join(tmpdir(), 'history-review-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function png(seed: number): Promise<Buffer> {
  return sharp(Buffer.alloc(8 * 8 * 3, seed), { raw: { width: 8, height: 8, channels: 3 } }).png().toBuffer();
}

const targets: Array<[string, () => Promise<string | undefined>]> = [
  ['SQLite', async () => `sqlite:${join(scratch, 'history.db')}`],
  ['MariaDB', mysqlTestUrl],
];

describe.each(targets)('ReviewService on %s', (kind, makeUrl) => {
  let url: string | undefined;
  let dataSource: DataSource;
  let review: ReviewService;
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
    const services = historyServices(dataSource, join(scratch, `blobs-${kind}`));
    ({ projects, images, predictions } = services);
    review = new ReviewService(new ReviewRepository(dataSource), services.config);
  }, 60000);

  afterAll(async () => {
    await dataSource?.destroy();
    if (url?.startsWith('mysql:')) {
      await dropMysqlDatabase(url);
    }
  });

  const it_ = (name: string, fn: () => Promise<void>) => it(name, async () => (url ? fn() : undefined));

  /** Stores one unlabeled image per entry and predicts it with model m1 at the given scores. */
  async function predicted(projectId: string, entries: Array<{ scores: Record<string, number>; uncertain?: boolean }>, seed: number): Promise<string[]> {
    const stored = await images.store({ projectId, files: await Promise.all(entries.map(async (_, i) => ({ content: await png(seed + i), filename: `${i}.png` }))) });
    const results = await predictions.record(
      entries.map((e, i) => {
        const [label, confidence] = Object.entries(e.scores).sort((x, y) => y[1] - x[1])[0];
        return { projectId, imageId: stored[i].id, content: Buffer.alloc(0), filename: '', source: '', modelId: 'm1', modelVersion: 1, label, confidence, scores: e.scores, latencyMs: 1, uncertain: e.uncertain ?? false };
      }),
    );
    return results.map((r) => r.predictionId ?? '');
  }

  it_('orders the queue in SQL: uncertain first, then by the margin between the two best scores; labeled images and other models stay out', async () => {
    const project = await projects.create(`queue ${kind}`, ['a', 'b', 'c']);
    const ids = await predicted(
      project.id,
      [
        { scores: { a: 0.9, b: 0.05, c: 0.05 } }, // margin 0.85
        { scores: { a: 0.5, b: 0.4, c: 0.1 } }, // margin 0.1
        { scores: { a: 0.4, b: 0.35, c: 0.25 }, uncertain: true }, // margin 0.05, uncertain
        { scores: { a: 0.7, b: 0.3, c: 0 } }, // margin 0.4
        { scores: { a: 0.45, b: 0.05, c: 0.5 }, uncertain: true }, // margin 0.05 + … → 0.05 uncertain (c best)
        { scores: { a: 0.6, b: 0.2, c: 0.2 } }, // margin 0.4, but its image gets a label below
      ],
      10,
    );
    const labeledImage = (await dataSource.query(`SELECT image_id FROM prediction WHERE id = '${ids[5]}'`))[0].image_id as string;
    await images.setLabel(labeledImage, 'a', 'review', 'someone');
    const queue = await review.queue({ projectId: project.id, modelId: 'm1', limit: 10, randomShare: 0, excludeIds: [] });
    const order = queue.items.map((i) => i.prediction?.id);
    expect(order.slice(0, 2).sort()).toEqual([ids[2], ids[4]].sort());
    expect(order.slice(2)).toEqual([ids[1], ids[3], ids[0]]);
    expect(queue.items.map((i) => i.reason)).toEqual(['uncertain', 'uncertain', 'margin', 'margin', 'margin']);
    expect(queue.items[2].prediction?.margin).toBeCloseTo(0.1, 6);
    expect(queue.items[2].image?.id).toBe(queue.items[2].prediction?.imageId);
    expect(queue.pending).toBe(5);
    // The client's prefetched items are left out; another model's queue is empty.
    const next = await review.queue({ projectId: project.id, modelId: 'm1', limit: 2, randomShare: 0, excludeIds: order.slice(0, 3) as string[] });
    expect(next.items.map((i) => i.prediction?.id)).toEqual([ids[3], ids[0]]);
    expect((await review.queue({ projectId: project.id, modelId: 'm2', limit: 10, randomShare: 0, excludeIds: [] })).items).toEqual([]);
    // randomShare 1: every item is a random confident one.
    const random = await review.queue({ projectId: project.id, modelId: 'm1', limit: 3, randomShare: 1, excludeIds: [] });
    expect(random.items.map((i) => i.reason)).toEqual(['random', 'random', 'random']);
    expect(random.items.every((i) => !i.prediction?.uncertain)).toBe(true);
    expect(new Set(random.items.map((i) => i.prediction?.id)).size).toBe(3);
  });

  it_('counts the pending predictions up to a bound, and says when there are more', async () => {
    const project = await projects.create(`pending ${kind}`, ['a', 'b']);
    await predicted(project.id, Array.from({ length: 5 }, (_, i) => ({ scores: { a: 0.5 + i / 20, b: 0.5 - i / 20 } })), 60);
    const repository = new ReviewRepository(dataSource);
    const filter = { projectId: project.id, modelId: 'm1', exclude: [] };
    expect(await repository.countPending(filter, 3)).toBe(3);
    expect(await repository.countPending(filter, 100)).toBe(5);
    expect(await review.queue({ projectId: project.id, modelId: 'm1', limit: 1, randomShare: 0, excludeIds: [] })).toMatchObject({ pending: 5, pendingMore: false });
  });

  it_('turns a correction into the image label (origin feedback), counts confirmations and corrections, and rejects bad feedback', async () => {
    const project = await projects.create(`feedback ${kind}`, ['a', 'b']);
    const [wrong, right] = await predicted(project.id, [{ scores: { a: 0.6, b: 0.4 } }, { scores: { a: 0.2, b: 0.8 } }], 40);
    const corrected = await review.feedback({ predictionId: wrong, correct: false, label: 'b', author: 'rita' });
    expect(corrected.image?.label).toBe('b');
    expect(corrected.previousLabel).toBe('');
    expect(corrected.prediction).toMatchObject({ reviewed: true, reviewCorrect: false });
    const history = await images.labelHistory(corrected.image?.id ?? '');
    expect(history).toEqual([expect.objectContaining({ label: 'b', origin: 'feedback', author: 'rita' })]);
    const confirmed = await review.feedback({ predictionId: right, correct: true, label: '', author: 'rita' });
    expect(confirmed.image?.label).toBe('b');
    expect(await dataSource.getRepository(FeedbackEntity).countBy({ projectId: project.id })).toBe(2);
    expect(await review.stats({ projectId: project.id, modelId: 'm1' })).toEqual({ reviewed: 2, correct: 1, pending: 0, pendingMore: false });
    // Both are labeled now: the labeled set training reads has them.
    expect((await images.labeled(project.id)).map((i) => i.label).sort()).toEqual(['b', 'b']);

    const bad = (request: { predictionId: string; correct: boolean; label: string }) => review.feedback({ ...request, author: '' }).then(() => 'ok', (e: Error) => e.message);
    expect(await bad({ predictionId: wrong, correct: false, label: '' })).toMatch(/label is required/);
    expect(await bad({ predictionId: wrong, correct: false, label: 'a' })).toMatch(/send correct: true/);
    expect(await bad({ predictionId: wrong, correct: true, label: 'b' })).toMatch(/contradicts/);
    expect(await bad({ predictionId: wrong, correct: false, label: 'zebra' })).toMatch(/not one of the project's labels/);
    expect(await bad({ predictionId: '00000000-0000-4000-8000-000000000000', correct: true, label: '' })).toMatch(/not found/);
    expect(await review.queue({ projectId: project.id, modelId: 'm1', limit: 500, excludeIds: [] }).then(() => 'ok', (e: Error) => e.message)).toMatch(/limit/);
  });

  it_('pages the history list by cursor under every kind of filter, each page continuing where the last ended', async () => {
    const project = await projects.create(`pages ${kind}`, ['a', 'b']);
    const ids = await predicted(project.id, Array.from({ length: 13 }, (_, i) => ({ scores: i % 3 === 0 ? { a: 0.3, b: 0.7 } : { a: 0.6 + i / 100, b: 0.4 - i / 100 } })), 80);
    for (const id of [ids[1], ids[2], ids[4], ids[5]]) {
      await review.feedback({ predictionId: id, correct: false, label: 'b', author: 'rita' });
    }
    const browse = new BrowseService(new BrowseRepository(dataSource), projects, historyServices(dataSource, join(scratch, `blobs-${kind}`)).blobs);
    const rows = await dataSource.getRepository(PredictionEntity).find({ where: { projectId: project.id }, order: { createdAt: 'DESC', id: 'DESC' } });
    const none = { projectId: project.id, label: '', predicted: '', modelVersion: 0, cameraId: '', from: '', to: '', reviewed: '', uncertain: '' };
    const cases: Array<[Record<string, unknown>, (p: PredictionEntity) => boolean]> = [
      [{}, () => true],
      [{ label: 'b' }, (p) => p.imageLabel === 'b'],
      [{ predicted: 'a', minConfidence: 0.65 }, (p) => p.label === 'a' && p.confidence >= 0.65],
      [{ modelVersion: 1, reviewed: 'false' }, (p) => !p.reviewed],
    ];
    for (const [extra, keep] of cases) {
      const seen: string[] = [];
      let cursor = '';
      do {
        const page = await browse.list({ filter: { ...none, ...extra }, limit: 2, cursor } as never);
        seen.push(...page.items.map((i) => i.prediction.id ?? ''));
        cursor = page.nextCursor;
      } while (cursor);
      expect({ extra, seen }).toEqual({ extra, seen: rows.filter(keep).map((p) => p.id) });
    }
  });

  it_("keeps each prediction's copy of its image's label in step with every write that labels the image", async () => {
    const project = await projects.create(`image label ${kind}`, ['a', 'b']);
    const browse = new BrowseService(new BrowseRepository(dataSource), projects, historyServices(dataSource, join(scratch, `blobs-${kind}`)).blobs);
    const imageLabels = async () =>
      Object.fromEntries(
        (await dataSource.getRepository(PredictionEntity).find({ where: { projectId: project.id }, order: { createdAt: 'ASC', id: 'ASC' } })).map((p) => [p.id, p.imageLabel]),
      );
    const [byUpload, byFeedback, untouched] = await predicted(project.id, [{ scores: { a: 0.6, b: 0.4 } }, { scores: { a: 0.3, b: 0.7 } }, { scores: { a: 0.55, b: 0.45 } }], 60);
    expect(Object.values(await imageLabels())).toEqual([null, null, null]);
    const image = async (predictionId: string) => (await dataSource.getRepository(PredictionEntity).findOneByOrFail({ id: predictionId })).imageId;
    // Set on the image, by feedback, and inherited by a later prediction of a labeled image (sent by id and by its bytes).
    await images.setLabel(await image(byUpload), 'b', 'review', 'rita');
    await review.feedback({ predictionId: byFeedback, correct: false, label: 'a', author: 'rita' });
    const [later] = await predictions.record([
      { projectId: project.id, imageId: await image(byUpload), content: Buffer.alloc(0), filename: '', source: '', modelId: 'm2', modelVersion: 2, label: 'a', confidence: 0.9, scores: { a: 0.9, b: 0.1 }, latencyMs: 1, uncertain: false },
    ]);
    const [again] = await predictions.record([
      { projectId: project.id, imageId: '', content: await png(61), filename: 'again.png', source: 'camera', modelId: 'm2', modelVersion: 2, label: 'a', confidence: 0.9, scores: { a: 0.9, b: 0.1 }, latencyMs: 1, uncertain: false },
    ]);
    expect(again.imageId).toBe(await image(byFeedback));
    expect(await imageLabels()).toEqual({ [byUpload]: 'b', [byFeedback]: 'a', [untouched]: null, [later.predictionId ?? '']: 'b', [again.predictionId ?? '']: 'a' });
    // A new label replaces the copy; the queue and the list's label filter read it.
    await images.setLabel(await image(byUpload), 'a', 'review', 'rita');
    expect((await imageLabels())[later.predictionId ?? '']).toBe('a');
    expect((await review.queue({ projectId: project.id, modelId: 'm1', limit: 10, randomShare: 0, excludeIds: [] })).items.map((i) => i.prediction?.id)).toEqual([untouched]);
    const filter = { projectId: project.id, label: 'a', predicted: '', modelVersion: 0, cameraId: '', from: '', to: '', reviewed: '', uncertain: '' };
    const listed = await browse.list({ filter, limit: 10, cursor: '' } as never);
    expect(listed.items.map((i) => i.prediction.id).sort()).toEqual([byUpload, byFeedback, later.predictionId, again.predictionId].sort());
    expect(listed.items.every((i) => i.image.label === 'a')).toBe(true);
    // The CSV export reads the same rows raw: every value as the entities have it, on both databases.
    const chunks: Buffer[] = [];
    for await (const chunk of await browse.export({ filter: { ...filter, predicted: 'a', modelVersion: 2 }, format: 'csv' } as never)) {
      chunks.push(chunk);
    }
    const [header, ...lines] = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n');
    expect(header).toBe('prediction_id,predicted_at,image_id,sha256,captured_at,camera_id,model_version,predicted,confidence,margin,uncertain,label,reviewed,review_correct,scores');
    const row = await dataSource.getRepository(PredictionEntity).findOneByOrFail({ id: again.predictionId ?? '' });
    const stored = await images.get(row.imageId);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      [row.id, row.createdAt.toISOString(), row.imageId, stored.sha256, stored.capturedAt, '', '2', 'a', '0.9', String(row.margin), 'false', 'a', 'false', '', '"{""a"":0.9,""b"":0.1}"'].join(','),
    );
  });
});

describe('randomSlots', () => {
  it('gives each slot to the sample with the share as probability', () => {
    expect(randomSlots(10, 0)).toBe(0);
    expect(randomSlots(10, 1)).toBe(10);
    const values = [0.05, 0.5, 0.09, 0.95];
    let i = 0;
    expect(randomSlots(4, 0.1, () => values[i++])).toBe(2);
  });
});
