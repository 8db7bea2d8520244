import { Metadata, ServiceError, status } from '@grpc/grpc-js';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { counter, inferenceClient, inProcess, trainedProject, unary } from './support/inference';
import { patternImage } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';

describe('immediate prediction through the dynamic batcher', () => {
  let system: System;
  let api: Api;
  let projectId: string;
  let modelId: string;
  let grpc: any;

  beforeAll(async () => {
    // No scheduled prediction: a pass over the imported images would add to the counts and batches asserted here.
    system = await startSystem({ PREDICT_MAX_QUEUE_SIZE: '64', PREDICT_INTERVAL: '86400' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    ({ projectId, modelId } = await trainedProject(api, 'served patterns'));
    grpc = inferenceClient(system.grpc.inference);
  }, 300_000);

  afterAll(async () => {
    grpc?.close();
    await system?.stop();
  });

  it('answers over REST and gRPC exactly as in-process predict does on the same files, and keeps image and prediction in history', async () => {
    const reference = await inProcess(system, modelId);
    // Seeds 60–63 (mod 64) give images the imported data set does not have, so they are stored as new uploads.
    for (const [label, seed] of [['tl', 60], ['br', 61], ['tl', 62], ['br', 63]] as const) {
      const bytes = await patternImage(label, seed);
      const expected = await reference(bytes);
      const rest = await api.request('POST', `/projects/${projectId}/predict`, files({ name: `${label}.png`, content: bytes, type: 'image/png' }));
      expect(rest.status).toBe(200);
      expect(rest.body).toMatchObject({ label: expected.label, modelVersion: '1', imageId: expect.any(String), predictionId: expect.any(String) });
      expect(rest.body.confidence).toBeCloseTo(expected.confidence, 5);
      for (const [name, p] of Object.entries(expected.scores)) {
        expect(rest.body.scores[name]).toBeCloseTo(p, 5);
      }
      expect(rest.body.latencyMs).toBeGreaterThan(0);

      const byBytes = await unary<any>(grpc, 'Predict', { projectId, content: bytes, filename: 'again.png' });
      const byId = await unary<any>(grpc, 'Predict', { projectId, imageId: rest.body.imageId });
      for (const reply of [byBytes, byId]) {
        expect(reply).toMatchObject({ imageId: rest.body.imageId, label: expected.label, modelVersion: '1' });
        expect(reply.confidence).toBeCloseTo(expected.confidence, 5);
      }
      expect(new Set([rest.body.predictionId, byBytes.predictionId, byId.predictionId]).size).toBe(3);
      const image = await api.request('GET', `/images/${rest.body.imageId}`);
      expect(image.body).toMatchObject({ projectId, source: 'upload' });
    }
    // The patterns are easy: the served model is right about them.
    const right = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'br.png', content: await patternImage('br', 124) }));
    expect(right.body.label).toBe('br');
    const predicted = await api.request('GET', `/projects/${projectId}/images?predicted=true&pageSize=200`);
    expect(predicted.body.total).toBe(5);
  });

  it('also takes the image as base64 JSON or as the id of a stored image, and refuses anything ambiguous with a reason', async () => {
    const bytes = await patternImage('tl', 70);
    const uploaded = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: bytes }));
    const asJson = await api.request('POST', `/projects/${projectId}/predict`, { image: bytes.toString('base64'), filename: 'tl-json.png' });
    expect(asJson.status).toBe(200);
    expect(asJson.body).toMatchObject({ imageId: uploaded.body.imageId, label: uploaded.body.label });
    expect(asJson.body.confidence).toBeCloseTo(uploaded.body.confidence, 6);
    const byId = await api.request('POST', `/projects/${projectId}/predict`, { imageId: uploaded.body.imageId });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({ imageId: uploaded.body.imageId, label: uploaded.body.label });
    expect(new Set([uploaded.body.predictionId, asJson.body.predictionId, byId.body.predictionId]).size).toBe(3);
    // A photo-sized image is far over the 100 kB other JSON bodies may have.
    const noise = await sharp(randomBytes(400 * 400 * 3), { raw: { width: 400, height: 400, channels: 3 } }).png().toBuffer();
    expect(noise.length).toBeGreaterThan(300_000);
    expect((await api.request('POST', `/projects/${projectId}/predict`, { image: noise.toString('base64') })).status).toBe(200);

    const other = (await api.request('POST', '/projects', { name: 'someone else' })).body.id as string;
    const foreign = await api.request('POST', `/projects/${other}/predict`, { imageId: uploaded.body.imageId });
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign.status).toBeLessThan(500);
    const refusals: Array<[unknown, number, RegExp]> = [
      [{}, 400, /no image/],
      [{ image: bytes.toString('base64'), imageId: uploaded.body.imageId }, 400, /more than one image \(image, imageId\)/],
      [{ image: 'not base64 at all!' }, 400, /image must be base64/],
      [{ image: Buffer.from('plain text').toString('base64') }, 400, /./],
      [{ imageId: 'nope' }, 400, /imageId must be a UUID/],
      [{ imageId: '00000000-0000-4000-8000-000000000000' }, 404, /./],
      [{ file: 'x' }, 400, /property file should not exist/],
    ];
    for (const [body, status, reason] of refusals) {
      const refused = await api.request('POST', `/projects/${projectId}/predict`, body);
      expect({ body, status: refused.status }).toEqual({ body, status });
      expect(refused.body.message).toMatch(reason);
    }
  });

  it('serves a burst of concurrent requests in batches larger than one, read from /metrics', async () => {
    const before = (await api.request('GET', '/metrics')).body as string;
    const images = await Promise.all(Array.from({ length: 48 }, (_, i) => patternImage(i % 2 ? 'tl' : 'br', 400 + i)));
    const replies = await Promise.all(images.map((content) => unary<any>(grpc, 'Predict', { projectId, content })));
    expect(replies.every((r) => r.modelVersion === '1')).toBe(true);
    const after = (await api.request('GET', '/metrics')).body as string;
    const requests = counter(after, 'sightline_inference_requests_total') - counter(before, 'sightline_inference_requests_total');
    const inferences = counter(after, 'sightline_inference_inferences_total') - counter(before, 'sightline_inference_inferences_total');
    const executions = counter(after, 'sightline_inference_executions_total') - counter(before, 'sightline_inference_executions_total');
    expect(requests).toBe(48);
    expect(inferences).toBe(48);
    expect(inferences / executions).toBeGreaterThan(1.5);
    // The writes to history are batched too: fewer calls (transactions) than predictions.
    const written = counter(after, 'sightline_inference_history_writes_total') - counter(before, 'sightline_inference_history_writes_total');
    const writeBatches = counter(after, 'sightline_inference_history_write_batches_total') - counter(before, 'sightline_inference_history_write_batches_total');
    expect(written).toBe(48);
    expect(writeBatches).toBeLessThan(48);
    expect(after).toMatch(new RegExp(`sightline_inference_batch_size_bucket\\{le="32",service="inference",model="${modelId}"\\}`));
  });

  it('answers a bidirectional PredictStream image by image, in batches, with an error only for the bad image', async () => {
    const images = await Promise.all(Array.from({ length: 40 }, (_, i) => patternImage(i % 2 ? 'tl' : 'br', 700 + i)));
    const before = (await api.request('GET', '/metrics')).body as string;
    const call = grpc.PredictStream(new Metadata(), { deadline: new Date(Date.now() + 30_000) });
    const replies: any[] = [];
    const ended = new Promise<void>((resolve, reject) => {
      call.on('data', (reply: any) => replies.push(reply));
      call.on('end', () => resolve());
      call.on('error', reject);
    });
    images.forEach((content, i) => call.write({ projectId, content, requestId: `r${i}` }));
    call.write({ projectId, content: Buffer.from('not an image'), requestId: 'bad' });
    call.end();
    await ended;
    expect(replies.map((r) => r.requestId).sort()).toEqual([...images.map((_, i) => `r${i}`), 'bad'].sort());
    const bad = replies.find((r) => r.requestId === 'bad');
    expect(bad).toMatchObject({ errorCode: 'INVALID_ARGUMENT', error: expect.stringMatching(/does not decode/), prediction: null });
    const reference = await inProcess(system, modelId);
    for (const reply of replies.filter((r) => r.requestId !== 'bad')) {
      const expected = await reference(images[Number(reply.requestId.slice(1))]);
      expect(reply.errorCode).toBe('');
      expect(reply.prediction).toMatchObject({ label: expected.label, modelVersion: '1', imageId: expect.any(String) });
    }
    const after = (await api.request('GET', '/metrics')).body as string;
    const executions = counter(after, 'sightline_inference_executions_total') - counter(before, 'sightline_inference_executions_total');
    expect(executions).toBeLessThan(40);
  });

  it('switches every request to a promoted version while a load runs, without a restart and without a failed request', async () => {
    const started = (await api.request('POST', `/projects/${projectId}/training-jobs`, { epochs: 1, batchSize: 16 })).body;
    const second = await waitFor('the second version', async () => {
      const job = (await api.request('GET', `/training-jobs/${started.id}`)).body;
      return job.state === 'succeeded' ? job : undefined;
    }, 240_000, 500);
    const images = await Promise.all(Array.from({ length: 16 }, (_, i) => patternImage(i % 2 ? 'tl' : 'br', 600 + i)));
    const seen: string[] = [];
    const failures: unknown[] = [];
    let running = true;
    // A failed request ends its worker: without that, a dead service would turn the load into a tight loop of errors.
    const worker = async (k: number) => {
      for (let i = k; running && failures.length === 0; i += 4) {
        await unary<any>(grpc, 'Predict', { projectId, content: images[i % images.length] }).then(
          (reply) => seen.push(reply.modelVersion),
          (error: unknown) => failures.push(error),
        );
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    try {
      await waitFor('some answers from v1', async () => (seen.length > 20 || failures.length > 0 ? true : undefined));
      const promoted = await api.request('POST', `/models/${second.modelId}/promote`, { reason: 'e2e' });
      if (promoted.status !== 200) {
        throw new Error(`promote answered ${promoted.status} ${JSON.stringify(promoted.body)}\n--- service logs ---\n${system.logs().slice(-6000)}`);
      }
      await waitFor('answers from v2', async () => ((seen.slice(-20).every((v) => v === '2') && seen.length > 40) || failures.length > 0 ? true : undefined), 60_000, 100);
    } finally {
      // The load stops whatever happened, so a failed wait cannot leave it running into the next tests.
      running = false;
      await load;
    }
    expect(failures).toEqual([]);
    expect(seen[0]).toBe('1');
    expect(new Set(seen)).toEqual(new Set(['1', '2']));
    const health = await api.request('GET', '/health');
    expect(health.body.services.inference).toBe('up');
  }, 300_000);

  it('answers "uncertain" below the project threshold (a class threshold replaces it for its label) and keeps the best guess for review', async () => {
    const models = (await api.request('GET', `/projects/${projectId}/models`)).body as Array<{ id: string; aliases: string[] }>;
    const reference = await inProcess(system, models.find((m) => m.aliases.includes('production'))?.id ?? modelId);
    // A grey square matches neither pattern well: its confidence is below 1.
    const vague = await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 120, g: 120, b: 120 } } }).png().toBuffer();
    const expected = await reference(vague);
    expect(expected.confidence).toBeLessThan(1);
    const predictVague = async () => (await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'grey.png', content: vague }))).body;
    const patched = await api.request('PATCH', `/projects/${projectId}`, { confidenceThreshold: (expected.confidence + 1) / 2 });
    expect(patched.body).toMatchObject({ confidenceThreshold: (expected.confidence + 1) / 2, classThresholds: {} });
    const uncertain = await waitFor('the threshold to reach inference', async () => {
      const body = await predictVague();
      return body.uncertain ? body : undefined;
    }, 10_000, 200);
    expect(uncertain).toMatchObject({ label: 'uncertain', uncertain: true });
    expect(uncertain.scores[expected.label]).toBeCloseTo(expected.confidence, 5);
    await api.request('PATCH', `/projects/${projectId}`, { classThresholds: { [expected.label]: expected.confidence / 2 } });
    const certain = await waitFor('the class threshold to reach inference', async () => {
      const body = await predictVague();
      return body.uncertain ? undefined : body;
    }, 10_000, 200);
    expect(certain).toMatchObject({ label: expected.label, uncertain: false });
    for (const bad of [{ confidenceThreshold: 1.5 }, { confidenceThreshold: 'high' }, { classThresholds: { nope: 0.5 } }, { classThresholds: { tl: 'x' } }]) {
      expect((await api.request('PATCH', `/projects/${projectId}`, bad)).status).toBe(400);
    }
    await api.request('PATCH', `/projects/${projectId}`, { confidenceThreshold: 0, classThresholds: {} });
  });

  it('answers 400 to an image that does not decode and to a missing file, 404 to an unknown project, and keeps serving', async () => {
    const garbage = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'x.png', content: Buffer.from('definitely not a png') }));
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/does not decode/) });
    const missing = await api.request('POST', `/projects/${projectId}/predict`, new FormData());
    expect(missing.status).toBe(400);
    const unknown = await api.request('POST', '/projects/00000000-0000-4000-8000-000000000000/predict', files({ name: 'a.png', content: await patternImage('tl', 1) }));
    expect(unknown.status).toBe(404);
    const viaGrpc = await unary(grpc, 'Predict', { projectId, content: Buffer.from('nope') }).catch((e: ServiceError) => e);
    expect((viaGrpc as ServiceError).code).toBe(status.INVALID_ARGUMENT);
    const good = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: await patternImage('tl', 500) }));
    expect(good.status).toBe(200);
  });
});

