import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, ServiceName, SightlineConfig } from '@sightline/config';
import type { CameraV1, HealthV1, HistoryV1, InferenceV1, TrainingV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';

export const SERVICE_NAMES: ServiceName[] = ['camera', 'inference', 'training', 'history'];

/** One gRPC channel per service (and one for its health), opened lazily by grpc-js. */
@Injectable()
export class ServiceClients implements OnModuleDestroy {
  readonly history: GrpcClient<HistoryV1.HistoryClient>;
  readonly camera: GrpcClient<CameraV1.CameraClient>;
  readonly training: GrpcClient<TrainingV1.TrainingClient>;
  readonly inference: GrpcClient<InferenceV1.InferenceClient>;
  readonly health: Record<ServiceName, GrpcClient<HealthV1.HealthClient>>;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    const deadline = config.grpcDeadlineMs;
    this.history = new GrpcClient('history', 'History', config.services.history, deadline);
    this.camera = new GrpcClient('camera', 'Camera', config.services.camera, deadline);
    this.training = new GrpcClient('training', 'Training', config.services.training, deadline);
    this.inference = new GrpcClient('inference', 'Inference', config.services.inference, deadline);
    this.health = Object.fromEntries(
      SERVICE_NAMES.map((name) => [name, new GrpcClient<HealthV1.HealthClient>('health', 'Health', config.services[name], 1500)]),
    ) as Record<ServiceName, GrpcClient<HealthV1.HealthClient>>;
  }

  onModuleDestroy(): void {
    for (const client of [this.history, this.camera, this.training, this.inference, ...Object.values(this.health)]) {
      client.close();
    }
  }
}
