// Original file: proto/history.proto


/**
 * Label rows (every origin) of a project created after `since`: the new labels toward a retraining.
 */
export interface CountLabelsRequest {
  'projectId'?: (string);
  'since'?: (string);
}

/**
 * Label rows (every origin) of a project created after `since`: the new labels toward a retraining.
 */
export interface CountLabelsRequest__Output {
  'projectId': (string);
  'since': (string);
}
