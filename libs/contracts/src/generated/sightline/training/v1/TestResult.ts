// Original file: proto/training.proto


export interface TestResult {
  'imageId'?: (string);
  'label'?: (string);
  'predicted'?: (string);
  'confidence'?: (number | string);
}

export interface TestResult__Output {
  'imageId': (string);
  'label': (string);
  'predicted': (string);
  'confidence': (number);
}
