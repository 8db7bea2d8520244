// Original file: proto/training.proto


/**
 * Production alias moves made inside the training service (auto-retrain, a project's first model), oldest first.
 */
export interface AutoPromotionsRequest {
  /**
   * ISO 8601: events at or after it.
   */
  'since'?: (string);
  'limit'?: (number);
}

/**
 * Production alias moves made inside the training service (auto-retrain, a project's first model), oldest first.
 */
export interface AutoPromotionsRequest__Output {
  /**
   * ISO 8601: events at or after it.
   */
  'since': (string);
  'limit': (number);
}
