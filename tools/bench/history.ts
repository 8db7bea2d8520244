// npm run bench:history [-- --predictions 1000000] [--db sqlite,mysql] [--samples 200] [--explain] [--mysql-database sightline_bench_history] [--reuse]
//
// Fills a fresh history database with N predictions (default 1,000,000) on N/5 images (five model versions
// each predicted every image), then measures the queries of the human loop at that size:
//   - the history list (GET /projects/:id/predictions, one page of 50) with two filters:
//     predicted label + confidence range, and image label + time range (target p95 ≤ 50 ms);
//   - the next review item (GET /projects/:id/review-queue?limit=1; target p95 ≤ 50 ms);
//   - a CSV export of the newest 100,000 predictions, streamed (target ≤ 10 s, memory flat).
// Baselines in the same run and on the same connection: the unfiltered list (for the lists), one prediction read
// by its primary key (the floor of any query), and the same export of 10,000 rows (time ×10, the same RSS growth).
//
// Everything runs in this process: history's own service classes (ProjectsService, PredictionsService,
// ImagesService, ReviewService, BrowseService) on a real TypeORM DataSource with history's migrations, exactly as
// the gRPC controllers call them, without the gRPC hop and the gateway. Images are recorded the way a camera
// capture with a prediction is (PredictionsService.record with the bytes: decoded and stored in a real
// blob folder, rows in one transaction per batch); each image is a distinct 8×8 PNG. The blob folder is on
// /dev/shm when there is one (--blobs <dir> for another), since the bench is about rows and indexes.
// SQLite goes to tmp/bench/history/history.db, MariaDB/MySQL to the database sightline_bench_history (--mysql-database)
// (dropped and created again; BENCH_MYSQL_URL, default mysql://root@127.0.0.1:3306; skipped when unreachable).
// --reuse keeps a database an earlier run filled with the same --predictions (it is migrated, not refilled), to
// measure a change of index or query, or a database setting, without the fill (a database of another size is an error).
// For MariaDB/MySQL the run prints innodb_buffer_pool_size beside the table's size: the export reads whole rows.
import 'reflect-metadata';
import { loadConfig } from '@sightline/config';
import { HISTORY_SCHEMA, ImageEntity, openDatabase, PredictionEntity, ProjectEntity } from '@sightline/persistence';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { BrowseRepository } from '../../apps/history/src/app/browse/browse.repository';
import { BrowseService } from '../../apps/history/src/app/browse/browse.service';
import { ReviewRepository } from '../../apps/history/src/app/review/review.repository';
import { ReviewService } from '../../apps/history/src/app/review/review.service';
import { historyServices } from '../../apps/history/src/app/testing/history-services';
import { seededRandom } from '../../e2e/support/random';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const PREDICTIONS = Number(arg('predictions', '1000000'));
const MODELS = 5;
const IMAGES = Math.max(1, Math.floor(PREDICTIONS / MODELS));
const SAMPLES = Number(arg('samples', '200'));
const DATABASES = arg('db', 'sqlite,mysql').split(',');
const EXPLAIN = process.argv.includes('--explain');
const REUSE = process.argv.includes('--reuse');
const PROJECT_NAME = 'bench history';
const MYSQL_DATABASE = arg('mysql-database', 'sightline_bench_history');
const EXPORT_ROWS = Math.min(100_000, PREDICTIONS);
const LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Share of images a person labeled, and of production's predictions reviewed. */
const LABELED_SHARE = 0.1;
const REVIEWED = Math.min(5000, Math.floor(IMAGES * 0.02));
const BATCH = 500;
const ROOT = join(__dirname, '..', '..');

