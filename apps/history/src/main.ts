import 'reflect-metadata';
import { loadConfigOrExit } from '@sightline/config';
import { bootstrapGrpcService } from '@sightline/grpc';
import { HistoryModule } from './app/history.module';

const config = loadConfigOrExit();
bootstrapGrpcService('history', HistoryModule.forRoot(config), config).catch((error: unknown) => {
  console.error('history failed to start:', error);
  process.exit(1);
});
