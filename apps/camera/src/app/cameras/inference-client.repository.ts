import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, SightlineConfig } from '@sightline/config';
import type { InferenceV1 } from '@sightline/contracts';
import { GrpcClient } from '@sightline/grpc';

/** Camera → inference over gRPC: "predict on capture". */
@Injectable()
export class InferenceClientRepository implements OnModuleDestroy {
  private readonly client: GrpcClient<InferenceV1.InferenceClient>;

  constructor(@Inject(CONFIG) config: SightlineConfig) {
    this.client = new GrpcClient('inference', 'Inference', config.services.inference, config.grpcDeadlineMs);
  }

  predict(projectId: string, imageId: string): Promise<InferenceV1.PredictResponse__Output> {
    return this.client.call('Predict', { projectId, imageId });
  }

  onModuleDestroy(): void {
    this.client.close();
  }
}
