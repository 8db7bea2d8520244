import { Controller } from '@nestjs/common';
import { GrpcMethod } from '@nestjs/microservices';
import type { HistoryV1 } from '@sightline/contracts';
import { PredictionJobsService } from './prediction-jobs.service';
import { PredictionsService } from './predictions.service';

@Controller()
export class PredictionsController {
  constructor(
    private readonly predictions: PredictionsService,
    private readonly jobs: PredictionJobsService,
  ) {}

  @GrpcMethod('History', 'RecordPredictions')
  async recordPredictions(request: HistoryV1.RecordPredictionsRequest__Output): Promise<HistoryV1.RecordPredictionsResponse> {
    return { results: await this.predictions.record(request.predictions) };
  }

  @GrpcMethod('History', 'ClaimUnpredicted')
  async claimUnpredicted(request: HistoryV1.ClaimUnpredictedRequest__Output): Promise<HistoryV1.ClaimUnpredictedResponse> {
    return { images: await this.jobs.claim(request) };
  }

  @GrpcMethod('History', 'StartPredictionJob')
  startPredictionJob(request: HistoryV1.StartPredictionJobRequest__Output): Promise<HistoryV1.PredictionJob> {
    return this.jobs.start(request);
  }

  @GrpcMethod('History', 'UpdatePredictionJob')
  updatePredictionJob(request: HistoryV1.UpdatePredictionJobRequest__Output): Promise<HistoryV1.PredictionJob> {
    return this.jobs.update(request);
  }

  @GrpcMethod('History', 'ListPredictionJobs')
  async listPredictionJobs(request: HistoryV1.ListPredictionJobsRequest__Output): Promise<HistoryV1.ListPredictionJobsResponse> {
    return { jobs: await this.jobs.list(request.projectId) };
  }
}
