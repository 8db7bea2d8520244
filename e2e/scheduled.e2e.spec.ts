import { credentials, loadPackageDefinition, Metadata, ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import Database from 'better-sqlite3';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { pngImage } from './support/images';
import { trainedProject } from './support/inference';
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

/** SQLite's datetime(3) text as TypeORM writes it (UTC). */
function sqliteTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

describe('scheduled prediction by two inference replicas on one history', () => {
  let system: System;
  let api: Api;
  let second: ChildProcess | undefined;
  let secondLogs = '';

  beforeAll(async () => {
    const env = { PREDICT_INTERVAL: '1', PREDICT_LEASE_SECONDS: '5', PREDICT_MAX_BATCH_SIZE: '1' };
    system = await startSystem(env);
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    // A second replica: the same build and database, its own port (nobody needs to dial it).
    const address = `127.0.0.1:${await freePort()}`;
    second = spawn(process.execPath, [join(ROOT, 'dist/apps/inference/main.js')], { cwd: ROOT, env: { ...system.env, INFERENCE_GRPC_URL: address }, stdio: ['ignore', 'pipe', 'pipe'] });
    second.stdout?.on('data', (chunk: Buffer) => (secondLogs += chunk.toString()));
    second.stderr?.on('data', (chunk: Buffer) => (secondLogs += chunk.toString()));
    await waitFor('the second replica', async () => ((await healthCheck(address)) === 'SERVING' ? true : undefined), 60_000);
  }, 180_000);

  afterAll(async () => {
    second?.kill('SIGTERM');
    await system?.stop();
  });

  it('predicts a backlog with no image predicted twice, records the runs as jobs with counts, and takes over a dead replica’s claims once they expire', async () => {
    const { projectId, modelId } = await trainedProject(api, 'backlog', 2);
    await waitFor('the backlog predicted', async () => ((await api.request('GET', `/projects/${projectId}/images?predicted=false`)).body.total === 0 ? true : undefined), 120_000, 500);
    const db = new Database(join(system.dataDir, 'sightline.db'), { fileMustExist: true });
    try {
      const perImage = db.prepare('SELECT image_id, COUNT(*) AS n FROM prediction WHERE model_id = ? GROUP BY image_id').all(modelId) as Array<{ n: number }>;
      expect(perImage).toHaveLength(120);
      expect(perImage.filter((row) => row.n > 1)).toEqual([]);

      await waitFor('the jobs to finish', async () => {
        const jobs = (await api.request('GET', `/projects/${projectId}/prediction-jobs`)).body as any[];
        return jobs.length > 0 && jobs.every((j) => j.state === 'succeeded') ? true : undefined;
      });
      const jobs = (await api.request('GET', `/projects/${projectId}/prediction-jobs`)).body as any[];
      expect(jobs.reduce((sum, j) => sum + j.predicted, 0)).toBe(120);
      expect(jobs.reduce((sum, j) => sum + j.claimed, 0)).toBe(120);
      expect(jobs[0]).toMatchObject({ kind: 'scheduled', modelId, modelVersion: 1, failed: 0, error: null, finishedAt: expect.any(String) });
      // Both replicas took part.
      expect(new Set(jobs.map((j) => j.replica)).size).toBe(2);

      // A replica that claimed images and died: its leases hold them until they expire, then a live replica predicts them.
      const paused = [system.childPid('inference'), second?.pid ?? 0];
      paused.forEach((pid) => process.kill(pid, 'SIGSTOP'));
      let expiry: Date;
      let fresh: string[];
      try {
        fresh = await Promise.all([1, 2, 3].map(async (seed) => (await api.request('POST', `/projects/${projectId}/images`, files({ name: `new${seed}.png`, content: await pngImage(16, 16, 900 + seed), type: 'image/png' }))).body[0].id as string));
        expiry = new Date(Date.now() + 8000); // far enough past the check 2 s from now for a slow machine
        const lease = db.prepare('INSERT INTO prediction_lease (image_id, model_id, claimed_by, claimed_until) VALUES (?, ?, ?, ?)');
        for (const id of fresh) {
          lease.run(id, modelId, 'dead-replica', sqliteTime(expiry));
        }
      } finally {
        paused.forEach((pid) => process.kill(pid, 'SIGCONT'));
      }
      await new Promise((r) => setTimeout(r, 2000));
      expect((await api.request('GET', `/projects/${projectId}/images?predicted=false`)).body.total).toBe(3);
      await waitFor('the expired claims taken over', async () => ((await api.request('GET', `/projects/${projectId}/images?predicted=false`)).body.total === 0 ? true : undefined), 30_000, 250);
      const rows = db.prepare(`SELECT image_id, created_at FROM prediction WHERE model_id = ? AND image_id IN (${fresh.map(() => '?').join(',')})`).all(modelId, ...fresh) as Array<{ created_at: string }>;
      expect(rows).toHaveLength(3);
      for (const row of rows) {
        expect(row.created_at >= sqliteTime(expiry)).toBe(true);
      }
    } finally {
      db.close();
    }
    expect(secondLogs).not.toMatch(/ERROR/);
  }, 300_000);
});
