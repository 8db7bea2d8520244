import { createHmac } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { trainedProject } from './support/inference';
import { patternImage } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, trainToEnd, waitFor } from './support/system';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const SECRET = 'e2e-webhook-secret-0123456789';

describe('webhooks: signed JSON POSTs on events, retried, with their deliveries visible', () => {
  let system: System;
  let api: Api;
  let projectId: string;
  let receiver: Server;
  let base: string;
  const received: Received[] = [];
  const failedOnce = new Set<string>();

  beforeAll(async () => {
    // A loopback receiver: /flaky answers 500 to the first attempt of each delivery and 200 to the next; /down always 503.
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const entry = { path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
        received.push(entry);
        const id = String(request.headers['x-sightline-delivery']);
        if (entry.path === '/down') {
          response.writeHead(503).end();
        } else if (!failedOnce.has(id)) {
          failedOnce.add(id);
          response.writeHead(500).end();
        } else {
          response.writeHead(200).end('ok');
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    system = await startSystem({ WEBHOOK_RETRY_BASE_MS: '200', WEBHOOK_MAX_ATTEMPTS: '3', PREDICT_INTERVAL: '86400' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    ({ projectId } = await trainedProject(api, 'hooked patterns'));
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
    receiver?.close();
  });

  const deliveries = async (hookId: string) => (await api.request('GET', `/webhooks/${hookId}/deliveries`)).body as any[];

  it('signs each event with HMAC-SHA256, retries a failed attempt, and gives up after WEBHOOK_MAX_ATTEMPTS', async () => {
    const flaky = await api.request('POST', `/projects/${projectId}/webhooks`, { url: `${base}/flaky`, events: ['prediction.uncertain', 'prediction.label:tl', 'model.promoted'], secret: SECRET });
    expect(flaky.status).toBe(201);
    expect(flaky.body).toMatchObject({ projectId, url: `${base}/flaky`, secret: SECRET });
    const down = await api.request('POST', `/projects/${projectId}/webhooks`, { url: `${base}/down`, events: ['model.trained'] });
    expect(down.body.secret).toMatch(/^.{16,}$/);
    expect((await api.request('GET', `/projects/${projectId}/webhooks`)).body.map((h: any) => h.secret)).toEqual([null, null]);

    // Every prediction is uncertain below a threshold of 1; a clear top-left one is also prediction.label:tl.
    await api.request('PATCH', `/projects/${projectId}`, { confidenceThreshold: 1 });
    const tl = (await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'tl.png', content: await patternImage('tl', 60), type: 'image/png' }))).body;
    // An uncertain answer says `uncertain`; history keeps the best guess as the prediction's label.
    expect(tl.label).toBe(tl.uncertain ? 'uncertain' : 'tl');
    const br = (await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'br.png', content: await patternImage('br', 61), type: 'image/png' }))).body;
    expect(br.label).toBe(br.uncertain ? 'uncertain' : 'br');

    // A softmax may round to exactly 1: only what really was uncertain is expected.
    const expected = ['prediction.label:tl', ...[tl, br].filter((p) => p.uncertain).map(() => 'prediction.uncertain')].sort();
    expect(expected.length).toBeGreaterThan(1);
    const done = await waitFor('the deliveries to succeed', async () => {
      const list = await deliveries(flaky.body.id);
      return list.length === expected.length && list.every((d) => d.state === 'succeeded') ? list : undefined;
    }, 60_000);
    expect(done.map((d) => d.event).sort()).toEqual(expected);
    expect(done.every((d) => d.attempts === 2 && d.lastStatus === 200 && d.deliveredAt)).toBe(true);
    for (const delivery of done) {
      const attempts = received.filter((r) => r.headers['x-sightline-delivery'] === delivery.id);
      expect(attempts).toHaveLength(2);
      for (const attempt of attempts) {
        expect(attempt.body).toBe(delivery.body);
        expect(attempt.headers['content-type']).toBe('application/json');
        expect(attempt.headers['x-sightline-event']).toBe(delivery.event);
        expect(attempt.headers['x-sightline-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(attempt.body).digest('hex')}`);
      }
      const body = JSON.parse(delivery.body);
      expect(body).toMatchObject({ id: delivery.id, event: delivery.event, projectId, data: { modelVersion: 1 } });
      expect([tl.predictionId, br.predictionId]).toContain(body.data.predictionId);
    }
    // prediction.label:br was not subscribed.
    expect(received.some((r) => r.headers['x-sightline-event'] === 'prediction.label:br')).toBe(false);

    // A new version: model.trained goes to /down (503 every time) and fails after 3 attempts; its promotion goes to /flaky.
    const job = await trainToEnd(api, projectId, { epochs: 1, batchSize: 16 });
    expect(job.state).toBe('succeeded');
    const failed = await waitFor('the model.trained delivery to give up', async () => {
      const list = await deliveries(down.body.id);
      return list[0]?.state === 'failed' ? list[0] : undefined;
    }, 60_000);
    expect(failed).toMatchObject({ event: 'model.trained', attempts: 3, lastStatus: 503, lastError: 'the receiver answered 503', deliveredAt: null });
    expect(JSON.parse(failed.body).data).toMatchObject({ modelId: job.modelId, version: 2, alias: 'candidate' });
    expect((await api.request('POST', `/models/${job.modelId}/promote`, { reason: 'webhook test' })).status).toBe(200);
    const promoted = await waitFor('the model.promoted delivery', async () => (await deliveries(flaky.body.id)).find((d) => d.event === 'model.promoted' && d.state === 'succeeded'), 60_000);
    expect(JSON.parse(promoted.body).data).toMatchObject({ modelId: job.modelId, version: 2, action: 'promote', actor: 'admin', reason: 'webhook test' });

    // Deleting a webhook stops its deliveries and its list.
    expect((await api.request('DELETE', `/webhooks/${down.body.id}`)).status).toBe(204);
    expect((await api.request('GET', `/webhooks/${down.body.id}/deliveries`)).status).toBe(404);
  }, 300_000);

  it('sends camera.failing once a camera has failed CAMERA_FAILING_AFTER times in a row, once per camera within the cooldown', async () => {
    const hook = await api.request('POST', `/projects/${projectId}/webhooks`, { url: `${base}/cameras`, events: ['camera.failing'], secret: SECRET });
    expect(hook.status).toBe(201);
    // A port that was free a moment ago: every capture fails at once with a refused connection.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const camera = async (name: string) =>
      (await api.request('POST', `/projects/${projectId}/cameras`, { name, kind: 'http-snapshot', url: `http://127.0.0.1:${closedPort}/snapshot.jpg`, schedule: { everySeconds: 3600 } })).body
        .id as string;
    const failTimes = async (id: string, failures: number) => {
      await waitFor(`camera ${id} to fail ${failures} times in a row`, async () => {
        const status = (await api.request('GET', `/cameras/${id}`)).body;
        if (status.consecutiveFailures >= failures) {
          return status;
        }
        expect((await api.request('POST', `/cameras/${id}/capture`)).status).toBeGreaterThanOrEqual(400);
        return undefined;
      }, 60_000);
    };
    const ofCamera = async (id: string) => (await deliveries(hook.body.id)).filter((d) => JSON.parse(d.body).data.cameraId === id);
    const gate = await camera('gate');
    await failTimes(gate, 2);
    const sent = await waitFor('camera.failing of the gate camera', async () => {
      await failTimes(gate, 3);
      const list = await ofCamera(gate);
      return list.length > 0 && list[0].state === 'succeeded' ? list : undefined;
    }, 60_000);
    const body = JSON.parse(sent[0].body);
    expect(body).toMatchObject({ event: 'camera.failing', projectId, data: { cameraId: gate, name: 'gate', kind: 'http-snapshot' } });
    expect(body.data.consecutiveFailures).toBeGreaterThanOrEqual(3);
    expect(body.data.lastError).toMatch(/did not answer|refused/i);
    const attempt = received.find((r) => r.headers['x-sightline-delivery'] === sent[0].id);
    expect(attempt?.headers['x-sightline-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(attempt?.body ?? '').digest('hex')}`);

    // More failures of the same camera stay within its cooldown (WEBHOOK_CAMERA_COOLDOWN_SECONDS, 300 s); another camera has its own.
    await failTimes(gate, body.data.consecutiveFailures + 2);
    const dock = await camera('dock');
    await waitFor('camera.failing of the dock camera', async () => {
      await failTimes(dock, 3);
      const list = await ofCamera(dock);
      return list.length > 0 ? list : undefined;
    }, 60_000);
    expect(await ofCamera(gate)).toHaveLength(1);
  }, 180_000);

  it('refuses unknown events, non-http URLs and short secrets with a reason', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ url: `${base}/x`, events: ['prediction.maybe'] }, /unknown event/],
      [{ url: 'ftp://example.com/x', events: ['model.trained'] }, /url/],
      [{ url: `${base}/x`, events: [] }, /events/],
      [{ url: `${base}/x`, events: ['model.trained'], secret: 'short' }, /secret/],
    ];
    for (const [body, message] of cases) {
      const reply = await api.request('POST', `/projects/${projectId}/webhooks`, body);
      expect({ body, status: reply.status }).toEqual({ body, status: 400 });
      expect(JSON.stringify(reply.body.message)).toMatch(message);
    }
    expect((await api.request('POST', '/projects/00000000-0000-4000-8000-000000000000/webhooks', { url: `${base}/x`, events: ['model.trained'] })).status).toBe(404);
  });
});
