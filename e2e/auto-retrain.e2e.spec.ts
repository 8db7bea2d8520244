import sharp from 'sharp';
import { trainedProject } from './support/inference';
import { patternImage } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';

/**
 * The patterns data set's image for a seed with its first noise pixel one step brighter: new bytes that
 * look like the training images to a model (the data set's own noise repeats every 64 seeds).
 */
async function nearCopy(kind: 'tl' | 'br', seed: number): Promise<Buffer> {
  const { data, info } = await sharp(await patternImage(kind, seed)).raw().toBuffer({ resolveWithObject: true });
  data[0] = data[0] + 1;
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).png().toBuffer();
}

/** Stores pattern images of one kind, all with the given label, in one upload. */
async function upload(api: Api, projectId: string, kind: 'tl' | 'br', label: string, seeds: number[]): Promise<string[]> {
  const images = await Promise.all(seeds.map(async (seed) => ({ name: `${seed}.png`, content: await nearCopy(kind, seed), type: 'image/png' })));
  const form = files(...images);
  form.append('label', label);
  const reply = await api.request('POST', `/projects/${projectId}/images`, form);
  expect(reply.status).toBe(201);
  expect(reply.body.every((i: any) => !i.duplicate)).toBe(true);
  return reply.body.map((i: any) => i.id as string);
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('auto-retrain after AUTO_RETRAIN_LABELS new labels, behind a promotion gate', () => {
  let system: System;
  let api: Api;
  let projectId: string;
  let productionId: string;

  beforeAll(async () => {
    system = await startSystem({ AUTO_RETRAIN_LABELS: '60', AUTO_RETRAIN_CHECK_SECONDS: '1', AUTO_RETRAIN_MARGIN: '0.05' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    ({ projectId, modelId: productionId } = await trainedProject(api, 'retrained patterns'));
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  const autoJobs = async () => ((await api.request('GET', `/projects/${projectId}/training-jobs`)).body as any[]).filter((j) => j.trigger === 'auto-retrain');
  const finished = (jobId: string) =>
    waitFor(
      'the auto-retrain job to end',
      async () => {
        const job = (await api.request('GET', `/training-jobs/${jobId}`)).body;
        return ['succeeded', 'failed', 'cancelled'].includes(job.state) ? job : undefined;
      },
      240_000,
      500,
    );

  it('starts a job by itself at the 60th new label; a worse version stays candidate with the reason, a better one is promoted', async () => {
    // Every top-left training image relabeled bottom-right, and 11 new near-copies labeled so too: 59 new labels, one short.
    const trainTl = ((await api.request('GET', `/projects/${projectId}/images?label=tl&pageSize=200`)).body.items as any[]).filter((i) => i.split === 'train');
    expect(trainTl).toHaveLength(48);
    const wrong: string[] = [];
    for (const image of trainTl) {
      expect((await api.request('PUT', `/images/${image.id}/label`, { label: 'br' })).status).toBe(200);
      wrong.push(image.id);
    }
    wrong.push(...(await upload(api, projectId, 'tl', 'br', range(0, 11))));
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(await autoJobs()).toEqual([]);

    wrong.push(...(await upload(api, projectId, 'tl', 'br', [11])));
    const started = await waitFor('an auto-retrain job', async () => (await autoJobs())[0], 60_000);
    const job = await finished(started.id);
    expect(job.state).toBe('succeeded');

    // Tested on production's own held-out images, the version trained on wrong labels is worse: it stays candidate.
    const worse = (await api.request('GET', `/models/${job.modelId}`)).body;
    expect(worse.aliases).toEqual(['candidate']);
    expect(worse.metrics.gate).toMatchObject({ promote: false, productionModelId: productionId, images: 24 });
    expect(worse.metrics.gate.accuracy).toBeLessThan(worse.metrics.gate.productionAccuracy);
    expect(worse.metrics.gate.reason).toMatch(/^not promoted: .* on the 24 held-out images of production v1/);
    const production = (await api.request('GET', `/models/${productionId}`)).body;
    expect(production.aliases).toContain('production');
    const history = (await api.request('GET', `/projects/${projectId}/models/history`)).body as any[];
    expect(history.find((e) => e.toModelId === job.modelId)?.reason).toBe(worse.metrics.gate.reason);

    // The same labels do not start another job.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await autoJobs()).toHaveLength(1);

    // Correcting the 60 wrong labels is 60 new labels (origin review): the next version learns from the right ones and is promoted.
    for (const id of wrong) {
      expect((await api.request('PUT', `/images/${id}/label`, { label: 'tl' })).status).toBe(200);
    }
    const next = await waitFor('a second auto-retrain job', async () => (await autoJobs()).find((j) => j.id !== started.id), 60_000);
    const second = await finished(next.id);
    expect(second.state).toBe('succeeded');
    const better = (await api.request('GET', `/models/${second.modelId}`)).body;
    expect(better.metrics.gate).toMatchObject({ promote: true, images: 24 });
    expect(better.metrics.gate.accuracy).toBeGreaterThanOrEqual(better.metrics.gate.productionAccuracy);
    expect(better.aliases).toContain('production');
    const events = (await api.request('GET', `/projects/${projectId}/models/history`)).body as any[];
    expect(events[0]).toMatchObject({ alias: 'production', action: 'promote', actor: 'auto-retrain', fromModelId: productionId, toModelId: second.modelId });
    // The gateway's audit log has the auto-promotion too (copied from training within seconds), once, with actor and reason.
    const audited = await waitFor('the auto-promotion in the audit log', async () => {
      const items = (await api.request('GET', `/audit?projectId=${projectId}&action=model.promote&actor=auto-retrain`)).body.items as any[];
      return items.some((e) => e.targetId === second.modelId) ? items : undefined;
    }, 30_000);
    expect(audited.filter((e) => e.targetId === second.modelId)).toEqual([
      expect.objectContaining({ actor: 'auto-retrain', action: 'model.promote', targetType: 'model', projectId, details: expect.objectContaining({ version: better.version, fromModelId: productionId, reason: events[0].reason }) }),
    ]);
    expect(events[0].reason).toMatch(/\S/);
    // The project's first model became production by itself: that promotion is audited too, under whoever trained it.
    const all = (await api.request('GET', `/audit?projectId=${projectId}&action=model.promote`)).body.items as any[];
    expect(all.filter((e) => e.targetId === productionId)).toEqual([expect.objectContaining({ details: expect.objectContaining({ reason: 'first model of the project' }) })]);
  });

  it('keeps a per-project threshold, back to the default with null, and refuses a bad one', async () => {
    const set = await api.request('PATCH', `/projects/${projectId}`, { autoRetrainLabels: 500 });
    expect(set.status).toBe(200);
    expect(set.body.autoRetrainLabels).toBe(500);
    expect((await api.request('GET', `/projects/${projectId}`)).body.autoRetrainLabels).toBe(500);
    expect((await api.request('PATCH', `/projects/${projectId}`, { autoRetrainLabels: null })).body.autoRetrainLabels).toBeNull();
    const bad = await api.request('PATCH', `/projects/${projectId}`, { autoRetrainLabels: -3 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/autoRetrainLabels/);
  });
});
