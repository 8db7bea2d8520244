// Original file: proto/training.proto


export interface CreateTrainingJobRequest {
  'projectId'?: (string);
  /**
   * 0 means "choose by data and image size".
   */
  'epochs'?: (number);
  'batchSize'?: (number);
  'learningRate'?: (number | string);
  'imageSize'?: (number);
  'augment'?: (boolean);
  'createdBy'?: (string);
}

export interface CreateTrainingJobRequest__Output {
  'projectId': (string);
  /**
   * 0 means "choose by data and image size".
   */
  'epochs': (number);
  'batchSize': (number);
  'learningRate': (number);
  'imageSize': (number);
  'augment': (boolean);
  'createdBy': (string);
}
