import 'reflect-metadata';
import { isMainThread } from 'node:worker_threads';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { runTrainingWorker } from './app/jobs/training.worker';
import { TrainingModule } from './app/training.module';

// The same bundle is the training worker thread: jobs run it with `new Worker(__filename)`.
if (isMainThread) {
  const config = loadConfigOrExit();
  bootstrapGrpcService('training', TrainingModule.forRoot(config), config).catch((error: unknown) => {
    console.error('training failed to start:', error);
    process.exit(1);
  });
} else {
  runTrainingWorker();
}
