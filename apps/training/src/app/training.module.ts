import { DynamicModule, Module } from '@nestjs/common';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { GrpcHealthController, HEALTH_PROBE } from '@sightline/grpc';
import { DatabaseHealthProbe, DatabaseModule, TRAINING_SCHEMA } from '@sightline/persistence';
import { AutoRetrainService } from './jobs/auto-retrain.service';
import { HistoryClientRepository } from './jobs/history-client.repository';
import { JobsService } from './jobs/jobs.service';
import { TrainingJobRepository } from './jobs/training-job.repository';
import { ModelArchiveRepository } from './models/model-archive.repository';
import { ModelRepository } from './models/model.repository';
import { ModelsController } from './models/models.controller';
import { ModelsService } from './models/models.service';

@Module({})
export class TrainingModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return {
      module: TrainingModule,
      imports: [SightlineConfigModule.forRoot(config), DatabaseModule.forService(TRAINING_SCHEMA)],
      controllers: [GrpcHealthController, ModelsController],
      providers: [
        { provide: HEALTH_PROBE, useClass: DatabaseHealthProbe },
        ModelRepository,
        ModelArchiveRepository,
        ModelsService,
        TrainingJobRepository,
        HistoryClientRepository,
        JobsService,
        AutoRetrainService,
      ],
    };
  }
}
