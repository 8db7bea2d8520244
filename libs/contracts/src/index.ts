export * from './lib/error-code';
export * from './lib/roles';
export type * as HealthV1 from './generated/grpc/health/v1';
export type * as HistoryV1 from './generated/sightline/history/v1';
export type * as CameraV1 from './generated/sightline/camera/v1';
export type * as TrainingV1 from './generated/sightline/training/v1';
export type * as InferenceV1 from './generated/sightline/inference/v1';
