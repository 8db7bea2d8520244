// npm run bench:soak [-- --minutes 10] [--users 100] [--rate 60] [--database sqlite|mysql|both] [--env NAME=VALUE ...]
// Needs a build first (`npx nx run-many -t build --projects=history,camera,training,inference,gateway`).
//
// Starts the system (on the embedded SQLite file, then on a fresh MariaDB/MySQL database at TEST_MYSQL_URL or
// 127.0.0.1:3306 when one answers), trains a small model on MNIST (drawn patterns when ../shared/datasets is absent),
// then runs N simulated users sending a mixed load at a fixed total rate for the given minutes:
//   40% predictions (a test image, multipart), 20% uploads (a unique image each), 30% history browsing (a page of
//   images, then one image), 10% label edits (of an image that user uploaded).
// It prints, per database: requests and 5xx per kind (target: no 5xx), p50/p95/p99 latency per kind, the RSS of
// every supervised process at the start and the end with its trend (least-squares slope after the first minute) and
// its lowest RSS in the second and in the last minute, the gateway's JS heap (from its /metrics), and the rows stored
// against the writes acknowledged (images, predictions, labels: they must be equal).
// --env passes a variable to every process started (an experiment: MALLOC_ARENA_MAX=2, NODE_OPTIONS=...).
// The load runs in this process over keep-alive connections; at 60 requests/s that is a small share of one core.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { dropMysqlDatabase, mysqlTestUrl } from '../../libs/persistence/src/lib/testing/mysql-test-url';
import { trainedProject } from '../../e2e/support/inference';
import { patternImage } from '../../e2e/support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from '../../e2e/support/system';
import { makeZip } from '../../e2e/support/zip';
import { haveDataset, readDataset } from './datasets';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const MINUTES = Number(arg('minutes', '10'));
const USERS = Number(arg('users', '100'));
const RATE = Number(arg('rate', '60'));
const DATABASE = arg('database', 'both');
const EXTRA_ENV = Object.fromEntries(
  process.argv.flatMap((value, i) => (process.argv[i - 1] === '--env' ? [[value.slice(0, value.indexOf('=')), value.slice(value.indexOf('=') + 1)]] : [])),
);
const SERVICES = ['gateway', 'history', 'camera', 'training', 'inference'];
const KINDS = ['predict', 'upload', 'browse', 'label'] as const;
type Kind = (typeof KINDS)[number];
const MIX: Array<[Kind, number]> = [
  ['predict', 0.4],
  ['upload', 0.2],
  ['browse', 0.3],
  ['label', 0.1],
];

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(values: number[], p: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** The gateway's own series in its Prometheus text (the inference service's follow with their own label). */
function gatewaySeries(text: string, name: string): number {
  const match = new RegExp(`^${name}\\{[^}]*service="gateway"[^}]*\\} (\\S+)$`, 'm').exec(text);
  return match ? Number(match[1]) / 1024 / 1024 : NaN;
}

/** The lowest value in [from, to) minutes. A leak lifts the floor; a heap's sawtooth does not, though a minute without a mark-compact has a high one. */
function lowest(points: Array<[number, number]>, from: number, to: number): number {
  return Math.min(...points.filter(([minute]) => minute >= from && minute < to).map(([, y]) => y));
}

/** Least-squares slope in MB per minute. */
function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) {
    return NaN;
  }
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** The same picture as other bytes: a PNG with one more tEXt chunk before IEND, so history stores it as a new image. */
function uniquePng(png: Buffer, tag: string): Buffer {
  const data = Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.from(tag, 'latin1')]);
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  const iend = png.length - 12;
  return Buffer.concat([png.subarray(0, iend), length, body, crc, png.subarray(iend)]);
}

interface Workload {
  projectId: string;
  labels: string[];
  predictImages: Buffer[];
  uploadImages: Buffer[];
}

