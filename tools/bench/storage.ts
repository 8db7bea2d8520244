// npm run bench:storage [-- --blobs 400 --size 24576 --concurrency 8]
//
// The blob store alone, as history uses it: N puts, then N gets, of distinct blobs of SIZE bytes (about a camera
// JPEG), CONCURRENCY at a time, on the local folder and on S3 (s3rver started here as its own process, or the
// server at TEST_S3_ENDPOINT with TEST_S3_ACCESS_KEY_ID / TEST_S3_SECRET_ACCESS_KEY, e.g. a MinIO). Prints ops/s and
// p50/p95 per operation and store, and the load average it saw. s3rver is a small test server (Koa writing files),
// not a production store: its figures bound what the S3 client (SigV4 signing, fetch, retries) costs, not what MinIO does.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageKey, LocalBlobStore, parseS3Url, S3BlobStore, type BlobStore } from '@sightline/storage';
import { startS3TestServer } from '../../libs/storage/src/lib/testing/s3-test-server';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const BLOBS = arg('blobs', 400);
const SIZE = arg('size', 24 * 1024);
const CONCURRENCY = arg('concurrency', 8);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(what: string, keys: string[], op: (key: string) => Promise<unknown>): Promise<string> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < keys.length) {
        const key = keys[next++];
        const t = performance.now();
        await op(key);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return `${what.padEnd(16)} ${(keys.length / seconds).toFixed(0).padStart(6)} ops/s   p50 ${percentile(latencies, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(latencies, 95).toFixed(1).padStart(6)} ms`;
}

async function bench(name: string, store: BlobStore): Promise<string[]> {
  const blobs = Array.from({ length: BLOBS }, () => randomBytes(SIZE));
  const keys = blobs.map(() => imageKey(randomBytes(32).toString('hex'), 'jpg'));
  const byKey = new Map(keys.map((key, i) => [key, blobs[i]]));
  // One write first: the S3 store creates its bucket on it.
  await store.put('warmup/first.bin', Buffer.from('x'));
  const lines = [await measure(`${name} put`, keys, (key) => store.put(key, byKey.get(key) as Buffer))];
  lines.push(
    await measure(`${name} get`, keys, async (key) => {
      if (!(await store.get(key)).equals(byKey.get(key) as Buffer)) {
        throw new Error(`${name}: ${key} came back different`);
      }
    }),
  );
  return lines;
}

async function main(): Promise<void> {
  console.log(`${BLOBS} blobs of ${SIZE} bytes, ${CONCURRENCY} at a time; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const root = mkdtempSync(join(tmpdir(), 'bench-blobs-'));
  const lines: string[] = [];
  try {
    lines.push(...(await bench('local', new LocalBlobStore(root))));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const server = await startS3TestServer();
  if ('unavailable' in server) {
    console.log(`S3 skipped: ${server.unavailable}`);
  } else {
    try {
      const store = new S3BlobStore(parseS3Url(`s3://bench-${randomBytes(4).toString('hex')}?endpoint=${server.endpoint}`), { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey });
      lines.push(...(await bench(`s3 (${server.name})`, store)));
    } finally {
      await server.stop();
    }
  }
  console.log(lines.join('\n'));
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
