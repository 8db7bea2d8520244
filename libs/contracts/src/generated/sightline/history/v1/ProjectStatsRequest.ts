// Original file: proto/history.proto


export interface ProjectStatsRequest {
  'projectId'?: (string);
  /**
   * Hours back from now for the per-hour counts (1..168).
   */
  'hours'?: (number);
}

export interface ProjectStatsRequest__Output {
  'projectId': (string);
  /**
   * Hours back from now for the per-hour counts (1..168).
   */
  'hours': (number);
}
