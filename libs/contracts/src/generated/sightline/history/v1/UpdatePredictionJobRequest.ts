// Original file: proto/history.proto


/**
 * Adds the counts to the job's; a non-empty state ends it.
 */
export interface UpdatePredictionJobRequest {
  'id'?: (string);
  'claimed'?: (number);
  'predicted'?: (number);
  'failed'?: (number);
  'state'?: (string);
  'error'?: (string);
}

/**
 * Adds the counts to the job's; a non-empty state ends it.
 */
export interface UpdatePredictionJobRequest__Output {
  'id': (string);
  'claimed': (number);
  'predicted': (number);
  'failed': (number);
  'state': (string);
  'error': (string);
}
