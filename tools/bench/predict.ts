// `npm run bench:predict`: how fast prediction is, measured on this machine against the real processes.
// Needs a build first (`npx nx run-many -t build`). Prints, for the default MNIST model and the 64×64
// vehicles model (trained on a sample of `../shared/datasets`, served test images it never saw): the
// in-process limit, REST and gRPC end to end with batching on and off at several concurrencies (load
// from a separate process), p99 at a fixed 60 requests/s, the ratios and the RSS. Without the shared
// data sets it says so and measures synthetic images of the same sizes instead.
import { initBackend, loadModel, preprocessBatch, toInputTensor, type ImageSpec } from '@sightline/ml';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ADMIN_PASSWORD, Api, files, freePort, ROOT, startSystem, System, waitFor } from '../../e2e/support/system';
import { makeZip } from '../../e2e/support/zip';
import { DATASETS, haveDataset, readDataset } from './datasets';
import { load, type LoadResult } from './load';
import { timePredict } from './predict-loop';

const CONCURRENCY = [1, 8, 32, 64];
const WARMUP_MS = 1500;
const DURATION_MS = 4000;
const POOL = 256;

/** A model to serve: the images it is trained on and the pool the load sends (never among the training images). */
interface ModelCase {
  name: string;
  train: Array<{ label: string; data: Buffer }>;
  pool: Buffer[];
}

/** Training images per class: enough for a real model of the default architecture, quick to train. */
const TRAIN_PER_CLASS = 150;

/** A shared data set: TRAIN_PER_CLASS images of each class from train/, the load's pool from test/. */
async function fromDataset(name: string, title: string): Promise<ModelCase> {
  const images = await readDataset(name);
  const perLabel = new Map<string, number>();
  const train = images.filter((image) => {
    const n = perLabel.get(image.label) ?? 0;
    if (image.split !== 'train' || n >= TRAIN_PER_CLASS) {
      return false;
    }
    perLabel.set(image.label, n + 1);
    return true;
  });
  const test = images.filter((image) => image.split === 'test');
  const pool = Array.from({ length: POOL }, (_, i) => test[Math.floor((i * test.length) / POOL)].data);
  return { name: `${title} (${name}: ${train.length} training images, ${POOL} served images drawn from its ${test.length} test images)`, train, pool };
}

function noise(seed: number, i: number): number {
  return ((i * 2654435761 + seed * 40503) >>> 0) % 48;
}

/** 28×28 greyscale digits drawn with librsvg at jittered positions and sizes: MNIST's shape and class count. */
async function digit(label: number, seed: number): Promise<Buffer> {
  const dx = (seed * 7) % 7;
  const dy = (seed * 5) % 5;
  const size = 18 + (seed % 6);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="28" height="28"><rect width="28" height="28" fill="black"/><text x="${5 + dx}" y="${21 + dy - 2}" font-size="${size}" font-family="sans-serif" font-weight="bold" fill="white">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).greyscale().png().toBuffer();
}

/** 64×64 RGB scenes of four shape classes on noise: the input size and depth of the vehicles model. */
async function scene(label: number, seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(64 * 64 * 3);
  for (let i = 0; i < raw.length; i++) {
    raw[i] = 40 + noise(seed, i);
  }
  const x = 8 + (seed % 20);
  const y = 8 + ((seed * 3) % 20);
  const shapes = [
    `<rect x="${x}" y="${y}" width="30" height="18" fill="rgb(200,40,40)"/>`,
    `<rect x="${x}" y="${y}" width="18" height="30" fill="rgb(40,160,40)"/>`,
    `<circle cx="${x + 14}" cy="${y + 14}" r="13" fill="rgb(40,60,200)"/>`,
    `<polygon points="${x},${y + 28} ${x + 14},${y} ${x + 28},${y + 28}" fill="rgb(220,200,40)"/>`,
  ];
  const overlay = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">${shapes[label]}</svg>`);
  return sharp(raw, { raw: { width: 64, height: 64, channels: 3 } }).composite([{ input: overlay }]).png().toBuffer();
}

