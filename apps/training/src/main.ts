import 'reflect-metadata';
import { isMainThread, workerData } from 'node:worker_threads';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { runGradientReplica } from '@sightline/ml';
import { GRADIENT_REPLICA } from './app/jobs/training-protocol';
import { runTrainingWorker } from './app/jobs/training.worker';
import { TrainingModule } from './app/training.module';

// The same bundle is the training worker thread (jobs run it with `new Worker(process.argv[1])`) and
// the threads a CNN job spreads its batches over.
if (isMainThread) {
  const config = loadConfigOrExit();
  bootstrapGrpcService('training', TrainingModule.forRoot(config), config).catch((error: unknown) => {
    console.error('training failed to start:', error);
    process.exit(1);
  });
} else if ((workerData as { role?: string } | undefined)?.role === GRADIENT_REPLICA.role) {
  runGradientReplica();
} else {
  runTrainingWorker();
}
