import 'reflect-metadata';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { initBackend } from '@sightline/ml';
import sharp from 'sharp';
import { InferenceModule } from './app/inference.module';

const config = loadConfigOrExit();
// Every image comes in a new buffer, so libvips' operation cache never hits here: it would only hash and keep each operation (CPU, memory).
sharp.cache(false);
initBackend()
  .then(() => bootstrapGrpcService('inference', InferenceModule.forRoot(config), config))
  .catch((error: unknown) => {
    console.error('inference failed to start:', error);
    process.exit(1);
  });
