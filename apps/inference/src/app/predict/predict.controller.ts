import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { InferenceV1 } from '@sightline/contracts';
import { InferenceMetricsService } from '../metrics/inference-metrics.service';
import { PredictService } from './predict.service';

@Controller()
export class PredictController {
  constructor(
    private readonly predictions: PredictService,
    private readonly metrics: InferenceMetricsService,
  ) {}

  @GrpcMethod('Inference', 'Predict')
  predict(request: InferenceV1.PredictRequest__Output): Promise<InferenceV1.PredictResponse> {
    return this.predictions.predict(request);
  }

  @GrpcMethod('Inference', 'GetMetrics')
  async getMetrics(): Promise<InferenceV1.MetricsResponse> {
    return { text: await this.metrics.text() };
  }
}
