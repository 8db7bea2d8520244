import 'reflect-metadata';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { TrainingModule } from './app/training.module';

const config = loadConfigOrExit();
bootstrapGrpcService('training', TrainingModule.forRoot(config), config).catch((error: unknown) => {
  console.error('training failed to start:', error);
  process.exit(1);
});