async function prepare(api: Api): Promise<Workload> {
  if (haveDataset('mnist')) {
    const images = await readDataset('mnist');
    const train = images.filter((i) => i.split === 'train');
    const perLabel = new Map<string, number>();
    const chosen = train.filter((i) => {
      const n = perLabel.get(i.label) ?? 0;
      perLabel.set(i.label, n + 1);
      return n < 60;
    });
    const projectId = (await api.request('POST', '/projects', { name: 'soak' })).body.id as string;
    const zip = makeZip(chosen.map((i, n) => ({ name: `train/${i.label}/${n}.png`, content: i.data })));
    const imported = (await api.request('POST', `/projects/${projectId}/imports`, files({ name: 'mnist-subset.zip', content: zip, type: 'application/zip' }))).body;
    await waitFor('the import', async () => ((await api.request('GET', `/imports/${imported.id}`)).body.state === 'succeeded' ? true : undefined), 300_000, 500);
    const started = (await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs: 3 })).body;
    const job = await waitFor('training', async () => {
      const current = (await api.request('GET', `/training-jobs/${started.id}`)).body;
      return ['succeeded', 'failed', 'cancelled'].includes(current.state) ? current : undefined;
    }, 600_000, 1000);
    if (job.state !== 'succeeded') {
      throw new Error(`training ${job.state}: ${job.error}`);
    }
    const trained = new Set(chosen.map((i) => sha256(i.data)));
    const test = images.filter((i) => i.split === 'test' && !trained.has(sha256(i.data)));
    const labels = [...perLabel.keys()].sort();
    return { projectId, labels, predictImages: test.slice(0, 2000).map((i) => i.data), uploadImages: test.slice(2000, 4000).map((i) => i.data) };
  }
  console.log('../shared/datasets/mnist is absent: training on drawn patterns and sending those instead');
  const { projectId } = await trainedProject(api, 'soak', 3);
  const draw = (label: 'tl' | 'br', from: number) => Promise.all(Array.from({ length: 200 }, (_, i) => patternImage(label, from + i)));
  return { projectId, labels: ['br', 'tl'], predictImages: [...(await draw('tl', 5000)), ...(await draw('br', 5000))], uploadImages: [...(await draw('tl', 9000)), ...(await draw('br', 9000))] };
}

interface Outcome {
  kind: Kind;
  status: number;
  ms: number;
  /** For a 5xx or no answer: why. */
  reason?: string;
}

