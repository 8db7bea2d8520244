// Original file: proto/history.proto


/**
 * Predictions of a model not reviewed yet whose image has no label, least sure first (uncertain ones
 * first of all); about random_share of the items are a random sample of the confident ones instead.
 */
export interface ReviewQueueRequest {
  'projectId'?: (string);
  /**
   * Empty: predictions of every model.
   */
  'modelId'?: (string);
  'limit'?: (number);
  /**
   * 0..1; absent: the REVIEW_RANDOM_SHARE setting.
   */
  'randomShare'?: (number | string);
  /**
   * Predictions the client holds already (its prefetched items), left out of the answer.
   */
  'excludeIds'?: (string)[];
  '_randomShare'?: "randomShare";
}

/**
 * Predictions of a model not reviewed yet whose image has no label, least sure first (uncertain ones
 * first of all); about random_share of the items are a random sample of the confident ones instead.
 */
export interface ReviewQueueRequest__Output {
  'projectId': (string);
  /**
   * Empty: predictions of every model.
   */
  'modelId': (string);
  'limit': (number);
  /**
   * 0..1; absent: the REVIEW_RANDOM_SHARE setting.
   */
  'randomShare'?: (number);
  /**
   * Predictions the client holds already (its prefetched items), left out of the answer.
   */
  'excludeIds': (string)[];
  '_randomShare'?: "randomShare";
}
