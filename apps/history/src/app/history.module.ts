import { DynamicModule, Module } from '@nestjs/common';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { GrpcHealthController, HEALTH_PROBE } from '@sightline/grpc';
import { DatabaseHealthProbe, DatabaseModule, HISTORY_SCHEMA } from '@sightline/persistence';

import { BrowseController } from './browse/browse.controller';
import { BrowseRepository } from './browse/browse.repository';
import { BrowseService } from './browse/browse.service';
import { BlobStoreProvider } from './images/blob-store.provider';
import { ImageDecoderRepository } from './images/image-decoder.repository';
import { ImageRepository } from './images/image.repository';
import { ImagesController } from './images/images.controller';
import { ImagesService } from './images/images.service';
import { ImportJobRepository } from './imports/import-job.repository';
import { ImportsController } from './imports/imports.controller';
import { ImportsService } from './imports/imports.service';
import { ZipReaderRepository } from './imports/zip-reader.repository';
import { PredictionJobsService } from './predictions/prediction-jobs.service';
import { PredictionRepository } from './predictions/prediction.repository';
import { PredictionsController } from './predictions/predictions.controller';
import { PredictionsService } from './predictions/predictions.service';
import { ProjectRepository } from './projects/project.repository';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';
import { StatsController } from './stats/stats.controller';
import { StatsRepository } from './stats/stats.repository';
import { StatsService } from './stats/stats.service';
import { WebhookRepository } from './webhooks/webhook.repository';
import { WebhooksController } from './webhooks/webhooks.controller';
import { WebhooksService } from './webhooks/webhooks.service';
import { RetentionController } from './retention/retention.controller';
import { RetentionRepository } from './retention/retention.repository';
import { RetentionService } from './retention/retention.service';
import { ReviewController } from './review/review.controller';
import { ReviewRepository } from './review/review.repository';
import { ReviewService } from './review/review.service';

@Module({})
export class HistoryModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return {
      module: HistoryModule,
      imports: [SightlineConfigModule.forRoot(config), DatabaseModule.forService(HISTORY_SCHEMA)],
      controllers: [GrpcHealthController, ProjectsController, ImagesController, ImportsController, PredictionsController, ReviewController, BrowseController, WebhooksController, RetentionController, StatsController],
      providers: [
        { provide: HEALTH_PROBE, useClass: DatabaseHealthProbe },
        BlobStoreProvider,
        ProjectRepository,
        ProjectsService,
        ImageRepository,
        ImageDecoderRepository,
        ImagesService,
        ImportJobRepository,
        ZipReaderRepository,
        ImportsService,
        PredictionRepository,
        PredictionsService,
        PredictionJobsService,
        ReviewRepository,
        ReviewService,
        BrowseRepository,
        BrowseService,
        WebhookRepository,
        WebhooksService,
        RetentionRepository,
        RetentionService,
        StatsRepository,
        StatsService,
      ],
    };
  }
}
