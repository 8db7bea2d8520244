// Original file: proto/history.proto


export interface PredictionJob {
  'id'?: (string);
  'projectId'?: (string);
  'modelId'?: (string);
  'modelVersion'?: (number);
  /**
   * scheduled
   */
  'kind'?: (string);
  /**
   * running | succeeded | failed
   */
  'state'?: (string);
  'replica'?: (string);
  'claimed'?: (number);
  'predicted'?: (number);
  'failed'?: (number);
  'error'?: (string);
  'createdAt'?: (string);
  'finishedAt'?: (string);
}

export interface PredictionJob__Output {
  'id': (string);
  'projectId': (string);
  'modelId': (string);
  'modelVersion': (number);
  /**
   * scheduled
   */
  'kind': (string);
  /**
   * running | succeeded | failed
   */
  'state': (string);
  'replica': (string);
  'claimed': (number);
  'predicted': (number);
  'failed': (number);
  'error': (string);
  'createdAt': (string);
  'finishedAt': (string);
}
