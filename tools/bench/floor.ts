// `npm run bench:floor`: the least CPU one REST prediction can cost on this stack, part by part. Each part is
// measured alone, with none of Sightline's own code around it:
//   - the load generator's own share (tools/bench/load-generator.mjs, as bench:predict runs it);
//   - the gateway's framework layers: a bare NestJS app with helmet, ValidationPipe, a JWT guard and
//     FileInterceptor answering a fixed JSON (tools/bench/floor-gateway.ts), at concurrency 32;
//   - one gRPC hop: a PredictBatch call (grpc-js and proto-loader, as the services use) with batches of 8 images,
//     client and server side; a REST prediction crosses two (gateway → inference → history);
//   - model.predict of the default 28×28×1 CNN at batch 32 (weights do not change its cost);
//   - an fsynced blob write: writeFileAtomically, as the local blob store does for each new image.
// Their sum is a floor: a prediction also needs its image hashed and decoded, rows written and the batchers run.
// On N cores, N × 1000 ÷ (floor in ms) predictions/s is more than any build of this design can serve.
import { credentials, loadPackageDefinition, Server, ServerCredentials, type GrpcObject, type ServiceClientConstructor } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { buildCnn, initBackend, preprocessBatch, toInputTensor } from '@sightline/ml';
import { writeFileAtomically } from '@sightline/storage';
import { ChildProcess, fork, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../../e2e/support/system';
import { haveDataset, readDataset } from './datasets';
import { cpuTimeMs, load } from './load';
import { timePredict } from './predict-loop';

const PROTO = join(ROOT, 'proto/inference.proto');
const POOL = 256;
const GRPC_BATCH = 8;

function ownCpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** MNIST test images, or noise PNGs of the same size when the shared data sets are absent. */
async function pool(): Promise<Buffer[]> {
  if (haveDataset('mnist')) {
    const test = (await readDataset('mnist')).filter((image) => image.split === 'test');
    return Array.from({ length: POOL }, (_, i) => test[Math.floor((i * test.length) / POOL)].data);
  }
  return Promise.all(
    Array.from({ length: POOL }, (_, i) => sharp(Buffer.alloc(28 * 28, (i * 37) % 256), { raw: { width: 28, height: 28, channels: 1 } }).png().toBuffer()),
  );
}

function inferenceService(): ServiceClientConstructor {
  const definition = loadSync(PROTO, { keepCase: false, longs: Number, enums: String, defaults: true, oneofs: true });
  const root = loadPackageDefinition(definition) as unknown as { sightline: { inference: { v1: GrpcObject } } };
  return root.sightline.inference.v1['Inference'] as ServiceClientConstructor;
}

/** The child side of the gRPC hop: answers every image of a PredictBatch with a fixed prediction. */
function grpcServer(): void {
  const Inference = inferenceService();
  const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), i === 7 ? 0.91 : 0.01]));
  const prediction = { imageId: 'a'.repeat(36), predictionId: 'b'.repeat(36), label: '7', confidence: 0.91, scores, modelVersion: '1', latencyMs: 1 };
  const server = new Server();
  server.addService(Inference.service, {
    PredictBatch: (call: { request: { requests: unknown[] } }, done: (error: null, reply: unknown) => void) => done(null, { results: call.request.requests.map(() => ({ prediction })) }),
  });
  server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) => process.send?.({ port }));
}

async function gatewayLayers(imagesFile: string): Promise<{ requestsPerSecond: number; serverMs: number; generatorMs: number }> {
  const child = spawn(process.execPath, [...process.execArgv, join(__dirname, 'floor-gateway.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const { port, token } = await new Promise<{ port: number; token: string }>((resolve, reject) => {
      child.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString())));
      child.once('exit', (code) => reject(new Error(`floor-gateway exited with ${code}`)));
    });
    const options = { mode: 'rest', baseUrl: `http://127.0.0.1:${port}`, token, projectId: 'floor', concurrency: 32, warmupMs: 2000, durationMs: 8000, imagesFile };
    const result = await load(options, { gateway: child.pid ?? 0 });
    if (result.ok === 0) {
      throw new Error(`the floor gateway answered no request with 200: ${JSON.stringify(result.statuses)}`);
    }
    return { requestsPerSecond: result.perSecond, serverMs: result.cpuMs['gateway'] / result.ok, generatorMs: result.generatorCpuMs / result.ok };
  } finally {
    child.kill();
  }
}

