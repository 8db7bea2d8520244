import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const ADMIN_PASSWORD = 'e2e-admin-password';
const LOG_TAIL = 1 << 20;

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface System {
  baseUrl: string;
  dataDir: string;
  env: Record<string, string>;
  grpc: Record<'history' | 'camera' | 'training' | 'inference', string>;
  logs: () => string;
  childPid(name: string): number;
  stop(): Promise<void>;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) {
        return value;
      }
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Starts the whole system the way `npm start` does (tools/start.mjs, without the build step,
 * which the test command runs once beforehand), on free ports and a fresh data folder.
 */
export async function startSystem(extraEnv: Record<string, string> = {}, startTimeoutMs = 90_000): Promise<System> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sightline-e2e-'));
  const [port, camera, inference, training, history] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const grpc = {
    camera: `127.0.0.1:${camera}`,
    inference: `127.0.0.1:${inference}`,
    training: `127.0.0.1:${training}`,
    history: `127.0.0.1:${history}`,
  };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    NO_COLOR: '1',
    PORT: String(port),
    DATA_DIR: dataDir,
    ADMIN_PASSWORD,
    CAMERA_GRPC_URL: grpc.camera,
    INFERENCE_GRPC_URL: grpc.inference,
    TRAINING_GRPC_URL: grpc.training,
    HISTORY_GRPC_URL: grpc.history,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  // The services' output, of which the last megabyte is kept for failure reports: a service that logs in a loop cannot fill the test's memory.
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 2 * LOG_TAIL) {
      output = output.slice(-LOG_TAIL);
    }
  };
  const supervisor: ChildProcess = spawn(process.execPath, [join(ROOT, 'tools', 'start.mjs'), '--no-build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  supervisor.stdout?.on('data', keep);
  supervisor.stderr?.on('data', keep);
  const exited = new Promise<void>((r) => supervisor.once('exit', () => r()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const system: System = {
    baseUrl,
    dataDir,
    env,
    grpc,
    logs: () => output,
    childPid(name: string): number {
      const state = JSON.parse(readFileSync(join(dataDir, 'run', 'supervisor.json'), 'utf8')) as { children: Record<string, number> };
      return state.children[name];
    },
    async stop(): Promise<void> {
      if (supervisor.exitCode === null && supervisor.signalCode === null) {
        supervisor.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await waitFor('all services up', async () => {
      if (supervisor.exitCode !== null) {
        throw new Error(`supervisor exited with ${supervisor.exitCode}`);
      }
      const response = await fetch(`${baseUrl}/api/v1/health`);
      return response.status === 200 ? true : undefined;
    }, startTimeoutMs);
  } catch (error) {
    await system.stop();
    throw new Error(`${(error as Error).message}\n--- logs ---\n${output}`);
  }
  return system;
}

/** A tiny REST client bound to a base URL and credentials. */
export class Api {
  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  withToken(token: string): Api {
    return new Api(this.baseUrl, { Authorization: `Bearer ${token}` });
  }

  withApiKey(key: string): Api {
    return new Api(this.baseUrl, { 'X-API-Key': key });
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; headers: Headers }> {
    const init: RequestInit = { method, headers: { ...this.headers } };
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}/api/v1${path}`, init);
    const type = response.headers.get('content-type') ?? '';
    const binary = type.startsWith('image/') || type.startsWith('application/zip');
    const parsed = type.includes('json') ? await response.json() : binary ? Buffer.from(await response.arrayBuffer()) : await response.text();
    return { status: response.status, body: parsed, headers: response.headers };
  }

  async login(username: string, password: string): Promise<Api> {
    const response = await this.request('POST', '/auth/login', { username, password });
    if (response.status !== 200) {
      throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return this.withToken(response.body.accessToken);
  }
}

export function files(...entries: Array<{ name: string; content: Buffer; type?: string; field?: string }>): FormData {
  const form = new FormData();
  for (const entry of entries) {
    form.append(entry.field ?? 'file', new Blob([new Uint8Array(entry.content)], { type: entry.type ?? 'application/octet-stream' }), entry.name);
  }
  return form;
}

/** Queues a training job and waits until it has ended, whatever the outcome. */
export async function trainToEnd(api: Api, projectId: string, body: object): Promise<any> {
  const started = await api.request('POST', `/projects/${projectId}/training-jobs`, body);
  if (started.status !== 202) {
    throw new Error(`training job refused: ${started.status} ${JSON.stringify(started.body)}`);
  }
  return waitFor('the training job to end', async () => {
    const job = (await api.request('GET', `/training-jobs/${started.body.id}`)).body;
    return ['succeeded', 'failed', 'cancelled'].includes(job.state) ? job : undefined;
  }, 240_000, 500);
}
