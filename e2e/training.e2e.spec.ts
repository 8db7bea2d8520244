import { credentials, loadPackageDefinition, Metadata, ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { join } from 'node:path';
import { ADMIN_PASSWORD, Api, files, ROOT, startSystem, System, trainToEnd, waitFor } from './support/system';
import { patternDataset as dataset } from './support/patterns';

describe('training jobs and the model registry', () => {
  let system: System;
  let api: Api;
  let projectId: string;

  beforeAll(async () => {
    // Two threads whatever the machine: each batch is split between the job's worker and a replica thread.
    system = await startSystem({ TRAINING_THREADS: '2' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    projectId = (await api.request('POST', '/projects', { name: 'patterns' })).body.id;
    const job = (await api.request('POST', `/projects/${projectId}/imports`, files({ name: 'patterns.zip', content: await dataset() }))).body;
    await waitFor('the import', async () => ((await api.request('GET', `/imports/${job.id}`)).body.state === 'succeeded' ? true : undefined));
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  const train = (body: object) => trainToEnd(api, projectId, body);

  it('trains in the background to well above chance, keeps the service responsive, and makes the first model production', async () => {
    const started = await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs: 8, batchSize: 16 });
    expect(started.body).toMatchObject({ state: 'queued', trigger: 'manual' });
    const health = loadPackageDefinition(loadSync(join(ROOT, 'proto/health.proto'), { enums: String })) as any;
    const client = new health.grpc.health.v1.Health(system.grpc.training, credentials.createInsecure());
    let checks = 0;
    const job = await waitFor('the job to finish', async () => {
      // The training service must answer gRPC while a job runs.
      const reply = await new Promise<any>((resolve, reject) =>
        client.Check({}, new Metadata(), { deadline: new Date(Date.now() + 2000) }, (e: ServiceError | null, r: unknown) => (e ? reject(e) : resolve(r))),
      );
      expect(reply.status).toBe('SERVING');
      checks++;
      const current = (await api.request('GET', `/training-jobs/${started.body.id}`)).body;
      return ['succeeded', 'failed', 'cancelled'].includes(current.state) ? current : undefined;
    }, 240_000, 500);
    client.close();
    expect(checks).toBeGreaterThan(1);
    expect(job).toMatchObject({ state: 'succeeded', progress: 1, error: null });
    const model = (await api.request('GET', `/models/${job.modelId}`)).body;
    expect(model).toMatchObject({ version: 1, aliases: ['production'], labels: ['br', 'tl'], architecture: 'cnn' });
    expect(model.metrics.accuracy).toBeGreaterThan(0.85);
    expect(model.metrics.testCount).toBe(24);
    expect(model.metrics.confusionMatrix).toHaveLength(2);
    expect(model.metrics.curves.length).toBeGreaterThan(0);
    expect(model.metrics.backend).toBe('wasm');
    expect(model.metrics.decodedInMemory).toBe(true);
    expect(model.metrics.trainingThreads).toBe(2);
    // What was asked for is kept; what was not is chosen from the data (a small colour set: augmented and mirrored).
    expect(model.hyperParameters).toMatchObject({ epochs: 8, batchSize: 16, learningRate: 0.001, augment: true, flip: true, averageDecay: 0.998, channels: 3 });
    expect(job.params).toMatchObject({ epochs: 8, batchSize: 16, augment: true, flip: true });
    const wrong = (await api.request('GET', `/models/${job.modelId}/test-results?actual=tl&predicted=br`)).body;
    expect(wrong).toHaveLength(model.metrics.confusionMatrix[1][0]);
    expect((await api.request('GET', `/models/${job.modelId}/test-results`)).body).toHaveLength(24);
  }, 300_000);

  it('keeps later versions as candidates, promotes and rolls back with a recorded history', async () => {
    const second = await train({ epochs: 2, batchSize: 16 });
    expect(second.state).toBe('succeeded');
    const models = (await api.request('GET', `/projects/${projectId}/models`)).body;
    expect(models.map((m: any) => [m.version, m.aliases])).toEqual([
      [2, ['candidate']],
      [1, ['production']],
    ]);
    const promoted = await api.request('POST', `/models/${second.modelId}/promote`, { reason: 'better on the line' });
    expect(promoted.body.aliases).toEqual(['production']);
    expect((await api.request('POST', `/models/${second.modelId}/promote`, {})).status).toBe(409);
    const rolledBack = await api.request('POST', `/projects/${projectId}/models/rollback`, { reason: 'false rejects' });
    expect(rolledBack.body).toMatchObject({ version: 1, aliases: ['production'] });
    const history = (await api.request('GET', `/projects/${projectId}/models/history`)).body;
    expect(history.filter((e: any) => e.alias === 'production').map((e: any) => `${e.action}:${e.fromVersion}->${e.toVersion}:${e.actor}:${e.reason}`)).toEqual([
      'rollback:2->1:admin:false rejects',
      'promote:1->2:admin:better on the line',
      'auto-promote:null->1:admin:first model of the project',
    ]);
  }, 300_000);

  it('cancels a running job within seconds and rejects bad hyper-parameters', async () => {
    const started = await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs: 400, batchSize: 8 });
    await waitFor('the job to run', async () => ((await api.request('GET', `/training-jobs/${started.body.id}`)).body.batch > 0 ? true : undefined), 60_000);
    const asked = Date.now();
    await api.request('POST', `/training-jobs/${started.body.id}/cancel`);
    await waitFor('the job to be cancelled', async () => ((await api.request('GET', `/training-jobs/${started.body.id}`)).body.state === 'cancelled' ? true : undefined), 15_000);
    expect(Date.now() - asked).toBeLessThan(15_000);
    // A training service killed mid-job comes back and marks that job failed, never leaving it running.
    const versionsBefore = (await api.request('GET', `/projects/${projectId}/models`)).body.length;
    const doomed = (await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs: 400, batchSize: 8 })).body;
    await waitFor('the job to run', async () => ((await api.request('GET', `/training-jobs/${doomed.id}`)).body.batch > 0 ? true : undefined), 60_000);
    process.kill(system.childPid('training'), 'SIGKILL');
    const dead = await waitFor('the job to be failed after the restart', async () => {
      const response = await api.request('GET', `/training-jobs/${doomed.id}`);
      return response.status === 200 && response.body.state === 'failed' ? response.body : undefined;
    }, 60_000);
    expect(dead.error).toMatch(/stopped while this job was running/);
    expect((await api.request('GET', `/projects/${projectId}/models`)).body).toHaveLength(versionsBefore);

    for (const bad of [{ epochs: 0 }, { epochs: 'ten' }, { learningRate: 3 }, { batchSize: 100000 }, { imageSize: 4 }, { optimizer: 'sgd' }, { augment: 'yes' }, { flip: 1 }, { averageDecay: 1 }, { averageDecay: -0.5 }, { architecture: 'resnet' }]) {
      expect((await api.request('POST', `/projects/${projectId}/training-jobs`, bad)).status).toBe(400);
    }
    // Transfer learning needs a backbone this system was not given.
    const noBackbone = await api.request('POST', `/projects/${projectId}/training-jobs`, { architecture: 'transfer' });
    expect(noBackbone.status).toBe(400);
    expect(noBackbone.body.message).toMatch(/BACKBONE_URL/);
    const empty = (await api.request('POST', '/projects', { name: 'no labels' })).body.id;
    const failed = await (async () => {
      const job = (await api.request('POST', `/projects/${empty}/training-jobs`, {})).body;
      return waitFor('the job to fail', async () => {
        const current = (await api.request('GET', `/training-jobs/${job.id}`)).body;
        return current.state === 'failed' ? current : undefined;
      });
    })();
    expect(failed.error).toMatch(/at least 2 labels/);
  }, 300_000); // its waits add up to more than 120 s on a slow machine: two job starts, a kill and a restart
});
