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
  /**
   * Unset means "augment when the data set is small" (under 5,000 training images).
   */
  'augment'?: (boolean);
  'createdBy'?: (string);
  /**
   * Mirror images when augmenting; unset means "for colour images only".
   */
  'flip'?: (boolean);
  /**
   * "cnn" (default: a compact CNN from scratch) or "transfer" (a new head on the BACKBONE_URL model).
   */
  'architecture'?: (string);
  /**
   * Decay of the moving average of the weights that is scored and kept (0 = the last step's weights);
   * unset means 0.998 for a CNN, 0 for a transfer head.
   */
  'averageDecay'?: (number | string);
  '_augment'?: "augment";
  '_flip'?: "flip";
  '_averageDecay'?: "averageDecay";
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
  /**
   * Unset means "augment when the data set is small" (under 5,000 training images).
   */
  'augment'?: (boolean);
  'createdBy': (string);
  /**
   * Mirror images when augmenting; unset means "for colour images only".
   */
  'flip'?: (boolean);
  /**
   * "cnn" (default: a compact CNN from scratch) or "transfer" (a new head on the BACKBONE_URL model).
   */
  'architecture': (string);
  /**
   * Decay of the moving average of the weights that is scored and kept (0 = the last step's weights);
   * unset means 0.998 for a CNN, 0 for a transfer head.
   */
  'averageDecay'?: (number);
  '_augment'?: "augment";
  '_flip'?: "flip";
  '_averageDecay'?: "averageDecay";
}