if (!Number.isInteger(PREDICTIONS) || PREDICTIONS < MODELS * 100) {
  console.error(`--predictions must be a whole number ≥ ${MODELS * 100}`);
  process.exit(2);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Ten class scores summing to 1 with a winner; about one in five below 0.5 (uncertain at the project's threshold). */
function scores(random: () => number): Record<string, number> {
  const winner = Math.floor(random() * LABELS.length);
  const raw = LABELS.map((_, i) => (i === winner ? 1 + random() * 12 : random()));
  const sum = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(LABELS.map((l, i) => [l, raw[i] / sum]));
}

function best(s: Record<string, number>): { label: string; confidence: number } {
  let label = LABELS[0];
  for (const l of LABELS) {
    if (s[l] > s[label]) {
      label = l;
    }
  }
  return { label, confidence: s[label] };
}

/** A distinct 8×8 greyscale PNG per index. */
function png(index: number): Promise<Buffer> {
  const pixels = Buffer.alloc(64, 128);
  pixels.writeUInt32LE(index >>> 0, 0);
  pixels.writeUInt32LE(Math.imul(index, 2654435761) >>> 0, 32);
  return sharp(pixels, { raw: { width: 8, height: 8, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
}

/** Runs fn(0 … n-1), eight at a time (as several reviewers would). */
async function parallel(n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < n; i = next++) {
        await fn(i);
      }
    }),
  );
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, result];
}

async function sample(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(10, n); i++) {
    await fn(i); // warm the caches and the statement cache
  }
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    times.push((await timed(() => fn(i)))[0]);
  }
  return times;
}

