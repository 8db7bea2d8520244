import 'reflect-metadata';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { initBackend } from '@sightline/ml';
import { InferenceModule } from './app/inference.module';

const config = loadConfigOrExit();
initBackend()
  .then(() => bootstrapGrpcService('inference', InferenceModule.forRoot(config), config))
  .catch((error: unknown) => {
    console.error('inference failed to start:', error);
    process.exit(1);
  });
