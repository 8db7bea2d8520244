import { Inject, Injectable } from '@nestjs/common';
import { Metadata, type ServiceError, status } from '@grpc/grpc-js';
import { CONFIG, SightlineConfig } from '@sightline/config';
import { ERROR_CODE_METADATA_KEY, type InferenceV1 } from '@sightline/contracts';
import { retryUnavailable, withCallee } from '@sightline/grpc';
import { ServiceClients } from '../clients/service-clients';

/** Images on one PredictBatch call at most, and their bytes: a call stays far below the gRPC message limit. */
const MAX_BATCH_SIZE = 64;
const MAX_BATCH_BYTES = 32 * 1024 * 1024;

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

/** Splits the waiting predictions into calls of at most MAX_BATCH_SIZE images and MAX_BATCH_BYTES (one larger image goes alone). */
function slices(waiting: Waiting[]): Waiting[][] {
  const batches: Waiting[][] = [];
  let current: Waiting[] = [];
  let bytes = 0;
  for (const item of waiting) {
    const size = item.request.content?.length ?? 0;
    if (current.length > 0 && (current.length >= MAX_BATCH_SIZE || bytes + size > MAX_BATCH_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  return current.length > 0 ? [...batches, current] : batches;
}

/**
 * REST predictions on their way to inference. Those that arrive in the same turn of the event loop go as one
 * PredictBatch call, so they share one gRPC call's fixed cost in both processes; each still gets the answer or the
 * error its own Predict call would have had, and is retried on UNAVAILABLE as that call was (with several replicas
 * behind INFERENCE_GRPC_URL, a replica that died is answered by another). One waiting prediction costs one tick.
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
