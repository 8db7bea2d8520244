// Original file: proto/history.proto

import type { ImportJob as _sightline_history_v1_ImportJob, ImportJob__Output as _sightline_history_v1_ImportJob__Output } from '../../../sightline/history/v1/ImportJob';

export interface ListImportsResponse {
  'imports'?: (_sightline_history_v1_ImportJob)[];
}

export interface ListImportsResponse__Output {
  'imports': (_sightline_history_v1_ImportJob__Output)[];
}
