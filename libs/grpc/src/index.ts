export * from './lib/grpc';
