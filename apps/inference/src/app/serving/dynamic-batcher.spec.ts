import { ErrorCode } from '@sightline/contracts';
import { DynamicBatcher, QueueFullError } from './dynamic-batcher';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stand-in model: squares its inputs, takes `ms` per call whatever the batch size (like a vectorised kernel). */
function squaring(ms: number, seen: number[][]) {
  return async (items: number[]) => {
    seen.push(items);
    await sleep(ms);
    return items.map((x) => x * x);
  };
}

describe('DynamicBatcher', () => {
  it('serves a burst of concurrent requests in batches no larger than maxBatchSize, each caller getting its own answer', async () => {
    const seen: number[][] = [];
    const batcher = new DynamicBatcher(squaring(5, seen), { maxBatchSize: 16, maxQueueDelayMs: 2, maxQueueSize: 1000 });
    const inputs = Array.from({ length: 100 }, (_, i) => i);
    const outputs = await Promise.all(inputs.map((x) => batcher.submit(x)));
    expect(outputs).toEqual(inputs.map((x) => x * x));
    expect(batcher.stats).toEqual({ requests: 100, inferences: 100, executions: seen.length, rejected: 0 });
    expect(Math.max(...seen.map((b) => b.length))).toBe(16);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(100 / 16) + 1);
    expect(seen.flat().sort((a, b) => a - b)).toEqual(inputs);
  });

  it('grows batches by itself while the model is busy with requests that arrive over time', async () => {
    const seen: number[][] = [];
    const batcher = new DynamicBatcher(squaring(10, seen), { maxBatchSize: 64, maxQueueDelayMs: 1, maxQueueSize: 1000 });
    const pending: Array<Promise<number>> = [];
    for (let i = 0; i < 60; i++) {
      pending.push(batcher.submit(i));
      await sleep(1);
    }
    await Promise.all(pending);
    expect(batcher.stats.inferences / batcher.stats.executions).toBeGreaterThan(3);
  });

  it('runs a lone request after at most about maxQueueDelayMs, and with maxBatchSize 1 never batches', async () => {
    const seen: number[][] = [];
    const lone = new DynamicBatcher(squaring(0, seen), { maxBatchSize: 32, maxQueueDelayMs: 20, maxQueueSize: 10 });
    const started = Date.now();
    expect(await lone.submit(3)).toBe(9);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(15);
    expect(waited).toBeLessThan(500);

    const unbatchedSeen: number[][] = [];
    const unbatched = new DynamicBatcher(squaring(1, unbatchedSeen), { maxBatchSize: 1, maxQueueDelayMs: 2, maxQueueSize: 100 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => unbatched.submit(i)));
    expect(unbatchedSeen.every((b) => b.length === 1)).toBe(true);
    expect(unbatched.stats.executions).toBe(20);
  });

  it('runs at most maxConcurrent executions at once, one by default, and idle() waits for all of them', async () => {
    for (const maxConcurrent of [undefined, 2]) {
      let running = 0;
      let most = 0;
      const batcher = new DynamicBatcher(
        async (items: number[]) => {
          most = Math.max(most, ++running);
          await sleep(10);
          running--;
          return items.map((x) => x + 1);
        },
        { maxBatchSize: 4, maxQueueDelayMs: 1, maxQueueSize: 100, maxConcurrent },
      );
      const outputs = Promise.all(Array.from({ length: 40 }, (_, i) => batcher.submit(i)));
      await sleep(2);
      await batcher.idle();
      expect(running).toBe(0);
      expect(await outputs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(most).toBe(maxConcurrent ?? 1);
    }
  });

  it('refuses with TOO_MANY_REQUESTS past maxQueueSize instead of growing, and serves again once drained', async () => {
    const seen: number[][] = [];
    const batcher = new DynamicBatcher(squaring(20, seen), { maxBatchSize: 4, maxQueueDelayMs: 2, maxQueueSize: 10 });
    const results = await Promise.allSettled(Array.from({ length: 30 }, (_, i) => batcher.submit(i)));
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    // The first 4 fill a batch that starts at once; 10 more wait; the other 16 are refused.
    expect(rejected).toHaveLength(16);
    expect(rejected[0].reason).toBeInstanceOf(QueueFullError);
    expect(rejected[0].reason).toMatchObject({ code: ErrorCode.TooManyRequests, retryAfterSeconds: 1 });
    expect(batcher.stats).toMatchObject({ requests: 30, inferences: 14, rejected: 16 });
    expect(batcher.depth).toBe(0);
    expect(await batcher.submit(7)).toBe(49);
  });

  it('fails only the batch whose execution failed and keeps serving', async () => {
    let calls = 0;
    const batcher = new DynamicBatcher(
      async (items: number[]) => {
        calls++;
        if (calls === 1) {
          throw new Error('kernel failed');
        }
        return items.map((x) => -x);
      },
      { maxBatchSize: 8, maxQueueDelayMs: 1, maxQueueSize: 100 },
    );
    const first = await Promise.allSettled([batcher.submit(1), batcher.submit(2)]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await batcher.submit(5)).toBe(-5);
    await batcher.idle();
  });
});
