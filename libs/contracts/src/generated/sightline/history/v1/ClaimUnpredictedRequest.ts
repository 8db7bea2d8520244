// Original file: proto/history.proto


/**
 * Claims up to `limit` images of a project without a prediction from model_id for lease_seconds.
 * Another replica's live claim is never taken; an expired one is.
 */
export interface ClaimUnpredictedRequest {
  'projectId'?: (string);
  'modelId'?: (string);
  'claimedBy'?: (string);
  'limit'?: (number);
  'leaseSeconds'?: (number);
}

/**
 * Claims up to `limit` images of a project without a prediction from model_id for lease_seconds.
 * Another replica's live claim is never taken; an expired one is.
 */
export interface ClaimUnpredictedRequest__Output {
  'projectId': (string);
  'modelId': (string);
  'claimedBy': (string);
  'limit': (number);
  'leaseSeconds': (number);
}