async function mysqlUrl(): Promise<string | undefined> {
  const base = process.env['BENCH_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306';
  const admin = new DataSource({ type: 'mysql', url: `${base}/`, connectTimeout: 3000 });
  try {
    await admin.initialize();
  } catch (error) {
    console.log(`MariaDB/MySQL: skipped, nothing answers at ${base} (${(error as Error).message}); set BENCH_MYSQL_URL`);
    return undefined;
  }
  if (!REUSE) {
    await admin.query(`DROP DATABASE IF EXISTS \`${MYSQL_DATABASE}\``);
  }
  await admin.destroy();
  return `${base}/${MYSQL_DATABASE}`;
}

interface Row {
  name: string;
  p50: number;
  p95: number;
  target?: string;
  baseline?: { name: string; p50: number; p95: number };
}

async function run(kind: string, url: string): Promise<void> {
  console.log(`\n== ${kind}: ${PREDICTIONS.toLocaleString('en')} predictions on ${IMAGES.toLocaleString('en')} images`);
  const blobRoot = arg('blobs', existsSync('/dev/shm') ? join('/dev/shm', `sightline-bench-history-${process.pid}`) : join(tmpdir(), `sightline-bench-history-${process.pid}`));
  rmSync(blobRoot, { recursive: true, force: true });
  const dataSource = await openDatabase({ url, schema: HISTORY_SCHEMA });
  try {
    const services = historyServices(dataSource, blobRoot);
    const config = loadConfig({});
    const { projects, images, predictions } = services;
    const review = new ReviewService(new ReviewRepository(dataSource), config);
    const browse = new BrowseService(new BrowseRepository(dataSource), projects, services.blobs);
    /** Fills the database; answers the new project. */
    async function fill(): Promise<{ id: string }> {
      const project = await projects.create(PROJECT_NAME, LABELS);
      const random = seededRandom(7);
      // 1. Images, each with the first model's prediction, as a camera capture with predict-on-capture records them.
      const fillStart = Date.now();
      const imageIds: string[] = [];
      let t = Date.now();
      const pngs = (from: number) => Promise.all(Array.from({ length: Math.min(BATCH, IMAGES - from) }, (_, i) => png(from + i)));
      let upcoming = pngs(0);
      for (let from = 0; from < IMAGES; from += BATCH) {
        const contents = await upcoming;
        // The next batch's PNGs are made while this one is recorded.
        upcoming = from + BATCH < IMAGES ? pngs(from + BATCH) : Promise.resolve([]);
        const results = await predictions.record(
          contents.map((content) => {
            const s = scores(random);
            const { label, confidence } = best(s);
            return { projectId: project.id, imageId: '', content, filename: 'frame.png', source: 'camera', modelId: 'model-1', modelVersion: 1, label, confidence, scores: s, uncertain: confidence < 0.5, latencyMs: 2 };
          }),
        );
        for (const r of results) {
          if (r.error) {
            throw new Error(`record failed: ${r.errorCode} ${r.error}`);
          }
          imageIds.push(r.imageId ?? '');
        }
        if (Date.now() - t > 10_000) {
          t = Date.now();
          console.log(`  images: ${imageIds.length.toLocaleString('en')} / ${IMAGES.toLocaleString('en')} (${((Date.now() - fillStart) / 1000).toFixed(0)} s)`);
        }
      }
      const imagesSeconds = (Date.now() - fillStart) / 1000;
      console.log(`  ${IMAGES.toLocaleString('en')} images with their first prediction in ${imagesSeconds.toFixed(0)} s (PredictionsService.record with the bytes, ${BATCH} per call)`);

      // 2. Four later model versions predict every stored image (the scheduled job's write: image ids, no bytes).
      const predStart = Date.now();
      let written = IMAGES;
      for (let version = 2; version <= MODELS; version++) {
        for (let from = 0; from < IMAGES; from += BATCH) {
          const ids = imageIds.slice(from, from + BATCH);
          await predictions.record(
            ids.map((imageId) => {
              const s = scores(random);
              const { label, confidence } = best(s);
              return { projectId: project.id, imageId, content: Buffer.alloc(0), filename: '', source: '', modelId: `model-${version}`, modelVersion: version, label, confidence, scores: s, uncertain: confidence < 0.5, latencyMs: 2 };
            }),
          );
          written += ids.length;
          if (Date.now() - t > 10_000) {
            t = Date.now();
            console.log(`  predictions: ${written.toLocaleString('en')} / ${PREDICTIONS.toLocaleString('en')} (${((Date.now() - fillStart) / 1000).toFixed(0)} s)`);
          }
        }
      }
      const predSeconds = (Date.now() - predStart) / 1000;
      console.log(`  ${(written - IMAGES).toLocaleString('en')} more predictions in ${predSeconds.toFixed(0)} s (PredictionsService.record by image id, ${BATCH} per call)`);

      // 3. People labeled a share of the images and reviewed some of production's (model 5) predictions.
      const labelStart = Date.now();
      const labeled = Math.floor(IMAGES * LABELED_SHARE);
      await parallel(labeled, (i) => images.setLabel(imageIds[Math.floor((i / labeled) * IMAGES)], LABELS[i % LABELS.length], 'review', 'bench'));
      let reviewed = 0;
      const prod = dataSource.getRepository(PredictionEntity);
      const candidates = await prod.find({ select: { id: true, label: true }, where: { projectId: project.id, modelId: `model-${MODELS}`, reviewed: false }, take: REVIEWED * 3 });
      // Predictions of images labeled above are refused (the image has its label); count the ones that went in.
      await parallel(Math.min(candidates.length, REVIEWED), async (i) => {
        const c = candidates[i];
        const correct = i % 5 !== 0;
        await review
          .feedback({ predictionId: c.id, correct, label: correct ? '' : (LABELS.find((l) => l !== c.label) ?? ''), author: 'bench' })
          .then(() => reviewed++)
          .catch(() => undefined);
      });
      console.log(`  ${labeled.toLocaleString('en')} labels (ImagesService.setLabel) and ${reviewed.toLocaleString('en')} reviews (ReviewService.feedback) in ${((Date.now() - labelStart) / 1000).toFixed(0)} s`);
      console.log(`  fill: ${((Date.now() - fillStart) / 1000).toFixed(0)} s in all; ${(await prod.countBy({ projectId: project.id })).toLocaleString('en')} prediction rows, ${(await dataSource.getRepository(ImageEntity).countBy({ projectId: project.id })).toLocaleString('en')} image rows`);
      if (kind === 'SQLite') {
        await dataSource.query('ANALYZE');
      } else {
        await dataSource.query('ANALYZE TABLE prediction, image');
      }
      return project;
    }
    const prod = dataSource.getRepository(PredictionEntity);
    const kept = REUSE ? await dataSource.getRepository(ProjectEntity).findOneBy({ name: PROJECT_NAME }) : null;
    const keptCount = kept ? await prod.countBy({ projectId: kept.id }) : 0;
    if (kept && keptCount !== PREDICTIONS) {
      throw new Error(`--reuse: the ${kind} database holds ${keptCount} predictions of an earlier run, not ${PREDICTIONS}: run without --reuse`);
    }
    const project = kept ?? (await fill());
    if (kept) {
      console.log(`  --reuse: the ${PREDICTIONS.toLocaleString('en')} predictions of an earlier run, not filled again`);
    }
    if (kind !== 'SQLite') {
      const [settings] = (await dataSource.query(
        "SELECT @@innodb_buffer_pool_size AS pool, (SELECT data_length + index_length FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'prediction') AS size",
      )) as Array<{ pool: string; size: string }>;
      console.log(`  innodb_buffer_pool_size ${mb(Number(settings.pool))}; the prediction table with its indexes ${mb(Number(settings.size))}`);
    }


    // The time span of the data, for time-range filters.
    const span = (await prod.createQueryBuilder('p').select('MIN(p.createdAt)', 'min').addSelect('MAX(p.createdAt)', 'max').where('p.projectId = :id', { id: project.id }).getRawOne()) as {
      min: string | Date;
      max: string | Date;
    };
    const first = new Date(span.min).getTime();
    const last = new Date(span.max).getTime() + 1;
    const q = seededRandom(11);
    const pick = () => LABELS[Math.floor(q() * LABELS.length)];
    const rows: Row[] = [];
    const pk = await prod.findOneOrFail({ where: { projectId: project.id }, select: { id: true } });
    const floorTimes = await sample(SAMPLES, () => prod.findOneBy({ id: pk.id }));
    const floor = { name: 'one prediction by primary key', p50: percentile(floorTimes, 50), p95: percentile(floorTimes, 95) };
    const listFilter = (f: Record<string, unknown>) => ({ filter: { projectId: project.id, label: '', predicted: '', modelVersion: 0, cameraId: '', from: '', to: '', reviewed: '', uncertain: '', ...f }, limit: 50, cursor: '' });
    const unfilteredTimes = await sample(SAMPLES, () => browse.list(listFilter({}) as never));
    const unfiltered = { name: 'the unfiltered list', p50: percentile(unfilteredTimes, 50), p95: percentile(unfilteredTimes, 95) };
    rows.push({ ...unfiltered, name: 'list, no filter (page of 50)', baseline: floor });

    const byConfidence = () => {
      const min = Math.round(q() * 80) / 100;
      return listFilter({ predicted: pick(), minConfidence: min, maxConfidence: min + 0.1 });
    };
    const byLabelTime = () => {
      const width = (last - first) * 0.1;
      const from = first + q() * (last - first - width);
      return listFilter({ label: pick(), from: new Date(from).toISOString(), to: new Date(from + width).toISOString() });
    };
    let empty = 0;
    const confTimes = await sample(SAMPLES, async () => {
      const page = await browse.list(byConfidence() as never);
      empty += page.items.length === 0 ? 1 : 0;
    });
    rows.push({ name: 'list, predicted label + confidence range of 0.1', p50: percentile(confTimes, 50), p95: percentile(confTimes, 95), target: '≤ 50', baseline: unfiltered });
    const timeTimes = await sample(SAMPLES, async () => {
      const page = await browse.list(byLabelTime() as never);
      empty += page.items.length === 0 ? 1 : 0;
    });
    rows.push({ name: 'list, image label + 10% time window', p50: percentile(timeTimes, 50), p95: percentile(timeTimes, 95), target: '≤ 50', baseline: unfiltered });
    const reviewTimes = await sample(SAMPLES, () => review.queue({ projectId: project.id, modelId: `model-${MODELS}`, limit: 1, randomShare: config.reviewRandomShare, excludeIds: [] }));
    rows.push({ name: `next review item (limit 1, random share ${config.reviewRandomShare})`, p50: percentile(reviewTimes, 50), p95: percentile(reviewTimes, 95), target: '≤ 50', baseline: floor });

    console.log(`\n  query (${SAMPLES} runs each, after 10 warm-up runs)        p50        p95   target    baseline p95 (ratio)`);
    for (const r of rows) {
      const ratio = r.baseline ? `${ms(r.baseline.p95)} ${r.baseline.name} (×${(r.p95 / r.baseline.p95).toFixed(1)})` : '';
      const verdict = r.target ? (r.p95 <= 50 ? `${r.target} ok ` : `${r.target} MISSED`) : '';
      console.log(`  ${r.name.padEnd(55)} ${ms(r.p50).padStart(9)} ${ms(r.p95).padStart(10)}   ${verdict.padEnd(10)} ${ratio}`);
    }
    if (empty > 0) {
      console.log(`  (${empty} of the filtered pages were empty)`);
    }

    // CSV export of the newest EXPORT_ROWS predictions, and of a tenth of them as the baseline.
    const exportOf = async (rowsWanted: number) => {
      const nth = await prod.find({ select: { id: true, createdAt: true }, where: { projectId: project.id }, order: { createdAt: 'DESC', id: 'DESC' }, skip: rowsWanted - 1, take: 1 });
      const from = nth[0].createdAt.toISOString();
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const probe = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const start = Date.now();
      let bytes = 0;
      let lines = 0;
      const chunks = await browse.export({ filter: listFilter({ from }).filter, format: 'csv' } as never);
      for await (const chunk of chunks) {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
          lines++;
        }
        peak = Math.max(peak, process.memoryUsage().rss);
      }
      clearInterval(probe);
      return { seconds: (Date.now() - start) / 1000, rows: lines - 1, bytes, growth: peak - before };
    };
    const small = await exportOf(Math.max(1, Math.floor(EXPORT_ROWS / 10)));
    const big = await exportOf(EXPORT_ROWS);
    console.log(`\n  CSV export (streamed, consumed as it comes)   rows       wall    MB/s   peak RSS growth`);
    console.log(`  baseline: the newest ${small.rows.toLocaleString('en').padEnd(22)} ${String(small.rows).padStart(7)} ${(small.seconds.toFixed(2) + ' s').padStart(9)} ${(small.bytes / 1048576 / small.seconds).toFixed(1).padStart(7)}   ${mb(small.growth)}`);
    console.log(
      `  the newest ${big.rows.toLocaleString('en').padEnd(32)} ${String(big.rows).padStart(7)} ${(big.seconds.toFixed(2) + ' s').padStart(9)} ${(big.bytes / 1048576 / big.seconds).toFixed(1).padStart(7)}   ${mb(big.growth)}   target ≤ 10 s: ${big.seconds <= 10 ? 'ok' : 'MISSED'}; ×${(big.seconds / small.seconds).toFixed(1)} the time and ${mb(big.growth - small.growth)} more memory for ×${(big.rows / small.rows).toFixed(0)} the rows`,
    );

    if (EXPLAIN) {
      await explain(kind, dataSource, project.id, last, first);
    }
  } finally {
    await dataSource.destroy();
    rmSync(blobRoot, { recursive: true, force: true });
  }
}

