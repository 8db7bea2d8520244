// Original file: proto/training.proto

import type { ModelVersion as _sightline_training_v1_ModelVersion, ModelVersion__Output as _sightline_training_v1_ModelVersion__Output } from '../../../sightline/training/v1/ModelVersion';

export interface ProductionModelResponse {
  /**
   * Empty when the project has no production model.
   */
  'model'?: (_sightline_training_v1_ModelVersion | null);
  'found'?: (boolean);
}

export interface ProductionModelResponse__Output {
  /**
   * Empty when the project has no production model.
   */
  'model': (_sightline_training_v1_ModelVersion__Output | null);
  'found': (boolean);
}
