export type * from './Inference';
export type * from './PredictRequest';
export type * from './PredictResponse';
