import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BatcherObserver } from '../serving/dynamic-batcher';

/**
 * This replica's counters, served over gRPC `GetMetrics` and appended to the gateway's `/metrics`.
 * `inferences / executions` is the average batch size, as with Triton's nv_inference_* counters.
 */
@Injectable()
export class InferenceMetricsService {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'sightline_inference_requests_total',
    help: 'Prediction requests that reached a model queue, by model',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  private readonly inferences = new Counter({
    name: 'sightline_inference_inferences_total',
    help: 'Images run through a model, by model',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  private readonly executions = new Counter({
    name: 'sightline_inference_executions_total',
    help: 'Model executions (one per batch), by model',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  private readonly rejected = new Counter({
    name: 'sightline_inference_rejected_total',
    help: 'Requests refused because the model queue was full, by model',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  private readonly queueDepth = new Gauge({
    name: 'sightline_inference_queue_depth',
    help: 'Requests waiting in the model queue, by model',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  private readonly batchSize = new Histogram({
    name: 'sightline_inference_batch_size',
    help: 'Images per model execution',
    labelNames: ['model'] as const,
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [this.registry],
  });
  private readonly executionSeconds = new Histogram({
    name: 'sightline_inference_execution_seconds',
    help: 'Time of one model execution',
    labelNames: ['model'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  private readonly historyWrites = new Counter({
    name: 'sightline_inference_history_writes_total',
    help: 'Predictions written to history',
    registers: [this.registry],
  });
  private readonly historyBatches = new Counter({
    name: 'sightline_inference_history_write_batches_total',
    help: 'Calls to history that wrote predictions (one transaction each)',
    registers: [this.registry],
  });
  readonly scheduled = new Counter({
    name: 'sightline_inference_scheduled_predictions_total',
    help: 'Images predicted by the scheduled job, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    this.registry.setDefaultLabels({ service: 'inference' });
    // Prefixed so they never clash with the gateway's own process metrics in the same /metrics text.
    collectDefaultMetrics({ register: this.registry, prefix: 'sightline_inference_' });
  }

  /** The counters of one model's batcher. */
  observer(model: string): BatcherObserver {
    return {
      requested: () => this.requests.inc({ model }),
      rejected: () => this.rejected.inc({ model }),
      executed: (size, seconds) => {
        this.inferences.inc({ model }, size);
        this.executions.inc({ model });
        this.batchSize.observe({ model }, size);
        this.executionSeconds.observe({ model }, seconds);
      },
      queueDepth: (depth) => this.queueDepth.set({ model }, depth),
    };
  }

  /** The counters of the batched writes to history. */
  writerObserver(): BatcherObserver {
    return {
      requested: () => undefined,
      rejected: () => undefined,
      executed: (size) => {
        this.historyWrites.inc(size);
        this.historyBatches.inc();
      },
      queueDepth: () => undefined,
    };
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
