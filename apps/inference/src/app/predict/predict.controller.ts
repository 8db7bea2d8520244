import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { InferenceV1 } from '@sightline/contracts';
import { PredictService } from './predict.service';

@Controller()
export class PredictController {
  constructor(private readonly predictions: PredictService) {}

  @GrpcMethod('Inference', 'Predict')
  predict(request: InferenceV1.PredictRequest__Output): Promise<InferenceV1.PredictResponse> {
    return this.predictions.predict(request);
  }
}
