import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface S3TestServer {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** What it is, for test names and skip messages. */
  name: string;
  stop(): Promise<void>;
}

const ROOT = resolve(__dirname, '../../../../..');

function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function s3rverBin(): string | undefined {
  try {
    return join(dirname(createRequire(join(ROOT, 'package.json')).resolve('s3rver/package.json')), 'bin', 's3rver.js');
  } catch {
    return undefined;
  }
}

/** Why no S3 test server can be had, or undefined when one can: for `it.skip` decided when the suite loads. */
export function s3TestServerMissing(): string | undefined {
  return process.env['TEST_S3_ENDPOINT'] || s3rverBin()
    ? undefined
    : 's3rver is not installed (npm install; or set TEST_S3_ENDPOINT, TEST_S3_ACCESS_KEY_ID, TEST_S3_SECRET_ACCESS_KEY for another S3-compatible server)';
}

/**
 * An S3-compatible server for tests: the one at TEST_S3_ENDPOINT (with TEST_S3_ACCESS_KEY_ID and
 * TEST_S3_SECRET_ACCESS_KEY, e.g. a MinIO), else s3rver (an npm devDependency) started as its own process on a
 * free port and a temp folder. Returns the reason instead when neither is available, for the test to skip.
 */
export async function startS3TestServer(): Promise<S3TestServer | { unavailable: string }> {
  const external = process.env['TEST_S3_ENDPOINT'];
  if (external) {
    return {
      endpoint: external.replace(/\/+$/, ''),
      accessKeyId: process.env['TEST_S3_ACCESS_KEY_ID'] ?? '',
      secretAccessKey: process.env['TEST_S3_SECRET_ACCESS_KEY'] ?? '',
      name: `S3 at ${external}`,
      stop: async () => undefined,
    };
  }
  const bin = s3rverBin();
  if (!bin) {
    return { unavailable: s3TestServerMissing() ?? '' };
  }
  const dir = mkdtempSync(join(tmpdir(), 's3rver-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [bin, '-d', dir, '-a', '127.0.0.1', '-p', String(port), '--silent'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000).unref())]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`s3rver exited with ${child.exitCode}: ${output}`);
    }
    // Any HTTP answer (403 for an anonymous listing) means it is up.
    const up = await fetch(`${endpoint}/`).then(() => true, () => false);
    if (up) {
      break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`s3rver did not answer on ${endpoint} within 60 s: ${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  // s3rver's built-in account; it checks the key id but not SigV4 signatures (signV4 is checked against AWS's published example instead).
  return { endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', name: 's3rver', stop };
}
