import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { GrpcHealthController, HEALTH_PROBE } from '@sightline/grpc';
import { InferenceMetricsService } from './metrics/inference-metrics.service';
import { PredictController } from './predict/predict.controller';
import { PredictService } from './predict/predict.service';
import { PredictionWriterService } from './predict/prediction-writer.service';
import { RegistryClientRepository } from './predict/registry-client.repository';
import { ScheduledPredictionService } from './scheduled/scheduled-prediction.service';
import { ModelCacheService } from './serving/model-cache.service';
import { ModelFilesRepository } from './serving/model-files.repository';
import { ProductionModelsService } from './serving/production-models.service';

/** Inference keeps no tables: it reads the registry from training, model files from the blob store, and writes predictions through history. */
@Module({})
export class InferenceModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return {
      module: InferenceModule,
      imports: [SightlineConfigModule.forRoot(config), ScheduleModule.forRoot()],
      controllers: [GrpcHealthController, PredictController],
      providers: [
        RegistryClientRepository,
        InferenceMetricsService,
        ModelFilesRepository,
        ModelCacheService,
        ProductionModelsService,
        { provide: HEALTH_PROBE, useExisting: ProductionModelsService },
        PredictionWriterService,
        PredictService,
        ScheduledPredictionService,
      ],
    };
  }
}
