// Original file: proto/training.proto

import type { TestResult as _sightline_training_v1_TestResult, TestResult__Output as _sightline_training_v1_TestResult__Output } from '../../../sightline/training/v1/TestResult';

export interface TestResultsResponse {
  'results'?: (_sightline_training_v1_TestResult)[];
}

export interface TestResultsResponse__Output {
  'results': (_sightline_training_v1_TestResult__Output)[];
}
