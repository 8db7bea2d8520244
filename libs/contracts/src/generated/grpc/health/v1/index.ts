export type * from './Health';
export type * from './HealthCheckRequest';
export type * from './HealthCheckResponse';
