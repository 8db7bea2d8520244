export * from './lib/proto-files';
export * from './lib/grpc-client';
export * from './lib/grpc-errors';
export * from './lib/grpc-exception.filter';
export * from './lib/grpc-health.controller';
export * from './lib/grpc-bootstrap';
export * from './lib/observable-iterable';
export * from './lib/lifeline';
