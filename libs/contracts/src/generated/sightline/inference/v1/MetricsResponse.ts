// Original file: proto/inference.proto


/**
 * Prometheus text of this replica's counters (requests, inferences, executions, queue depth, batch sizes).
 */
export interface MetricsResponse {
  'text'?: (string);
}

/**
 * Prometheus text of this replica's counters (requests, inferences, executions, queue depth, batch sizes).
 */
export interface MetricsResponse__Output {
  'text': (string);
}