describe('the bounded prediction queue', () => {
  let system: System;
  let api: Api;
  let projectId: string;

  beforeAll(async () => {
    // A batch never fills (64 > queue of 8) and waits a whole second, so a burst must overflow the queue. No
    // scheduled prediction: its pass over the imported images would take the queue's places and count rejections.
    system = await startSystem({ PREDICT_MAX_BATCH_SIZE: '64', PREDICT_MAX_QUEUE_DELAY_MS: '1000', PREDICT_MAX_QUEUE_SIZE: '8', PREDICT_INTERVAL: '86400' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    ({ projectId } = await trainedProject(api, 'overloaded', 1));
    await waitFor('inference ready', async () => ((await api.request('GET', '/health')).status === 200 ? true : undefined));
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('answers 429 with Retry-After (RESOURCE_EXHAUSTED over gRPC) past the bound instead of queueing without limit', async () => {
    const image = await patternImage('tl', 7);
    const replies = await Promise.all(Array.from({ length: 24 }, () => api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: image }))));
    const statuses = replies.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16);
    const refused = replies.find((r) => r.status === 429);
    expect(refused?.headers.get('retry-after')).toBe('1');
    expect(refused?.body.message).toMatch(/queue is full/);

    const grpc = inferenceClient(system.grpc.inference);
    const direct = await Promise.allSettled(Array.from({ length: 12 }, () => unary(grpc, 'Predict', { projectId, content: image })));
    grpc.close();
    const codes = direct.map((r) => (r.status === 'fulfilled' ? status.OK : (r.reason as ServiceError).code));
    expect(codes.filter((c) => c === status.RESOURCE_EXHAUSTED)).toHaveLength(4);
    const metrics = (await api.request('GET', '/metrics')).body as string;
    expect(counter(metrics, 'sightline_inference_rejected_total')).toBe(20);
  });

  it('keeps health answering and memory bounded while predictions are shed', async () => {
    const image = await patternImage('tl', 11);
    const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${system.childPid('inference')}/status`, 'utf8'))?.[1]) * 1024;
    const rssBefore = rss();
    const statuses = new Map<number, number>();
    let stop = false;
    const flood = Array.from({ length: 32 }, async () => {
      while (!stop) {
        const reply = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: image }));
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.status === 429) {
          expect(reply.headers.get('retry-after')).toBe('1');
        }
      }
    });
    const health: number[] = [];
    for (let i = 0; i < 10; i++) {
      // Each service's health check has a 1.5 s deadline: a service too busy to answer would show as down (503).
      health.push((await api.request('GET', '/health')).status);
      await new Promise((r) => setTimeout(r, 300));
    }
    stop = true;
    await Promise.all(flood);
    expect(health).toEqual(Array(10).fill(200));
    expect(statuses.get(429) ?? 0).toBeGreaterThan(100);
    expect([...statuses.keys()].sort()).toEqual([200, 429]);
    // Shed requests hold nothing: thousands of them leave the inference process's memory about where it was.
    expect(rss() - rssBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it('finishes the predictions it has accepted when stopped with SIGTERM, then comes back', async () => {
    const image = await patternImage('tl', 9);
    // The model here trained for one epoch: what it answers for this image before the signal is what must come back.
    const label = (await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: image }))).body.label;
    expect(label).toMatch(/^(tl|br)$/);
    const before = system.childPid('inference');
    const grpc = inferenceClient(system.grpc.inference);
    const metricsBefore = (await api.request('GET', '/metrics')).body as string;
    // A batch waits a whole second here (PREDICT_MAX_QUEUE_DELAY_MS), so these are still queued when the signal comes.
    const calls = Array.from({ length: 6 }, () => unary<any>(grpc, 'Predict', { projectId, content: image }, 20_000));
    await waitFor('the calls to reach the queue', async () => {
      const metrics = (await api.request('GET', '/metrics')).body as string;
      return counter(metrics, 'sightline_inference_requests_total') - counter(metricsBefore, 'sightline_inference_requests_total') >= 6 ? true : undefined;
    }, 5_000, 50);
    process.kill(before, 'SIGTERM');
    const replies = await Promise.allSettled(calls);
    grpc.close();
    expect(replies.map((r) => (r.status === 'fulfilled' ? r.value.label : (r.reason as Error).message))).toEqual(Array(6).fill(label));
    for (const reply of replies) {
      const stored = await api.request('GET', `/images/${(reply as PromiseFulfilledResult<any>).value.imageId}`);
      expect(stored.status).toBe(200);
    }
    await waitFor('a new inference process', async () => (system.childPid('inference') !== before ? true : undefined), 30_000);
    await waitFor('serving again', async () => {
      const reply = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: image }));
      return reply.status === 200 ? true : undefined;
    }, 60_000, 500);
  }, 120_000);

  it('answers 503 within the gRPC deadline while the inference service hangs, and serves again once it resumes', async () => {
    const image = await patternImage('br', 8);
    const label = (await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'br.png', content: image }))).body.label;
    expect(label).toMatch(/^(tl|br)$/);
    const pid = system.childPid('inference');
    process.kill(pid, 'SIGSTOP');
    try {
      const started = Date.now();
      const hung = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'br.png', content: image }));
      // GRPC_DEADLINE_MS is 10 s by default: the gateway gives up then, it never hangs with the service.
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(hung.status).toBe(503);
      expect(hung.body.message).toMatch(/^the inference service, needed for POST .*, is unavailable/);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const served = await waitFor('a prediction after the resume', async () => {
      const reply = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'br.png', content: image }));
      return reply.status === 200 ? reply.body : undefined;
    }, 30_000, 500);
    expect(served.label).toBe(label);
  }, 90_000);
});
