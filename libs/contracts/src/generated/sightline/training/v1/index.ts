export type * from './ListModelsResponse';
export type * from './ModelIdRequest';
export type * from './ModelVersion';
export type * from './ProductionModelResponse';
export type * from './ProjectIdRequest';
export type * from './Training';
