// Original file: proto/training.proto

import type { ModelVersion as _sightline_training_v1_ModelVersion, ModelVersion__Output as _sightline_training_v1_ModelVersion__Output } from '../../../sightline/training/v1/ModelVersion';

export interface ListModelsResponse {
  'models'?: (_sightline_training_v1_ModelVersion)[];
}

export interface ListModelsResponse__Output {
  'models': (_sightline_training_v1_ModelVersion__Output)[];
}
