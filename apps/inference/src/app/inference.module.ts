import { DynamicModule, Module } from '@nestjs/common';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { GrpcHealthController } from '@sightline/grpc';
import { PredictController } from './predict/predict.controller';
import { PredictService } from './predict/predict.service';
import { RegistryClientRepository } from './predict/registry-client.repository';

/** Inference keeps no tables: it reads the registry from training and writes predictions through history. */
@Module({})
export class InferenceModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return {
      module: InferenceModule,
      imports: [SightlineConfigModule.forRoot(config)],
      controllers: [GrpcHealthController, PredictController],
      providers: [RegistryClientRepository, PredictService],
    };
  }
}
