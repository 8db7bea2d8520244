// npm run bench:capture [-- --cameras 50 --seconds 20]
// Needs a build first (`npx nx run-many -t build --projects=history,camera,training,inference,gateway`).
//
// Starts the system, serves N simulated HTTP snapshot cameras from this process (a different JPEG per request),
// and measures one camera service capturing from all of them every second:
//   - captures/s sustained (images stored in the measured window / its length; target ≥ N - 1),
//   - CPU of the camera and history processes (% of one core),
//   - capture-to-stored latency p50/p95 (camera answered → image row created; target p95 ≤ 500 ms).
// Baseline, in the same run: this process itself fetches the same cameras on 1 s timers (spread over the second) and stores each
// frame with one direct gRPC StoreImages call to history — the least any camera service has to do. The ratios say
// what the camera service's scheduling, drivers and status writes cost on top.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sharp from 'sharp';
import type { HistoryV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';
import { ADMIN_PASSWORD, Api, ROOT, startSystem, System } from '../../e2e/support/system';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const CAMERAS = arg('cameras', 50);
const SECONDS = arg('seconds', 20);
const WARMUP_SECONDS = 3;

/** Distinct JPEGs (320×240), one per request, so history never sees a duplicate. */
class SnapshotFarm {
  private readonly frames: Buffer[] = [];
  private next = 0;
  /** sha256 → when the camera answered (ms since epoch). */
  readonly servedAt = new Map<string, number>();
  private server!: Server;
  url = '';

  async prepare(count: number): Promise<void> {
    const base = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 90, g: 120, b: 150 } } }).raw().toBuffer();
    for (let i = 0; i < count; i++) {
      const pixels = Buffer.from(base);
      pixels.writeUInt32LE(i, 0); // a different picture each time
      pixels.writeUInt32LE(Math.imul(i, 2654435761) >>> 0, 1000);
      this.frames.push(await sharp(pixels, { raw: { width: 320, height: 240, channels: 3 } }).jpeg({ quality: 80 }).toBuffer());
    }
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const frame = this.frames[this.next++ % this.frames.length];
      this.servedAt.set(createHash('sha256').update(frame).digest('hex'), Date.now());
      response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': frame.length });
      response.end(frame);
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }
}

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Result {
  capturesPerSecond: number;
  p50: number;
  p95: number;
  cpu: Record<string, number>;
}

/** Images of a project created inside [from, to), with their capture-to-stored latency. */
async function measure(api: Api, projectId: string, farm: SnapshotFarm, from: number, to: number): Promise<{ count: number; latencies: number[] }> {
  const latencies: number[] = [];
  let count = 0;
  for (let page = 1; ; page++) {
    const body = (await api.request('GET', `/projects/${projectId}/images?pageSize=200&page=${page}`)).body;
    for (const image of body.items) {
      const created = Date.parse(image.createdAt);
      if (created >= from && created < to) {
        count++;
        const served = farm.servedAt.get(image.sha256);
        if (served !== undefined) {
          latencies.push(created - served);
        }
      }
    }
    if (body.items.length < 200) {
      return { count, latencies };
    }
  }
}

async function throughCameraService(system: System, api: Api, farm: SnapshotFarm): Promise<Result> {
  const project = (await api.request('POST', '/projects', { name: 'bench: camera service' })).body;
  const ids: string[] = [];
  for (let i = 0; i < CAMERAS; i++) {
    const camera = await api.request('POST', `/projects/${project.id}/cameras`, { name: `cam ${i}`, kind: 'http-snapshot', url: `${farm.url}/cam/${i}.jpg`, schedule: { everySeconds: 1 }, enabled: false });
    ids.push(camera.body.id);
  }
  await Promise.all(ids.map((id) => api.request('PATCH', `/cameras/${id}`, { enabled: true })));
  await new Promise((r) => setTimeout(r, WARMUP_SECONDS * 1000));
  const pids = { camera: system.childPid('camera'), history: system.childPid('history') };
  const cpuBefore = { camera: cpuSeconds(pids.camera), history: cpuSeconds(pids.history) };
  const from = Date.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const to = Date.now();
  const cpu = { camera: ((cpuSeconds(pids.camera) - cpuBefore.camera) / SECONDS) * 100, history: ((cpuSeconds(pids.history) - cpuBefore.history) / SECONDS) * 100 };
  await Promise.all(ids.map((id) => api.request('PATCH', `/cameras/${id}`, { enabled: false })));
  await new Promise((r) => setTimeout(r, 1500)); // captures in flight land
  const { count, latencies } = await measure(api, project.id, farm, from, to);
  return { capturesPerSecond: count / SECONDS, p50: percentile(latencies, 50), p95: percentile(latencies, 95), cpu };
}

