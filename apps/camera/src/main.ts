import 'reflect-metadata';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { CameraModule } from './app/camera.module';

const config = loadConfigOrExit();
bootstrapGrpcService('camera', CameraModule.forRoot(config), config).catch((error: unknown) => {
  console.error('camera failed to start:', error);
  process.exit(1);
});