/** The plans of the two filtered list queries and the review queue, as the database sees them. */
async function explain(kind: string, dataSource: DataSource, projectId: string, last: number, first: number): Promise<void> {
  const repo = new BrowseRepository(dataSource);
  const from = new Date(first + (last - first) * 0.45);
  const to = new Date(first + (last - first) * 0.55);
  const queries: Array<[string, string, unknown[]]> = [
    ['predicted label + confidence', ...repo.pageQuery({ projectId, predicted: '3', minConfidence: 0.4, maxConfidence: 0.5 }, undefined, 51)],
    ['image label + time', ...repo.pageQuery({ projectId, label: '3', from, to }, undefined, 51)],
    ['the next page of an export', ...repo.pageQuery({ projectId, from }, { createdAt: to, id: 'f' }, 1000, true)],
  ];
  for (const [name, sql, params] of queries) {
    const plan = await dataSource.query(`${kind === 'SQLite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`, params);
    console.log(`\n  plan of ${name}:`);
    for (const line of plan as Array<Record<string, unknown>>) {
      console.log(`    ${kind === 'SQLite' ? String(line['detail']) : JSON.stringify(line)}`);
    }
  }
}

async function main(): Promise<void> {
  const load = loadavg();
  console.log(`bench:history — ${new Date().toISOString()}, load average ${load.map((l) => l.toFixed(2)).join(' ')} on this machine before the run`);
  console.log('History service classes called in-process on a real DataSource (no gRPC hop, no gateway).');
  for (const db of DATABASES) {
    if (db === 'sqlite') {
      const dir = join(ROOT, 'tmp', 'bench', 'history');
      if (!REUSE) {
        rmSync(dir, { recursive: true, force: true });
      }
      mkdirSync(dir, { recursive: true });
      await run('SQLite', `sqlite:${join(dir, 'history.db')}`);
    } else if (db === 'mysql') {
      const url = await mysqlUrl();
      if (url) {
        await run('MariaDB', url);
      }
    } else {
      console.error(`--db takes sqlite and/or mysql, not "${db}"`);
      process.exit(2);
    }
  }
  console.log(`\nload average after the run: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