/** Drawn stand-ins of the same sizes, for a machine without the shared data sets. */
async function synthetic(title: string, classes: number, draw: (label: number, seed: number) => Promise<Buffer>): Promise<ModelCase> {
  const train = [];
  for (let label = 0; label < classes; label++) {
    for (let i = 0; i < 40; i++) {
      train.push({ label: String(label), data: await draw(label, i) });
    }
  }
  const pool = await Promise.all(Array.from({ length: POOL }, (_, i) => draw(i % classes, 1000 + i)));
  return { name: `${title} (synthetic stand-in: ${DATASETS} not found)`, train, pool };
}

async function cases(): Promise<ModelCase[]> {
  return [
    haveDataset('mnist') ? await fromDataset('mnist', 'MNIST 28×28×1, 10 classes') : await synthetic('MNIST-sized 28×28×1, 10 classes', 10, digit),
    haveDataset('vehicles') ? await fromDataset('vehicles', 'vehicles 64×64×3, 2 classes') : await synthetic('vehicles-sized 64×64×3, 4 classes', 4, scene),
  ];
}

function counter(text: string, name: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

function fmt(n: number, digits = 0): string {
  return n.toFixed(digits).padStart(8);
}

async function trained(api: Api, model: ModelCase): Promise<{ projectId: string; modelId: string }> {
  const projectId = (await api.request('POST', '/projects', { name: model.name.slice(0, 100) })).body.id as string;
  const entries = model.train.map((image, i) => ({ name: `${image.label}/${i}.png`, content: image.data }));
  const job = (await api.request('POST', `/projects/${projectId}/imports`, files({ name: 'set.zip', content: makeZip(entries) }))).body;
  await waitFor('the import', async () => ((await api.request('GET', `/imports/${job.id}`)).body.state === 'succeeded' ? true : undefined), 300_000);
  const training = (await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs: 2, batchSize: 32 })).body;
  const done = await waitFor('training', async () => {
    const current = (await api.request('GET', `/training-jobs/${training.id}`)).body;
    return ['succeeded', 'failed', 'cancelled'].includes(current.state) ? current : undefined;
  }, 900_000, 1000);
  if (done.state !== 'succeeded') {
    throw new Error(`training ${model.name} ${done.state}: ${done.error}`);
  }
  return { projectId, modelId: done.modelId as string };
}

/** model.predict on one tensor repeated for a while: the ceiling a server cannot beat on this machine. */
async function inProcessLimit(system: System, modelId: string, pool: Buffer[], batch: number): Promise<number> {
  await initBackend(undefined, { log: () => undefined });
  const dir = join(system.dataDir, 'blobs', 'models', modelId);
  const model = await loadModel({ modelJson: readFileSync(join(dir, 'model.json')), weights: readFileSync(join(dir, 'weights.bin')) });
  const meta = model.getUserDefinedMetadata() as { imageSize: number; channels: 1 | 3 };
  const spec: ImageSpec = { width: meta.imageSize, height: meta.imageSize, channels: meta.channels };
  const xs = toInputTensor(await preprocessBatch(pool.slice(0, batch), spec), spec);
  const { perSecond } = await timePredict(model, xs);
  xs.dispose();
  model.dispose();
  // The loop above yields only to microtasks, so the event loop has not seen the gateways close idle keep-alive
  // connections meanwhile: let it, or the next fetch reuses a closed socket ("other side closed").
  await new Promise((resolve) => setTimeout(resolve, 100));
  return perSecond;
}

