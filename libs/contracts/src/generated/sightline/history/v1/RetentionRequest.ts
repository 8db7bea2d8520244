// Original file: proto/history.proto


/**
 * Deletes (or with dry_run only counts) the project's images its retention rules let go: unlabeled ones
 * without a reviewed prediction, older than retention_days, and the oldest of them past retention_gb.
 */
export interface RetentionRequest {
  'projectId'?: (string);
  'dryRun'?: (boolean);
}

/**
 * Deletes (or with dry_run only counts) the project's images its retention rules let go: unlabeled ones
 * without a reviewed prediction, older than retention_days, and the oldest of them past retention_gb.
 */
export interface RetentionRequest__Output {
  'projectId': (string);
  'dryRun': (boolean);
}
