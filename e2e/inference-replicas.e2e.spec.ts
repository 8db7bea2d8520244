import { credentials, loadPackageDefinition, Metadata, ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { dropMysqlDatabase, mysqlTestUrl } from '../libs/persistence/src/lib/testing/mysql-test-url';
import { counter, inferenceClient, trainedProject, unary } from './support/inference';
import { patternImage } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, freePort, ROOT, startSystem, System, waitFor } from './support/system';

function healthCheck(address: string): Promise<string> {
  const ns = loadPackageDefinition(loadSync(join(ROOT, 'proto/health.proto'), { enums: String })) as any;
  const client = new ns.grpc.health.v1.Health(address, credentials.createInsecure());
  return new Promise<string>((resolve, reject) =>
    client.Check({}, new Metadata(), { deadline: new Date(Date.now() + 2000) }, (error: ServiceError | null, reply?: { status: string }) => {
      client.close();
      return error ? reject(error) : resolve(reply?.status ?? '');
    }),
  );
}

/** What one replica has served, from its own counters (asked directly, not through the gateway). */
async function served(address: string): Promise<number> {
  const client = inferenceClient(address);
  try {
    return counter((await unary<{ text: string }>(client, 'GetMetrics', {}, 5000)).text, 'sightline_inference_requests_total');
  } finally {
    client.close();
  }
}

function spawnApp(app: string, env: Record<string, string>, logs: { text: string }): ChildProcess {
  const child = spawn(process.execPath, [join(ROOT, `dist/apps/${app}/main.js`)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => (logs.text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (logs.text += chunk.toString()));
  return child;
}

/**
 * The way to run several inference replicas: each listens on its own address, and whoever dials inference is given
 * all of them in one setting (`INFERENCE_GRPC_URL=ipv4:a:p1,b:p2`, or `dns:///name:port`). Here: the system as
 * `npm start` runs it (replica A), a second inference process (replica B), and a second gateway dialing both.
 * On MariaDB when one is reachable (one database for every replica, as at scale), else on SQLite.
 * e2e/scheduled.e2e.spec.ts checks the lease hand-over of a dead replica's claims; this one the shared address.
 */
describe('two inference replicas behind one INFERENCE_GRPC_URL', () => {
  let system: System;
  let api: Api;
  let mysqlUrl: string | undefined;
  let replicaB: ChildProcess;
  let gateway: ChildProcess;
  const logs = { text: '' };
  let addressA = '';
  let addressB = '';
  let projectId = '';

  beforeAll(async () => {
    mysqlUrl = await mysqlTestUrl();
    if (!mysqlUrl) {
      console.warn('no MariaDB/MySQL reachable (TEST_MYSQL_URL): the replicas share an SQLite file instead');
    }
    // One image per claim: with the default 32, a replica whose tick came first could claim and predict the whole
    // backlog of 120 in the second before the other's tick (seen once in CI on an idle machine), and nothing was shared.
    system = await startSystem({ PREDICT_INTERVAL: '1', PREDICT_LEASE_SECONDS: '10', PREDICT_MAX_BATCH_SIZE: '1', ...(mysqlUrl ? { DATABASE_URL: mysqlUrl } : {}) });
    addressA = system.grpc.inference;
    addressB = `127.0.0.1:${await freePort()}`;
    replicaB = spawnApp('inference', { ...system.env, INFERENCE_GRPC_URL: addressB }, logs);
    await waitFor('replica B', async () => ((await healthCheck(addressB)) === 'SERVING' ? true : undefined), 60_000);
    const port = await freePort();
    gateway = spawnApp('gateway', { ...system.env, PORT: String(port), INFERENCE_GRPC_URL: `ipv4:${addressA},${addressB}` }, logs);
    await waitFor('the second gateway', async () => ((await fetch(`http://127.0.0.1:${port}/api/v1/health`)).status === 200 ? true : undefined), 90_000);
    api = await new Api(`http://127.0.0.1:${port}`).login('admin', ADMIN_PASSWORD);
  }, 240_000);

  afterAll(async () => {
    for (const child of [gateway, replicaB]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    }
    await system?.stop();
    if (mysqlUrl) {
      await dropMysqlDatabase(mysqlUrl);
    }
  });

  it('shares the scheduled backlog between the replicas, each image predicted once', async () => {
    ({ projectId } = await trainedProject(api, 'replicas', 2));
    const total = (await api.request('GET', `/projects/${projectId}/images?pageSize=1`)).body.total as number;
    expect(total).toBeGreaterThan(100);
    await waitFor('the backlog predicted', async () => ((await api.request('GET', `/projects/${projectId}/images?predicted=false`)).body.total === 0 ? true : undefined), 180_000, 500);
    await waitFor('the runs to finish', async () => {
      const jobs = (await api.request('GET', `/projects/${projectId}/prediction-jobs`)).body as any[];
      return jobs.length > 0 && jobs.every((j) => j.state === 'succeeded') ? true : undefined;
    });
    const jobs = (await api.request('GET', `/projects/${projectId}/prediction-jobs`)).body as any[];
    // Every image has a prediction and the runs made exactly one per image: none was predicted twice.
    expect(jobs.reduce((sum, j) => sum + j.predicted, 0)).toBe(total);
    expect(jobs.reduce((sum, j) => sum + j.failed, 0)).toBe(0);
    expect(new Set(jobs.filter((j) => j.predicted > 0).map((j) => j.replica)).size).toBe(2);
  }, 420_000);

  it('spreads REST predictions over both replicas, and keeps answering every one when a replica is killed', async () => {
    expect(projectId).not.toBe('');
    const predictOne = async (seed: number) => {
      const reply = await api.request('POST', `/projects/${projectId}/predict`, files({ name: `p${seed}.png`, content: await patternImage(seed % 2 ? 'tl' : 'br', 5000 + seed), type: 'image/png' }));
      return { seed, status: reply.status, body: reply.body };
    };
    const [a0, b0] = [await served(addressA), await served(addressB)];
    let seed = 0;
    const answers: Array<{ seed: number; status: number; body: any }> = [];
    // The channel connects to both replicas; once both are ready, calls take turns.
    await waitFor(
      'both replicas serving REST predictions',
      async () => {
        answers.push(...(await Promise.all([predictOne(seed++), predictOne(seed++)])));
        return (await served(addressA)) - a0 >= 3 && (await served(addressB)) - b0 >= 3 ? true : undefined;
      },
      90_000,
      0,
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);

    // Replica B dies (SIGKILL: no graceful stop) while predictions are in flight; every request is still answered.
    const inFlight: Array<Promise<{ seed: number; status: number; body: any }>> = [];
    for (let i = 0; i < 8; i++) {
      inFlight.push(predictOne(seed++));
    }
    replicaB.kill('SIGKILL');
    for (let i = 0; i < 8; i++) {
      inFlight.push(predictOne(seed++));
    }
    const afterKill = await Promise.all(inFlight);
    for (let i = 0; i < 12; i++) {
      afterKill.push(await predictOne(seed++));
    }
    expect(afterKill.filter((a) => a.status !== 200)).toEqual([]);
    expect(afterKill.every((a) => a.body.modelVersion === '1')).toBe(true);
    const aBefore = await served(addressA);
    for (let i = 0; i < 4; i++) {
      expect((await predictOne(seed++)).status).toBe(200);
    }
    expect((await served(addressA)) - aBefore).toBe(4);
    expect(logs.text).not.toMatch(/\bERROR\b/);
  }, 300_000);
});
