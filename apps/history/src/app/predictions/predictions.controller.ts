import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { PredictionsService } from './predictions.service';

@Controller()
export class PredictionsController {
  constructor(private readonly predictions: PredictionsService) {}

  @GrpcMethod('History', 'RecordPredictions')
  async recordPredictions(request: HistoryV1.RecordPredictionsRequest__Output): Promise<HistoryV1.RecordPredictionsResponse> {
    return { results: await this.predictions.record(request.predictions) };
  }
}
