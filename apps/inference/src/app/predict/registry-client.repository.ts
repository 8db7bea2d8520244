import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { HistoryV1, TrainingV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';

/** Inference → training (which version serves) and → history (projects, images, predictions). */
@Injectable()
export class RegistryClientRepository implements OnModuleDestroy {
  private readonly training: GrpcClient<TrainingV1.TrainingClient>;
  private readonly history: GrpcClient<HistoryV1.HistoryClient>;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    this.training = new GrpcClient('training', 'Training', config.services.training, config.grpcDeadlineMs);
    this.history = new GrpcClient('history', 'History', config.services.history, config.grpcDeadlineMs);
  }

  getProject(id: string): Promise<HistoryV1.Project__Output> {
    return this.history.call('GetProject', { id }, { retry: true });
  }

  async listProjectIds(): Promise<string[]> {
    const reply = await this.history.call<HistoryV1.ListProjectsResponse__Output>('ListProjects', {}, { retry: true });
    return reply.projects.map((p) => p.id);
  }

  getImage(id: string): Promise<HistoryV1.Image__Output> {
    return this.history.call('GetImage', { id }, { retry: true });
  }

  async imageContent(id: string): Promise<Buffer> {
    const reply = await this.history.call<HistoryV1.ImageContent__Output>('GetImageContent', { id, thumbnail: false }, { retry: true });
    return reply.content;
  }

  async recordPredictions(predictions: HistoryV1.PredictionInput[]): Promise<HistoryV1.RecordedPrediction__Output[]> {
    const reply = await this.history.call<HistoryV1.RecordPredictionsResponse__Output>('RecordPredictions', { predictions });
    return reply.results;
  }

  async claimUnpredicted(projectId: string, modelId: string, claimedBy: string, limit: number, leaseSeconds: number): Promise<HistoryV1.ClaimedImage__Output[]> {
    const reply = await this.history.call<HistoryV1.ClaimUnpredictedResponse__Output>('ClaimUnpredicted', { projectId, modelId, claimedBy, limit, leaseSeconds });
    return reply.images;
  }

  startPredictionJob(request: HistoryV1.StartPredictionJobRequest): Promise<HistoryV1.PredictionJob__Output> {
    return this.history.call('StartPredictionJob', request);
  }

  updatePredictionJob(request: HistoryV1.UpdatePredictionJobRequest): Promise<HistoryV1.PredictionJob__Output> {
    return this.history.call('UpdatePredictionJob', request, { retry: true });
  }

  productionModel(projectId: string): Promise<TrainingV1.ProductionModelResponse__Output> {
    return this.training.call('GetProductionModel', { projectId }, { retry: true });
  }

  onModuleDestroy(): void {
    this.training.close();
    this.history.close();
  }
}
