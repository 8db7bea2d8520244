import { Controller, Logger } from '@nestjs/common';
import { GrpcMethod, GrpcStreamMethod } from '@nestjs/microservices';
import { Metadata } from '@grpc/grpc-js';
import { DomainError, ERROR_CODE_METADATA_KEY, ErrorCode, type InferenceV1, isErrorCode } from '@sightline/contracts';
import { callStatusOf } from '@sightline/grpc';
import { from, mergeMap, Observable } from 'rxjs';
import { InferenceMetricsService } from '../metrics/inference-metrics.service';
import { PredictService } from './predict.service';

/** Images of one stream in the service at once; more wait in the stream (grpc-js flow control). */
const STREAM_CONCURRENCY = 64;

@Controller()
export class PredictController {
  private readonly logger = new Logger(PredictController.name);

  constructor(
    private readonly predictions: PredictService,
    private readonly metrics: InferenceMetricsService,
  ) {}

  @GrpcMethod('Inference', 'Predict')
  predict(request: InferenceV1.PredictRequest__Output): Promise<InferenceV1.PredictResponse> {
    return this.predictions.predict(request);
  }

  /** Each image as Predict would take it, all at once through the same batcher; a failed image gets the status its Predict call would have had. */
  @GrpcMethod('Inference', 'PredictBatch')
  async predictBatch(request: InferenceV1.PredictBatchRequest__Output): Promise<InferenceV1.PredictBatchResponse> {
    const results = await Promise.all(
      request.requests.map((one) =>
        this.predictions.predict(one).then(
          (prediction): InferenceV1.PredictBatchResult => ({ prediction }),
          (error: unknown): InferenceV1.PredictBatchResult => {
            const failed = callStatusOf(error, this.logger);
            return { statusCode: failed.code, details: failed.message, errorCode: String(failed.metadata?.get(ERROR_CODE_METADATA_KEY)[0] ?? '') };
          },
        ),
      ),
    );
    return { results };
  }

  /** Each image goes through the same batcher as Predict; a bad image answers with its error and the stream goes on. */
  @GrpcStreamMethod('Inference', 'PredictStream')
  predictStream(requests: Observable<InferenceV1.PredictRequest__Output>): Observable<InferenceV1.PredictStreamReply> {
    return requests.pipe(
      mergeMap(
        (request) =>
          from(
            this.predictions.predict(request).then(
              (prediction): InferenceV1.PredictStreamReply => ({ requestId: request.requestId, prediction }),
              (error: unknown): InferenceV1.PredictStreamReply => {
                if (error instanceof DomainError) {
                  return { requestId: request.requestId, errorCode: error.code, error: error.message };
                }
                // A domain error of a service this one called keeps its code; anything else is "unavailable".
                const upstream = error as { details?: string; message?: string; metadata?: unknown };
                const code = upstream.metadata instanceof Metadata ? upstream.metadata.get(ERROR_CODE_METADATA_KEY)[0] : undefined;
                return { requestId: request.requestId, errorCode: isErrorCode(code) ? code : ErrorCode.Unavailable, error: upstream.details ?? upstream.message ?? 'prediction failed' };
              },
            ),
          ),
        STREAM_CONCURRENCY,
      ),
    );
  }

  @GrpcMethod('Inference', 'GetMetrics')
  async getMetrics(): Promise<InferenceV1.MetricsResponse> {
    return { text: await this.metrics.text() };
  }
}