async function grpcHop(images: Buffer[]): Promise<{ clientMs: number; serverMs: number }> {
  const child: ChildProcess = fork(__filename, ['grpc-server'], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (message) => resolve(message as { port: number })));
    const Inference = inferenceService();
    const client = new Inference(`127.0.0.1:${port}`, credentials.createInsecure()) as unknown as {
      PredictBatch(request: unknown, done: (error: Error | null) => void): void;
      close(): void;
    };
    let next = 0;
    const call = () =>
      new Promise<void>((resolve, reject) => {
        const requests = Array.from({ length: GRPC_BATCH }, () => ({ projectId: 'p'.repeat(36), content: images[next++ % images.length], filename: 'image.png' }));
        client.PredictBatch({ requests }, (error) => (error ? reject(error) : resolve()));
      });
    const run = async (calls: number) => {
      let left = calls;
      await Promise.all(Array.from({ length: 4 }, async () => {
        while (left-- > 0) {
          await call();
        }
      }));
    };
    await run(300);
    const calls = 3000;
    const server = cpuTimeMs(child.pid ?? 0);
    const own = process.cpuUsage();
    await run(calls);
    const clientMs = ownCpuMs(own) / (calls * GRPC_BATCH);
    const serverMs = (cpuTimeMs(child.pid ?? 0) - server) / (calls * GRPC_BATCH);
    client.close();
    return { clientMs, serverMs };
  } finally {
    child.kill();
  }
}

async function predictCost(images: Buffer[]): Promise<{ msPerImage: number; backend: string }> {
  const backend = await initBackend(undefined, { log: () => undefined });
  const spec = { width: 28, height: 28, channels: 1 as const };
  const model = buildCnn({ ...spec, classes: 10 });
  const xs = toInputTensor(await preprocessBatch(images.slice(0, 32), spec), spec);
  const { cpuMsPerImage: msPerImage } = await timePredict(model, xs);
  xs.dispose();
  model.dispose();
  return { msPerImage, backend };
}

async function blobWrite(images: Buffer[]): Promise<number> {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'tmp', 'floor-blobs-'));
  try {
    for (let i = 0; i < 256; i++) {
      mkdirSync(join(dir, i.toString(16).padStart(2, '0')));
    }
    const files = 4000;
    let next = 0;
    const own = process.cpuUsage();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let i = next++; i < files; i = next++) {
          const content = images[i % images.length];
          const sha = createHash('sha256').update(content).update(String(i)).digest('hex');
          await writeFileAtomically(join(dir, sha.slice(0, 2), `${sha}.png`), content);
        }
      }),
    );
    return ownCpuMs(own) / files;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Sightline floor benchmark — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} before starting`);
  const images = await pool();
  const scratch = mkdtempSync(join(tmpdir(), 'sightline-floor-'));
  const imagesFile = join(scratch, 'pool.json');
  writeFileSync(imagesFile, JSON.stringify(images.map((b) => b.toString('base64'))));
  try {
    const gateway = await gatewayLayers(imagesFile);
    console.log(`gateway layers (bare NestJS: helmet, ValidationPipe, JWT guard, FileInterceptor), concurrency 32: ${gateway.requestsPerSecond.toFixed(0)} requests/s, ${gateway.serverMs.toFixed(3)} ms CPU each; load generator ${gateway.generatorMs.toFixed(3)} ms`);
    const hop = await grpcHop(images);
    console.log(`one gRPC PredictBatch hop, ${GRPC_BATCH} images a call: ${(hop.clientMs + hop.serverMs).toFixed(3)} ms CPU per image (client ${hop.clientMs.toFixed(3)}, server ${hop.serverMs.toFixed(3)})`);
    const predict = await predictCost(images);
    console.log(`model.predict, default 28×28×1 CNN, batch 32 (${predict.backend}): ${predict.msPerImage.toFixed(3)} ms CPU per image`);
    const blob = await blobWrite(images);
    console.log(`fsynced blob write (writeFileAtomically), 16 at once: ${blob.toFixed(3)} ms CPU per image`);
    const floor = gateway.generatorMs + gateway.serverMs + 2 * (hop.clientMs + hop.serverMs) + predict.msPerImage + blob;
    console.log(
      `\nfloor per REST prediction: ${floor.toFixed(2)} ms CPU (load generator + gateway layers + 2 gRPC hops + model.predict + blob write)` +
        ` → at most ${((cpus().length * 1000) / floor).toFixed(0)} predictions/s on ${cpus().length} cores, before hashing, decoding, database rows and batching`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'grpc-server') {
  grpcServer();
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