async function phase(database: 'sqlite' | 'mysql'): Promise<void> {
  let databaseUrl: string | undefined;
  if (database === 'mysql') {
    databaseUrl = await mysqlTestUrl();
    if (!databaseUrl) {
      console.log('\nMariaDB/MySQL: none answers at 127.0.0.1:3306 (set TEST_MYSQL_URL); phase skipped');
      return;
    }
  }
  // The scheduled "predict everything" job is pushed past the run, so every prediction row is one the load asked for.
  // A loaded machine may need minutes to start five processes (and run MariaDB migrations).
  const system: System = await startSystem({ ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), PREDICT_INTERVAL: '86400', LOG_LEVEL: 'warn', ...EXTRA_ENV }, 600_000);
  try {
    const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    const work = await prepare(api);
    const baseImages = (await api.request('GET', `/projects/${work.projectId}`)).body.imageCount as number;
    const extra = Object.entries(EXTRA_ENV).map(([name, value]) => ` ${name}=${value}`).join('');
    console.log(`\n== ${database === 'sqlite' ? 'SQLite (embedded default)' : 'MariaDB'}: ${USERS} users, ${RATE} requests/s, ${MINUTES} min${extra}; load average before: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);

    const outcomes: Outcome[] = [];
    const predicted = new Set<string>();
    let acknowledgedPredictions = 0;
    let acknowledgedUploads = 0;
    let acknowledgedLabels = 0;
    const lastLabel = new Map<string, string>();
    let uploadCounter = 0;
    let pick = 0;

    const rss: Record<string, Array<[number, number]>> = Object.fromEntries(SERVICES.map((s) => [s, []]));
    const started = Date.now();
    const heap = { total: [] as Array<[number, number]>, used: [] as Array<[number, number]>, external: [] as Array<[number, number]> };
    const sampleRss = async () => {
      const minute = (Date.now() - started) / 60_000;
      for (const service of SERVICES) {
        rss[service].push([minute, rssMb(system.childPid(service))]);
      }
      const metrics = await api.request('GET', '/metrics').catch(() => undefined);
      if (metrics?.status === 200) {
        const text = String(metrics.body);
        heap.total.push([minute, gatewaySeries(text, 'nodejs_heap_size_total_bytes')]);
        heap.used.push([minute, gatewaySeries(text, 'nodejs_heap_size_used_bytes')]);
        heap.external.push([minute, gatewaySeries(text, 'nodejs_external_memory_bytes')]);
      }
    };
    await sampleRss();
    const sampler = setInterval(() => void sampleRss(), 10_000);

    const until = started + MINUTES * 60_000;
    const userGap = (1000 * USERS) / RATE;
    const user = async (index: number) => {
      const mine: string[] = [];
      await sleep((index * userGap) / USERS);
      let next = Date.now();
      while (Date.now() < until) {
        const draw = ((pick++ * 0.6180339887) % 1 + index * 0.01) % 1;
        let kind: Kind = 'browse';
        let acc = 0;
        for (const [k, share] of MIX) {
          acc += share;
          if (draw < acc) {
            kind = k;
            break;
          }
        }
        if (kind === 'label' && mine.length === 0) {
          kind = 'upload';
        }
        const t0 = performance.now();
        let status = 0;
        let reason: string | undefined;
        const note = <T extends { status: number; body: unknown }>(reply: T): T => {
          if (reply.status >= 500) {
            reason = String((reply.body as { message?: string } | undefined)?.message ?? reply.body).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '<id>').replace(/(Deadline exceeded).*/, '$1').slice(0, 140);
          }
          return reply;
        };
        try {
          if (kind === 'predict') {
            const image = work.predictImages[pick % work.predictImages.length];
            const reply = note(await api.request('POST', `/projects/${work.projectId}/predict`, files({ name: 'p.png', content: image, type: 'image/png' })));
            status = reply.status;
            if (status === 200) {
              acknowledgedPredictions++;
              predicted.add(sha256(image));
            }
          } else if (kind === 'upload') {
            const image = uniquePng(work.uploadImages[uploadCounter % work.uploadImages.length], `soak-${database}-${uploadCounter++}`);
            const reply = note(await api.request('POST', `/projects/${work.projectId}/images`, files({ name: 'u.png', content: image, type: 'image/png' })));
            status = reply.status;
            if (status === 201 && reply.body[0].duplicate === false) {
              acknowledgedUploads++;
              mine.push(reply.body[0].id);
            }
          } else if (kind === 'browse') {
            const page = note(await api.request('GET', `/projects/${work.projectId}/images?pageSize=50&page=${1 + (pick % 5)}`));
            status = page.status;
            const first = page.body?.items?.[0];
            if (status === 200 && first) {
              status = note(await api.request('GET', `/images/${first.id}`)).status;
            }
          } else {
            const id = mine[pick % mine.length];
            const label = work.labels[pick % work.labels.length];
            const reply = note(await api.request('PUT', `/images/${id}/label`, { label }));
            status = reply.status;
            if (status === 200) {
              acknowledgedLabels++;
              lastLabel.set(id, label);
            }
          }
        } catch (error) {
          status = 0; // no answer at all
          reason = `no answer: ${String((error as Error).cause ?? (error as Error).message).slice(0, 120)}`;
        }
        outcomes.push({ kind, status, ms: performance.now() - t0, reason });
        next += userGap;
        await sleep(Math.max(0, next - Date.now()));
      }
    };
    await Promise.all(Array.from({ length: USERS }, (_, i) => user(i)));
    clearInterval(sampler);
    await sampleRss();
    const seconds = (Date.now() - started) / 1000;

    console.log(`${outcomes.length} requests in ${seconds.toFixed(0)} s (${(outcomes.length / seconds).toFixed(1)}/s); load average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    console.log('kind      requests   5xx  other non-2xx      p50 ms   p95 ms   p99 ms');
    for (const kind of KINDS) {
      const mine = outcomes.filter((o) => o.kind === kind);
      const five = mine.filter((o) => o.status >= 500 || o.status === 0).length;
      const other = mine.filter((o) => o.status >= 300 && o.status < 500).length;
      const ms = mine.map((o) => o.ms);
      console.log(
        `${kind.padEnd(9)} ${String(mine.length).padStart(8)} ${String(five).padStart(5)} ${String(other).padStart(14)} ${percentile(ms, 50).toFixed(0).padStart(11)} ${percentile(ms, 95).toFixed(0).padStart(8)} ${percentile(ms, 99).toFixed(0).padStart(8)}`,
      );
    }
    const total5xx = outcomes.filter((o) => o.status >= 500 || o.status === 0).length;
    const statuses = [...new Set(outcomes.map((o) => o.status))].sort().map((s) => `${s}×${outcomes.filter((o) => o.status === s).length}`);
    console.log(`5xx (or no answer): ${total5xx} (target 0); statuses: ${statuses.join(' ')}`);
    const reasons = new Map<string, number>();
    for (const o of outcomes.filter((x) => x.reason)) {
      const key = `${o.kind} ${o.status}: ${o.reason}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`  ${count}× ${reason}`);
    }

    const last = (Date.now() - started) / 60_000;
    console.log('process     RSS start MB  RSS end MB  max MB  trend after 1st min (MB/min)  lowest in 2nd min → in last min (MB)');
    for (const service of SERVICES) {
      const points = rss[service];
      const settled = points.filter(([minute]) => minute >= 1);
      console.log(
        `${service.padEnd(11)} ${points[0][1].toFixed(0).padStart(12)} ${points[points.length - 1][1].toFixed(0).padStart(11)} ${Math.max(...points.map(([, y]) => y)).toFixed(0).padStart(7)} ${slope(settled).toFixed(2).padStart(10)} ${lowest(points, 1, 2).toFixed(0).padStart(26)} → ${lowest(points, last - 1, Infinity).toFixed(0)}`,
      );
    }
    const range = (points: Array<[number, number]>) => `${lowest(points, 1, Infinity).toFixed(0)}–${Math.max(...points.filter(([m]) => m >= 1).map(([, y]) => y)).toFixed(0)}`;
    console.log(
      `gateway JS heap after the 1st min, MB (its /metrics every 10 s): total ${range(heap.total)}, used ${range(heap.used)} (lowest in 2nd min ${lowest(heap.used, 1, 2).toFixed(0)} → in last min ${lowest(heap.used, last - 1, Infinity).toFixed(0)}), external ${range(heap.external)}`,
    );

    // Rows against acknowledged writes.
    const imageCount = (await api.request('GET', `/projects/${work.projectId}`)).body.imageCount as number;
    const expectedImages = baseImages + acknowledgedUploads + predicted.size;
    let predictionRows = 0;
    let cursor = '';
    for (;;) {
      const page = await api.request('GET', `/projects/${work.projectId}/predictions?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      predictionRows += page.body.items.length;
      if (!page.body.nextCursor) {
        break;
      }
      cursor = page.body.nextCursor;
    }
    let labelsRight = 0;
    for (const [id, label] of lastLabel) {
      if ((await api.request('GET', `/images/${id}`)).body.label === label) {
        labelsRight++;
      }
    }
    // A write answered 5xx (or not at all) may still have been done: past the gateway's deadline the service goes on.
    // Stored rows must equal the acknowledged writes, or exceed them by at most those unknown outcomes; fewer is a loss.
    const unknown = (kind: Kind) => outcomes.filter((o) => o.kind === kind && (o.status >= 500 || o.status === 0)).length;
    const verdict = (stored: number, acknowledged: number, unknownWrites: number) =>
      stored === acknowledged
        ? 'equal'
        : stored < acknowledged
          ? `LOST ${acknowledged - stored}`
          : stored - acknowledged <= unknownWrites
            ? `+${stored - acknowledged}, within the ${unknownWrites} writes answered 5xx or not at all (done after the client gave up)`
            : `MISMATCH: +${stored - acknowledged}, more than the ${unknownWrites} writes answered 5xx or not at all`;
    console.log(`images:      ${imageCount} stored = ${baseImages} before + ${acknowledgedUploads} uploads acknowledged + ${predicted.size} distinct predicted images → ${verdict(imageCount, expectedImages, unknown('upload') + unknown('predict'))}`);
    console.log(`predictions: ${predictionRows} stored, ${acknowledgedPredictions} acknowledged → ${verdict(predictionRows, acknowledgedPredictions, unknown('predict'))}`);
    console.log(`labels:      ${acknowledgedLabels} edits acknowledged on ${lastLabel.size} images; ${labelsRight} carry the last acknowledged label → ${labelsRight === lastLabel.size ? 'equal' : `MISMATCH (${lastLabel.size - labelsRight} differ)`}`);
  } finally {
    await system.stop();
    if (databaseUrl) {
      await dropMysqlDatabase(databaseUrl);
    }
  }
}

async function main(): Promise<void> {
  const phases: Array<'sqlite' | 'mysql'> = DATABASE === 'both' ? ['sqlite', 'mysql'] : [DATABASE as 'sqlite' | 'mysql'];
  for (const database of phases) {
    await phase(database);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
