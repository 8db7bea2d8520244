export type * from './Inference';
export type * from './MetricsRequest';
export type * from './MetricsResponse';
export type * from './PredictRequest';
export type * from './PredictResponse';
export type * from './PredictStreamReply';
