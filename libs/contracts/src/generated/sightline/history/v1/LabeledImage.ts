// Original file: proto/history.proto


export interface LabeledImage {
  'imageId'?: (string);
  'label'?: (string);
  'split'?: (string);
  'sha256'?: (string);
  'ext'?: (string);
}

export interface LabeledImage__Output {
  'imageId': (string);
  'label': (string);
  'split': (string);
  'sha256': (string);
  'ext': (string);
}
