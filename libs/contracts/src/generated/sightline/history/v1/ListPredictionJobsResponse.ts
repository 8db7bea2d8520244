// Original file: proto/history.proto

import type { PredictionJob as _sightline_history_v1_PredictionJob, PredictionJob__Output as _sightline_history_v1_PredictionJob__Output } from '../../../sightline/history/v1/PredictionJob';

export interface ListPredictionJobsResponse {
  'jobs'?: (_sightline_history_v1_PredictionJob)[];
}

export interface ListPredictionJobsResponse__Output {
  'jobs': (_sightline_history_v1_PredictionJob__Output)[];
}
