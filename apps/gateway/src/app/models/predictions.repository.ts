import { Inject, Injectable } from '@nestjs/common';
import { Metadata, type ServiceError, status } from '@grpc/grpc-js';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { ERROR_CODE_METADATA_KEY, type InferenceV1 } from '@sightline/contracts';
import { retryUnavailable, withCallee } from '@sightline/grpc';
import { ServiceClients } from '../clients/service-clients';

/**
 * Images on one PredictBatch call at most, and their bytes. A call answers when its last image is done, so the
 * byte bound also keeps an image that takes long to decode nearly alone, holding few others back.
 */
const MAX_BATCH_SIZE = 64;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

interface Waiting {
  request: InferenceV1.PredictRequest;
  deadline: number;
  resolve: (prediction: InferenceV1.PredictResponse__Output) => void;
  reject: (error: unknown) => void;
}

/** The error a Predict call would have failed with, rebuilt from the status PredictBatch gives that image. */
function failure(result: InferenceV1.PredictBatchResult__Output): ServiceError {
  const metadata = new Metadata();
  if (result.errorCode) {
    metadata.set(ERROR_CODE_METADATA_KEY, result.errorCode);
  }
  const error = Object.assign(new Error(`${result.statusCode} ${status[result.statusCode]}: ${result.details}`), { code: result.statusCode, details: result.details, metadata });
  return withCallee(error, { service: 'inference', method: 'PredictBatch' }) as ServiceError;
}

/**
 * Predictions that may share a call: of one project (another project's model may still be loading), and either all
 * sent as bytes or all of stored images (which inference first fetches from history).
 */
function groupOf(item: Waiting): string {
  return `${item.request.projectId}/${item.request.imageId ? 'stored' : 'sent'}`;
}

/** Splits the waiting predictions by group into calls of at most MAX_BATCH_SIZE images and MAX_BATCH_BYTES (one larger image goes alone). */
function slices(waiting: Waiting[]): Waiting[][] {
  const batches: Waiting[][] = [];
  const open = new Map<string, { items: Waiting[]; bytes: number }>();
  for (const item of waiting) {
    const size = item.request.content?.length ?? 0;
    let current = open.get(groupOf(item));
    if (current && (current.items.length >= MAX_BATCH_SIZE || current.bytes + size > MAX_BATCH_BYTES)) {
      batches.push(current.items);
      current = undefined;
    }
    if (!current) {
      current = { items: [], bytes: 0 };
      open.set(groupOf(item), current);
    }
    current.items.push(item);
    current.bytes += size;
  }
  return [...batches, ...[...open.values()].map((group) => group.items)];
}

/**
 * REST predictions on their way to inference. Those of one group (see groupOf) that arrive in the same turn of the
 * event loop go as one PredictBatch call, so they share one gRPC call's fixed cost in both processes; each still
 * gets the answer or the error its own Predict call would have had, and is retried on UNAVAILABLE as that call was
 * (with several replicas behind INFERENCE_GRPC_URL, a replica that died is answered by another). One waiting
 * prediction costs one tick.
 */
@Injectable()
export class PredictionsRepository {
  private waiting: Waiting[] = [];

  constructor(
    private readonly clients: ServiceClients,
    @Inject(CONFIG) private readonly config: SightlineConfig,
  ) {}

  predict(request: InferenceV1.PredictRequest): Promise<InferenceV1.PredictResponse__Output> {
    const deadline = Date.now() + this.config.grpcDeadlineMs;
    return retryUnavailable(() => this.enqueue(request, deadline), deadline);
  }

  private enqueue(request: InferenceV1.PredictRequest, deadline: number): Promise<InferenceV1.PredictResponse__Output> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) {
        setImmediate(() => this.flush());
      }
      this.waiting.push({ request, deadline, resolve, reject });
    });
  }

  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const batch of slices(waiting)) {
      void this.send(batch);
    }
  }

  private async send(batch: Waiting[]): Promise<void> {
    try {
      const deadline = Math.min(...batch.map((item) => item.deadline));
      const reply = await this.clients.inference.call<InferenceV1.PredictBatchResponse__Output>(
        'PredictBatch',
        { requests: batch.map((item) => item.request) },
        { deadlineMs: deadline - Date.now() },
      );
      if (reply.results.length !== batch.length) {
        throw new Error(`inference answered ${reply.results.length} results for ${batch.length} images`);
      }
      batch.forEach((item, i) => {
        const result = reply.results[i];
        if (result.prediction && result.statusCode === status.OK) {
          item.resolve(result.prediction);
        } else {
          item.reject(failure(result));
        }
      });
    } catch (error) {
      for (const item of batch) {
        item.reject(error);
      }
    }
  }
}
