// Original file: proto/training.proto

import type { TrainingJob as _sightline_training_v1_TrainingJob, TrainingJob__Output as _sightline_training_v1_TrainingJob__Output } from '../../../sightline/training/v1/TrainingJob';

export interface ListTrainingJobsResponse {
  'jobs'?: (_sightline_training_v1_TrainingJob)[];
}

export interface ListTrainingJobsResponse__Output {
  'jobs': (_sightline_training_v1_TrainingJob__Output)[];
}
