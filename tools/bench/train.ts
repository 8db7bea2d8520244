// `npm run bench:train [-- --only mnist,vehicles] [--epochs N] [--threads N] [--no-baseline]`: trains on the shared data sets
// twice each — through the running system (zip import over REST, training job with default settings;
// `--threads` sets its TRAINING_THREADS) and with plain in-process TensorFlow.js on one thread (same model,
// same hyper-parameters, same decoding, no service) —
// and prints wall time, training samples/s, peak RSS, backend and test accuracy side by side. The clothing
// photos are also trained with transfer learning on a pretrained MobileNet v2 (see backbone.ts), against
// the from-scratch CNN.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HyperParameters } from '@sightline/ml';
import { ADMIN_PASSWORD, Api, files, startSystem, waitFor } from '../../e2e/support/system';
import { mobilenetBackbone, MOBILENET_FEATURES } from './backbone';
import { DATASETS, readDataset, zipOf } from './datasets';

const ROOT = resolve(__dirname, '..', '..');
const ALL = ['mnist', 'vehicles', 'surface-defects', 'clothing'];

/** What the service trained with (its version's hyper-parameters), replayed by the baseline. */
type Params = HyperParameters & { seed: number; channels: 1 | 3 };

interface Run {
  wallSeconds: number;
  importSeconds?: number;
  trainSeconds: number;
  samplesPerSecond: number;
  /** Threads each batch was spread over. */
  threads: number;
  peakRssMb: number;
  backend: string;
  accuracy: number;
  epochsRun: number;
  trainCount: number;
  testCount: number;
}

/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function throughService(name: string, request: Record<string, number | string>, env: Record<string, string>): Promise<{ run: Run; params: Params }> {
  const system = await startSystem({ LOG_LEVEL: 'warn', ...env });
  try {
    const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    const started = Date.now();
    const project = (await api.request('POST', '/projects', { name })).body;
    const upload = await api.request('POST', `/projects/${project.id}/imports`, files({ name: `${name}.zip`, content: readFileSync(zipOf(name)), type: 'application/zip' }));
    if (upload.status !== 202) {
      throw new Error(`import refused: ${upload.status} ${JSON.stringify(upload.body)}`);
    }
    const imported = await waitFor(`the ${name} import`, async () => {
      const job = (await api.request('GET', `/imports/${upload.body.id}`)).body;
      return ['succeeded', 'failed'].includes(job.state) ? job : undefined;
    }, 3_600_000, 1000);
    if (imported.state !== 'succeeded') {
      throw new Error(`import failed: ${imported.error}`);
    }
    const importSeconds = (Date.now() - started) / 1000;
    log(`${name}: imported ${imported.imported} images in ${importSeconds.toFixed(0)} s (${(imported.imported / importSeconds).toFixed(0)} images/s)`);
    const trainStarted = Date.now();
    const created = (await api.request('POST', `/projects/${project.id}/training-jobs`, request)).body;
    let lastLog = 0;
    const job = await waitFor(`the ${name} training job`, async () => {
      const current = (await api.request('GET', `/training-jobs/${created.id}`)).body;
      if (Date.now() - lastLog > 30_000 && current.state === 'running') {
        lastLog = Date.now();
        log(`${name}: epoch ${current.epoch}/${current.epochs} batch ${current.batch}/${current.batches}, ${Math.round(current.samplesPerSecond ?? 0)} samples/s, ETA ${Math.round(current.etaSeconds ?? 0)} s`);
      }
      return ['succeeded', 'failed', 'cancelled'].includes(current.state) ? current : undefined;
    }, 7_200_000, 1000);
    if (job.state !== 'succeeded') {
      throw new Error(`training ${job.state}: ${job.error}`);
    }
    const model = (await api.request('GET', `/models/${job.modelId}`)).body;
    const run: Run = {
      wallSeconds: (Date.now() - started) / 1000,
      importSeconds,
      trainSeconds: (Date.now() - trainStarted) / 1000,
      samplesPerSecond: model.metrics.trainingSamplesPerSecond,
      threads: model.metrics.trainingThreads ?? 1,
      peakRssMb: peakRssMb(system.childPid('training')),
      backend: model.metrics.backend,
      accuracy: model.metrics.accuracy,
      epochsRun: model.metrics.curves.length,
      trainCount: model.metrics.trainCount,
      testCount: model.metrics.testCount,
    };
    return { run, params: { ...model.hyperParameters, epochs: run.epochsRun } };
  } finally {
    await system.stop();
  }
}

