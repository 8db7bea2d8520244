import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MulterModule } from '@nestjs/platform-express';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { DatabaseHealthProbe, DatabaseModule, GATEWAY_SCHEMA } from '@sightline/persistence';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AutoPromotionsSync } from './audit/auto-promotions.sync';
import { AuthController, UsersController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { jwtKey } from './auth/secrets';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { UserRepository } from './auth/user.repository';
import { BrowseController } from './browse/browse.controller';
import { CamerasController } from './cameras/cameras.controller';
import { CamerasService } from './cameras/cameras.service';
import { ServiceClients } from './clients/service-clients';
import { RequestIdMiddleware } from './common/request-id.middleware';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ImagesController, MAX_FILES_PER_UPLOAD } from './images/images.controller';
import { ImagesService } from './images/images.service';
import { ImportsController } from './imports/imports.controller';
import { ZipUploadInterceptor } from './imports/zip-upload.interceptor';
import { MetricsController } from './metrics/metrics.controller';
import { MetricsMiddleware } from './metrics/metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import { HistoryRepository } from './projects/history.repository';
import { ModelsController } from './models/models.controller';
import { PredictionsRepository } from './models/predictions.repository';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';
import { RetentionScheduler } from './projects/retention.scheduler';
import { SchedulerLeaseRepository } from './projects/scheduler-lease.repository';
import { ReviewController } from './review/review.controller';
import { ReviewService } from './review/review.service';
import { SystemController } from './system/system.controller';
import { TrainingController } from './training/training.controller';
import { WebhooksController } from './webhooks/webhooks.controller';

@Module({})
export class GatewayModule implements NestModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        SightlineConfigModule.forRoot(config),
        DatabaseModule.forService(GATEWAY_SCHEMA),
        JwtModule.register({ secret: jwtKey(config), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
        MulterModule.register({ limits: { fileSize: config.maxUploadBytes, files: MAX_FILES_PER_UPLOAD, fields: 10, fieldSize: 4096 } }),
      ],
      controllers: [AuthController, UsersController, HealthController, SystemController, MetricsController, ProjectsController, ImagesController, CamerasController, ModelsController, ImportsController, TrainingController, ReviewController, BrowseController, AuditController, WebhooksController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        ServiceClients,
        AuditService,
        UserRepository,
        AuthService,
        LoginRateLimiter,
        HealthService,
        DatabaseHealthProbe,
        MetricsService,
        HistoryRepository,
        PredictionsRepository,
        ProjectsService,
        ImagesService,
        CamerasService,
        ZipUploadInterceptor,
        ReviewService,
        RetentionScheduler,
        SchedulerLeaseRepository,
        AutoPromotionsSync,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware, MetricsMiddleware).forRoutes('*path');
  }
}
