import { ADMIN_PASSWORD, Api, startSystem, System, waitFor } from './support/system';

/**
 * A gateway that already works on GATEWAY_MAX_IN_FLIGHT requests refuses the next ones at once with 429 and
 * Retry-After instead of queueing them, keeps answering health, and takes requests again once the ones in flight end.
 * History is frozen (SIGSTOP) so that every request that needs it stays in flight until the gRPC deadline.
 */
describe('the gateway sheds requests past GATEWAY_MAX_IN_FLIGHT', () => {
  let system: System;

  beforeAll(async () => {
    system = await startSystem({ GATEWAY_MAX_IN_FLIGHT: '4', GRPC_DEADLINE_MS: '6000' });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('answers 429 with Retry-After past the limit, health meanwhile, and serves again afterwards', async () => {
    const api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    expect((await api.request('GET', '/projects')).status).toBe(200);
    const history = system.childPid('history');
    process.kill(history, 'SIGSTOP');
    let answers: Array<{ status: number; body: { message?: string }; headers: Headers }>;
    let health: number;
    try {
      const held = Array.from({ length: 4 }, () => api.request('GET', '/projects'));
      // The four above are in flight once the gateway has read them; the next ones find it full.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const started = Date.now();
      const refused = await Promise.all(Array.from({ length: 4 }, () => api.request('GET', '/projects')));
      expect(Date.now() - started).toBeLessThan(3000);
      health = (await fetch(`${system.baseUrl}/api/v1/health`)).status;
      answers = [...refused, ...(await Promise.all(held))];
    } finally {
      process.kill(history, 'SIGCONT');
    }
    const shed = answers.filter((a) => a.status === 429);
    expect(shed).toHaveLength(4);
    for (const answer of shed) {
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.body.message).toMatch(/GATEWAY_MAX_IN_FLIGHT/);
    }
    // The held ones end with the deadline (503) or, resumed in time, with their page.
    expect(answers.filter((a) => a.status !== 429).every((a) => a.status === 503 || a.status === 200)).toBe(true);
    expect(health).not.toBe(429);
    await waitFor('the gateway to take requests again', async () => ((await api.request('GET', '/projects')).status === 200 ? true : undefined), 30_000);
  }, 90_000);
});