/** The same data set through the service with `architecture: transfer` on the pretrained MobileNet v2. */
async function throughTransfer(name: string, request: Record<string, number>, env: Record<string, string>): Promise<Run> {
  const backbone = mobilenetBackbone(ROOT);
  log(`${name}: transfer learning on ${backbone} (features from ${MOBILENET_FEATURES})`);
  const { run } = await throughService(name, { ...request, architecture: 'transfer' }, { ...env, BACKBONE_URL: backbone, BACKBONE_FEATURES: MOBILENET_FEATURES });
  log(`${name}: transfer ${(run.accuracy * 100).toFixed(2)}%, ${run.wallSeconds.toFixed(0)} s wall`);
  return run;
}

/** Runs the plain baseline in its own process, so its memory is measured alone. */
async function baseline(name: string, params: Params): Promise<Run> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, '--baseline', name, JSON.stringify(params)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const line = out.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) {
    throw new Error(`baseline for ${name} exited with ${code}: ${out.slice(-2000)}`);
  }
  return JSON.parse(line) as Run;
}

/** Plain TensorFlow.js: decode everything, then a trainOnBatch loop over shuffled batches, then score the test split. */
async function runBaseline(name: string, params: Params): Promise<Run> {
  const ml = await import('@sightline/ml');
  const tf = await import('@tensorflow/tfjs-core');
  const started = Date.now();
  const backend = await ml.initBackend(undefined, { log: () => undefined });
  const items = await readDataset(name);
  const labels = [...new Set(items.map((i) => i.label))].sort();
  const spec = { width: params.imageSize, height: params.imageSize, channels: params.channels };
  const per = params.imageSize * params.imageSize * params.channels;
  const decode = async (subset: typeof items) => {
    const xs = new Float32Array(subset.length * per);
    for (let i = 0; i < subset.length; i += 256) {
      xs.set(await ml.preprocessBatch(subset.slice(i, i + 256).map((s) => s.data), spec), i * per);
    }
    return { xs, ys: Int32Array.from(subset, (s) => labels.indexOf(s.label)) };
  };
  const train = await decode(items.filter((i) => i.split !== 'test'));
  const test = await decode(items.filter((i) => i.split === 'test'));
  const n = train.ys.length;
  const model = ml.buildCnn({ width: params.imageSize, height: params.imageSize, channels: params.channels, classes: labels.length, learningRate: params.learningRate });
  const random = ml.seededRandom(params.seed);
  const augmentation = { ...ml.DEFAULT_AUGMENTATION, flip: params.flip };
  // The same moving average of the weights the service keeps (libs/ml's trainClassifier), written out plainly.
  const average = params.averageDecay > 0 ? model.getWeights().map((w) => tf.variable(w.clone(), false)) : [];
  let step = 0;
  const trainStarted = Date.now();
  for (let epoch = 0; epoch < params.epochs; epoch++) {
    const order = tf.util.createShuffledIndices(n);
    for (let b = 0; b < n; b += params.batchSize) {
      const ids = Array.from(order.subarray(b, b + params.batchSize));
      const xs = new Float32Array(ids.length * per);
      ids.forEach((id, k) => xs.set(train.xs.subarray(id * per, (id + 1) * per), k * per));
      if (params.augment) {
        ml.augmentBatch(xs, spec, augmentation, random);
      }
      const x = tf.tensor4d(xs, [ids.length, params.imageSize, params.imageSize, params.channels]);
      const y = tf.oneHot(tf.tensor1d(Int32Array.from(ids, (id) => train.ys[id]), 'int32'), labels.length);
      await model.trainOnBatch(x, y);
      tf.dispose([x, y]);
      const d = Math.min(params.averageDecay, (1 + step) / (10 + step));
      step++;
      const weights = model.getWeights();
      tf.tidy(() => average.forEach((a, i) => a.assign(tf.add(tf.mul(a, d), tf.mul(weights[i], 1 - d)))));
    }
  }
  if (average.length > 0) {
    model.setWeights(average);
  }
  const trainSeconds = (Date.now() - trainStarted) / 1000;
  const testX = tf.tensor4d(test.xs, [test.ys.length, params.imageSize, params.imageSize, params.channels]);
  const evaluation = await ml.evaluate(model, testX, test.ys, labels);
  return {
    wallSeconds: (Date.now() - started) / 1000,
    trainSeconds,
    samplesPerSecond: (n * params.epochs) / trainSeconds,
    threads: 1,
    peakRssMb: peakRssMb(process.pid),
    backend,
    accuracy: evaluation.accuracy,
    epochsRun: params.epochs,
    trainCount: n,
    testCount: test.ys.length,
  };
}

