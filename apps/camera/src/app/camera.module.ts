import { DynamicModule, Module } from '@nestjs/common';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { GrpcHealthController, HEALTH_PROBE } from '@sightline/grpc';
import { CAMERA_SCHEMA, DatabaseHealthProbe, DatabaseModule } from '@sightline/persistence';
import { CameraRepository } from './cameras/camera.repository';
import { CamerasController } from './cameras/cameras.controller';
import { CamerasService } from './cameras/cameras.service';
import { HistoryClientRepository } from './cameras/history-client.repository';
import { SnapshotDriverRepository } from './cameras/snapshot-driver.repository';

@Module({})
export class CameraModule {
  static forRoot(config: SightlineConfig): DynamicModule {
    return {
      module: CameraModule,
      imports: [SightlineConfigModule.forRoot(config), DatabaseModule.forService(CAMERA_SCHEMA)],
      controllers: [GrpcHealthController, CamerasController],
      providers: [
        { provide: HEALTH_PROBE, useClass: DatabaseHealthProbe },
        CameraRepository,
        HistoryClientRepository,
        SnapshotDriverRepository,
        CamerasService,
      ],
    };
  }
}
