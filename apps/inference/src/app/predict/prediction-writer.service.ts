import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, type HistoryV1, isErrorCode } from '@sightline/contracts';
import { InferenceMetricsService } from '../metrics/inference-metrics.service';
import { DynamicBatcher } from '../serving/dynamic-batcher';
import { RegistryClientRepository } from './registry-client.repository';

/**
 * Bounds for the write queue: history is called once per batch, two calls at a time, so one batch's blob writes
 * wait on the disk while the next is decoded and hashed (history's transactions still take turns on SQLite).
 */
const WRITE_LIMITS = { maxBatchSize: 256, maxQueueDelayMs: 1, maxQueueSize: 20_000, maxConcurrent: 2 };

/**
 * Predictions (and the images that came with them) go to history in batches, one gRPC call and one
 * database transaction per batch, so SQLite's single writer is not what limits throughput.
 */
@Injectable()
export class PredictionWriterService {
  private readonly batcher: DynamicBatcher<HistoryV1.PredictionInput, HistoryV1.RecordedPrediction__Output>;

  constructor(registry: RegistryClientRepository, metrics: InferenceMetricsService) {
    this.batcher = new DynamicBatcher((inputs) => registry.recordPredictions(inputs), WRITE_LIMITS, metrics.writerObserver());
  }

  get stats() {
    return this.batcher.stats;
  }

  async record(input: HistoryV1.PredictionInput): Promise<{ imageId: string; predictionId: string }> {
    const result = await this.batcher.submit(input);
    if (result.errorCode) {
      throw new DomainError(isErrorCode(result.errorCode) ? result.errorCode : ErrorCode.InvalidArgument, result.error);
    }
    return { imageId: result.imageId, predictionId: result.predictionId };
  }
}
