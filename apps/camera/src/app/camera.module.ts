import { DynamicModule, Module } from '@nestjs/common';
import { SightlineConfig, SightlineConfigModule } from '@sightline/config';
import { GrpcHealthController, HEALTH_PROBE } from '@sightline/grpc';
import { CAMERA_SCHEMA, DatabaseHealthProbe, DatabaseModule } from '@sightline/persistence';
import { CameraRepository } from './cameras/camera.repository';
import { CamerasController } from './cameras/cameras.controller';
import { CamerasService } from './cameras/cameras.service';
import { CaptureSchedulerService } from './cameras/capture-scheduler.service';
import { CaptureSpoolRepository } from './cameras/capture-spool.repository';
import { CaptureSpoolService } from './cameras/capture-spool.service';
import { CaptureService } from './cameras/capture.service';
import { CaptureDriversRepository } from './cameras/drivers/capture-drivers.repository';
import { FfmpegDriverRepository } from './cameras/drivers/ffmpeg-driver.repository';
import { FolderDriverRepository } from './cameras/drivers/folder-driver.repository';
import { HttpSnapshotDriverRepository } from './cameras/drivers/http-snapshot-driver.repository';
import { MjpegDriverRepository } from './cameras/drivers/mjpeg-driver.repository';
import { HistoryClientRepository } from './cameras/history-client.repository';
import { InferenceClientRepository } from './cameras/inference-client.repository';
import { MqttTriggerService } from './cameras/mqtt-trigger.service';

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
        InferenceClientRepository,
        HttpSnapshotDriverRepository,
        MjpegDriverRepository,
        FfmpegDriverRepository,
        FolderDriverRepository,
        CaptureDriversRepository,
        CaptureSpoolRepository,
        CaptureSpoolService,
        CaptureService,
        CaptureSchedulerService,
        CamerasService,
        MqttTriggerService,
      ],
    };
  }
}