function log(message: string): void {
  console.log(`[bench:train ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

type Row = { name: string; service: Run; plain?: Run; transfer?: Run };

function table(rows: Row[]): string {
  const head = ['data set', 'run', 'wall s', 'import s', 'train s', 'epochs', 'threads', 'samples/s', 'peak RSS MB', 'backend', 'test acc'];
  const cells = (name: string, label: string, run: Run) => [
    name,
    label,
    run.wallSeconds.toFixed(0),
    run.importSeconds?.toFixed(0) ?? '',
    run.trainSeconds.toFixed(0),
    String(run.epochsRun),
    String(run.threads),
    run.samplesPerSecond.toFixed(0),
    String(run.peakRssMb),
    run.backend,
    `${(run.accuracy * 100).toFixed(2)}%`,
  ];
  const lines = rows.flatMap(({ name, service, plain, transfer }) => [
    cells(name, 'service', service),
    ...(transfer ? [cells(name, 'service, transfer', transfer)] : []),
    ...(plain
      ? [
          cells(name, 'plain tfjs', plain),
          [name, 'ratio', '', '', '', '', '', `${(service.samplesPerSecond / plain.samplesPerSecond).toFixed(2)}×`, `${(service.peakRssMb / plain.peakRssMb).toFixed(2)}×`, '', ''],
        ]
      : []),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [format(head), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--baseline') {
    const run = await runBaseline(args[1], JSON.parse(args[2]) as Params);
    console.log(JSON.stringify(run));
    return;
  }
  const onlyAt = args.indexOf('--only');
  const wanted = onlyAt >= 0 ? args[onlyAt + 1].split(',') : ALL;
  const present = wanted.filter((name) => existsSync(zipOf(name)));
  // Default settings unless told otherwise (a quick smoke run, say).
  const epochsAt = args.indexOf('--epochs');
  const request: Record<string, number> = epochsAt >= 0 ? { epochs: Number(args[epochsAt + 1]) } : {};
  const threadsAt = args.indexOf('--threads');
  const env: Record<string, string> = threadsAt >= 0 ? { TRAINING_THREADS: args[threadsAt + 1] } : {};
  if (present.length === 0) {
    log(`no data sets under ${DATASETS}: nothing to measure`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist/apps/training/main.js'))) {
    execFileSync('npx', ['nx', 'run-many', '-t', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const rows: Row[] = [];
  for (const name of present) {
    log(`${name}: through the service`);
    const { run: service, params } = await throughService(name, request, env);
    log(`${name}: service ${service.samplesPerSecond.toFixed(0)} samples/s, accuracy ${(service.accuracy * 100).toFixed(2)}%, ${service.wallSeconds.toFixed(0)} s wall; plain TensorFlow.js with ${JSON.stringify(params)}`);
    // --no-baseline: accuracy runs that need no ratio (the baseline replays the whole training on one thread).
    const plain = args.includes('--no-baseline') ? undefined : await baseline(name, params);
    const transfer = name === 'clothing' ? await throughTransfer(name, request, env) : undefined;
    rows.push({ name, service, plain, transfer });
    console.log(`\n${table(rows)}\n`);
  }
  const out = join(ROOT, 'tmp', 'bench');
  mkdirSync(out, { recursive: true });
  const file = join(out, `train-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), cpus: (await import('node:os')).cpus().length, rows }, null, 2));
  log(`results in ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
