// Original file: proto/history.proto


/**
 * In the order of the request; error is set (and the ids empty) for an entry that could not be kept.
 */
export interface RecordedPrediction {
  'imageId'?: (string);
  'predictionId'?: (string);
  'errorCode'?: (string);
  'error'?: (string);
}

/**
 * In the order of the request; error is set (and the ids empty) for an entry that could not be kept.
 */
export interface RecordedPrediction__Output {
  'imageId': (string);
  'predictionId': (string);
  'errorCode': (string);
  'error': (string);
}