async function baseline(system: System, api: Api, farm: SnapshotFarm): Promise<Result> {
  const project = (await api.request('POST', '/projects', { name: 'bench: direct baseline' })).body;
  const history = new GrpcClient<HistoryV1.HistoryClient>('history', 'History', system.grpc.history, 10_000);
  const timers: NodeJS.Timeout[] = [];
  const grab = async (i: number) => {
    try {
      const response = await fetch(`${farm.url}/cam/${i}.jpg`);
      const content = Buffer.from(await response.arrayBuffer());
      await history.call('StoreImages', { projectId: project.id, files: [{ content, filename: 'snapshot' }], source: 'camera', sourceId: `baseline-${i}` });
    } catch (error) {
      console.error(`baseline camera ${i}: ${(error as Error).message}`);
    }
  };
  // Spread over the second like the camera service spreads its cameras, so both see the same arrival pattern.
  for (let i = 0; i < CAMERAS; i++) {
    timers.push(setTimeout(() => timers.push(setInterval(() => void grab(i), 1000)), (i / CAMERAS) * 1000));
  }
  await new Promise((r) => setTimeout(r, WARMUP_SECONDS * 1000));
  const pid = system.childPid('history');
  const before = cpuSeconds(pid);
  const from = Date.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const to = Date.now();
  const cpu = { camera: 0, history: ((cpuSeconds(pid) - before) / SECONDS) * 100 };
  timers.forEach((t) => clearInterval(t));
  await new Promise((r) => setTimeout(r, 1500));
  history.close();
  const { count, latencies } = await measure(api, project.id, farm, from, to);
  return { capturesPerSecond: count / SECONDS, p50: percentile(latencies, 50), p95: percentile(latencies, 95), cpu };
}

async function main(): Promise<void> {
  for (const app of ['history', 'camera', 'training', 'inference', 'gateway']) {
    if (!existsSync(join(ROOT, 'dist/apps', app, 'main.js'))) {
      throw new Error(`dist/apps/${app}/main.js is missing: run \`npx nx run-many -t build\` first`);
    }
  }
  const farm = new SnapshotFarm();
  const perRun = CAMERAS * (SECONDS + WARMUP_SECONDS + 4);
  console.log(`preparing ${perRun * 2} distinct 320×240 JPEGs…`);
  await farm.prepare(perRun * 2);
  await farm.start();
  const system = await startSystem({ LOG_LEVEL: 'warn' });
  try {
    const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    console.log(`${CAMERAS} HTTP cameras at 1 frame/s, ${SECONDS} s measured after ${WARMUP_SECONDS} s warm-up`);
    const service = await throughCameraService(system, api, farm);
    const direct = await baseline(system, api, farm);
    const row = (name: string, r: Result) =>
      `${name.padEnd(28)} ${r.capturesPerSecond.toFixed(1).padStart(10)} ${r.p50.toFixed(0).padStart(8)} ${r.p95.toFixed(0).padStart(8)} ${(r.cpu['camera'] ? r.cpu['camera'].toFixed(0) + '%' : '-').padStart(11)} ${(r.cpu['history'].toFixed(0) + '%').padStart(12)}`;
    console.log(`\n${'run'.padEnd(28)} ${'captures/s'.padStart(10)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'camera CPU'.padStart(11)} ${'history CPU'.padStart(12)}`);
    console.log(row('camera service', service));
    console.log(row('baseline (direct gRPC)', direct));
    console.log(`\nratio service/baseline: captures/s ${(service.capturesPerSecond / direct.capturesPerSecond).toFixed(3)}, p95 ${(service.p95 / direct.p95).toFixed(2)}×`);
    const ok = service.capturesPerSecond >= CAMERAS - 1 && service.p95 <= 500;
    console.log(`target (≥ ${CAMERAS - 1} captures/s, p95 ≤ 500 ms): ${ok ? 'met' : 'NOT met'}`);
  } finally {
    await system.stop();
    await farm.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