/** CPU ms per answered prediction, per process and in all, and the throughput those costs allow on this machine's cores. */
function cpuCost(result: LoadResult): { perProcess: string; total: number; ceiling: number } {
  const costs = { ...result.cpuMs, generator: result.generatorCpuMs };
  const per = (ms: number) => ms / Math.max(1, result.ok);
  const total = Object.values(costs).reduce((sum, ms) => sum + per(ms), 0);
  return {
    perProcess: Object.entries(costs).map(([name, ms]) => `${name} ${per(ms).toFixed(2)}`).join(', '),
    total,
    ceiling: (cpus().length * 1000) / Math.max(1e-9, total),
  };
}

async function main(): Promise<void> {
  for (const app of ['gateway', 'inference', 'history', 'training', 'camera']) {
    if (!existsSync(join(ROOT, 'dist/apps', app, 'main.js'))) {
      throw new Error(`dist/apps/${app}/main.js is missing: run \`npx nx run-many -t build\` first`);
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
  // Batching on: the system as `npm start` runs it (scheduled prediction pushed out of the way).
  const system = await startSystem({ PREDICT_INTERVAL: '86400', LOG_LEVEL: 'error' });
  const extra: ChildProcess[] = [];
  try {
    // Batching off: a second inference replica with PREDICT_MAX_BATCH_SIZE=1 and a second gateway that dials it.
    const offGrpc = `127.0.0.1:${await freePort()}`;
    const offPort = await freePort();
    const offEnv = { ...system.env, INFERENCE_GRPC_URL: offGrpc, PREDICT_MAX_BATCH_SIZE: '1' };
    extra.push(spawn(process.execPath, [join(ROOT, 'dist/apps/inference/main.js')], { cwd: ROOT, env: offEnv, stdio: 'ignore' }));
    extra.push(spawn(process.execPath, [join(ROOT, 'dist/apps/gateway/main.js')], { cwd: ROOT, env: { ...offEnv, PORT: String(offPort) }, stdio: 'ignore' }));
    const history = system.childPid('history');
    const pipelines = [
      { batching: 'on', baseUrl: system.baseUrl, grpc: system.grpc.inference, pids: { gateway: system.childPid('gateway'), inference: system.childPid('inference'), history } },
      { batching: 'off', baseUrl: `http://127.0.0.1:${offPort}`, grpc: offGrpc, pids: { gateway: extra[1].pid ?? 0, inference: extra[0].pid ?? 0, history } },
    ];
    const login = await new Api(system.baseUrl).request('POST', '/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    const token = login.body.accessToken as string;
    const api = new Api(system.baseUrl).withToken(token);
    // Other work on the machine skews every figure: say how busy it was.
    console.log(`Sightline prediction benchmark — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} before starting`);
    const summary: string[] = [];
    for (const model of await cases()) {
      process.stdout.write(`\n## ${model.name}: importing and training… `);
      const { projectId, modelId } = await trained(api, model);
      const pool = model.pool;
      const imagesFile = join(scratch, `${modelId}.json`);
      writeFileSync(imagesFile, JSON.stringify(pool.map((b) => b.toString('base64'))));
      for (const p of pipelines) {
        await waitFor(`gateway (batching ${p.batching}) healthy`, async () => ((await fetch(`${p.baseUrl}/api/v1/health`)).status === 200 ? true : undefined), 120_000);
      }
      console.log('done');
      const limit1 = await inProcessLimit(system, modelId, pool, 1);
      const limit32 = await inProcessLimit(system, modelId, pool, 32);
      console.log(`in-process model.predict (wasm): batch 1 ${limit1.toFixed(0)} images/s, batch 32 ${limit32.toFixed(0)} images/s`);
      console.log(`${'transport'.padEnd(9)} ${'batching'.padEnd(8)} ${'conc'.padStart(4)} ${'pred/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'avg batch'.padStart(9)} ${'CPU ms/pred'.padStart(11)}  non-200`);
      const table = new Map<string, LoadResult>();
      for (const mode of ['rest', 'grpc'] as const) {
        for (const p of pipelines) {
          for (const concurrency of CONCURRENCY) {
            const before = await (await fetch(`${p.baseUrl}/api/v1/metrics`, { headers: { Authorization: `Bearer ${token}` } })).text();
            const result = await load(
              { mode, baseUrl: p.baseUrl, grpcAddress: p.grpc, protoPath: join(ROOT, 'proto/inference.proto'), token, projectId, concurrency, warmupMs: WARMUP_MS, durationMs: DURATION_MS, imagesFile },
              p.pids,
            );
            const after = await (await fetch(`${p.baseUrl}/api/v1/metrics`, { headers: { Authorization: `Bearer ${token}` } })).text();
            const batch =
              (counter(after, 'sightline_inference_inferences_total') - counter(before, 'sightline_inference_inferences_total')) /
              Math.max(1, counter(after, 'sightline_inference_executions_total') - counter(before, 'sightline_inference_executions_total'));
            table.set(`${mode}/${p.batching}/${concurrency}`, result);
            const failures = Object.entries(result.statuses).filter(([code]) => code !== '200').map(([code, n]) => `${code}×${n}`).join(' ');
            console.log(`${mode.padEnd(9)} ${p.batching.padEnd(8)} ${String(concurrency).padStart(4)} ${fmt(result.perSecond)} ${fmt(result.p50, 1)} ${fmt(result.p95, 1)} ${fmt(result.p99, 1)} ${fmt(batch, 1).padStart(9)} ${fmt(cpuCost(result).total, 2).padStart(11)}  ${failures || '-'}`);
          }
        }
      }
      const steady = await load({ mode: 'rest', baseUrl: system.baseUrl, token, projectId, concurrency: 64, rate: 60, warmupMs: WARMUP_MS, durationMs: 5000, imagesFile });
      const restOn = Math.max(...CONCURRENCY.map((c) => table.get(`rest/on/${c}`)?.perSecond ?? 0));
      const ratio = (mode: string) => (table.get(`${mode}/on/32`)?.perSecond ?? 0) / Math.max(1e-9, table.get(`${mode}/off/32`)?.perSecond ?? 0);
      const lines = [
        `${model.name}:`,
        `  REST at a fixed 60 requests/s: p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms (target ≤ 50 ms)`,
        `  best REST throughput, batching on: ${restOn.toFixed(0)} predictions/s (target ≥ 1,000 for the MNIST-sized model)`,
        `  batching on ÷ off at concurrency 32: REST ${ratio('rest').toFixed(2)}×, gRPC ${ratio('grpc').toFixed(2)}× (target ≥ 3×)`,
        `  REST end to end ÷ in-process batch-32 limit: ${((100 * restOn) / limit32).toFixed(0)}% (target ≥ 40%)`,
        `  in-process batch 32 ÷ batch 1: ${(limit32 / limit1).toFixed(2)}× — what batching gains inside model.predict alone`,
      ];
      for (const batching of ['on', 'off']) {
        const result = table.get(`rest/${batching}/32`);
        if (result) {
          const cost = cpuCost(result);
          lines.push(
            `  CPU per REST prediction, batching ${batching} at concurrency 32: ${cost.total.toFixed(2)} ms (${cost.perProcess}) → at most ${cost.ceiling.toFixed(0)} predictions/s on ${cpus().length} cores`,
          );
        }
      }
      lines.forEach((line) => console.log(line));
      summary.push(...lines);
    }
    const metrics = await (await fetch(`${system.baseUrl}/api/v1/metrics`, { headers: { Authorization: `Bearer ${token}` } })).text();
    const rss = counter(metrics, 'sightline_inference_process_resident_memory_bytes') / 1024 / 1024;
    summary.push(`inference service RSS with both models loaded: ${rss.toFixed(0)} MB (target ≤ 400 MB)`);
    summary.push(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (figures are only comparable on an idle machine)`);
    console.log(`\n## Summary\n${summary.join('\n')}`);
  } finally {
    for (const child of extra) {
      child.kill('SIGTERM');
    }
    await system.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
