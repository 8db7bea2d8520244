// Original file: proto/history.proto


/**
 * Labeled images of a project for training: every image with a label, its label and split hint.
 */
export interface LabeledImagesRequest {
  'projectId'?: (string);
}

/**
 * Labeled images of a project for training: every image with a label, its label and split hint.
 */
export interface LabeledImagesRequest__Output {
  'projectId': (string);
}
