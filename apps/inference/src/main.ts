import 'reflect-metadata';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { InferenceModule } from './app/inference.module';

const config = loadConfigOrExit();
bootstrapGrpcService('inference', InferenceModule.forRoot(config), config).catch((error: unknown) => {
  console.error('inference failed to start:', error);
  process.exit(1);
});
