import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { HistoryV1, TrainingV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';

/** Inference → training (which version serves) and → history (projects, images). */
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

  productionModel(projectId: string): Promise<TrainingV1.ProductionModelResponse__Output> {
    return this.training.call('GetProductionModel', { projectId }, { retry: true });
  }

  onModuleDestroy(): void {
    this.training.close();
    this.history.close();
  }
}
