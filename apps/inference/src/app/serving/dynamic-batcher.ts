import { DomainError, ErrorCode } from '@sightline/contracts';

export interface BatcherLimits {
  /** Largest number of items one execution serves; 1 turns batching off. */
  maxBatchSize: number;
  /** How long the oldest queued item may wait for company before its batch runs. */
  maxQueueDelayMs: number;
  /** Items the queue holds; past it `submit` refuses at once. */
  maxQueueSize: number;
  /** Executions that may run at once; 1 (the default) for a model, more for work that waits on I/O. */
  maxConcurrent?: number;
}

/** Hooks for counters; the batcher itself keeps only what it needs to schedule. */
export interface BatcherObserver {
  requested(): void;
  rejected(): void;
  executed(batchSize: number, seconds: number): void;
  queueDepth(depth: number): void;
}

export interface BatcherStats {
  requests: number;
  inferences: number;
  executions: number;
  rejected: number;
}

interface Pending<I, O> {
  item: I;
  enqueuedAt: number;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** The queue is full: the caller should come back after about this long. */
export class QueueFullError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    depth: number,
  ) {
    super(ErrorCode.TooManyRequests, `the prediction queue is full (${depth} waiting): retry in ${retryAfterSeconds} s`);
  }
}

/**
 * Dynamic batching the way Triton does it: items queue until `maxBatchSize` are waiting or the oldest
 * has waited `maxQueueDelayMs`, then one `execute` call serves them all. One execution runs at a time
 * (or `maxConcurrent`), so under load the queue fills while the model is busy and batches grow by themselves.
 */
export class DynamicBatcher<I, O> {
  private readonly queue: Array<Pending<I, O>> = [];
  private timer: NodeJS.Timeout | undefined;
  private running = 0;
  private idleWaiters: Array<() => void> = [];
  readonly stats: BatcherStats = { requests: 0, inferences: 0, executions: 0, rejected: 0 };

  constructor(
    private readonly execute: (items: I[]) => Promise<O[]>,
    readonly limits: BatcherLimits,
    private readonly observer?: BatcherObserver,
  ) {}

  get depth(): number {
    return this.queue.length;
  }

  submit(item: I): Promise<O> {
    this.stats.requests++;
    this.observer?.requested();
    if (this.queue.length >= this.limits.maxQueueSize) {
      this.stats.rejected++;
      this.observer?.rejected();
      return Promise.reject(new QueueFullError(1, this.queue.length));
    }
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, enqueuedAt: Date.now(), resolve, reject });
      this.observer?.queueDepth(this.queue.length);
      this.schedule();
    });
  }

  /** Resolves once nothing is queued or running (used before a model is disposed). */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.running >= (this.limits.maxConcurrent ?? 1) || this.queue.length === 0) {
      return;
    }
    const waited = Date.now() - this.queue[0].enqueuedAt;
    if (this.queue.length >= this.limits.maxBatchSize || waited >= this.limits.maxQueueDelayMs) {
      this.clearTimer();
      void this.runBatch();
    } else if (this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.schedule();
      }, this.limits.maxQueueDelayMs - waited);
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  private async runBatch(): Promise<void> {
    this.running++;
    const batch = this.queue.splice(0, this.limits.maxBatchSize);
    this.observer?.queueDepth(this.queue.length);
    // With room for another execution, what is still queued may start now.
    this.schedule();
    const started = process.hrtime.bigint();
    try {
      const results = await this.execute(batch.map((p) => p.item));
      if (results.length !== batch.length) {
        throw new Error(`a batch of ${batch.length} produced ${results.length} results`);
      }
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
      for (const p of batch) {
        p.reject(error);
      }
    } finally {
      this.stats.executions++;
      this.stats.inferences += batch.length;
      this.observer?.executed(batch.length, Number(process.hrtime.bigint() - started) / 1e9);
      this.running--;
      if (this.running === 0 && this.queue.length === 0) {
        for (const wake of this.idleWaiters.splice(0)) {
          wake();
        }
      }
      this.schedule();
    }
  }
}
