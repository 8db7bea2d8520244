// Original file: proto/history.proto


export interface UpdateProjectRequest {
  'id'?: (string);
  'name'?: (string);
  /**
   * When has_labels is true the label set is replaced by labels (which may be empty).
   */
  'hasLabels'?: (boolean);
  'labels'?: (string)[];
  'confidenceThreshold'?: (number | string);
  /**
   * When has_class_thresholds is true the per-class thresholds are replaced by class_thresholds.
   */
  'hasClassThresholds'?: (boolean);
  'classThresholds'?: ({[key: string]: number | string});
  /**
   * -1 goes back to the AUTO_RETRAIN_LABELS setting.
   */
  'autoRetrainLabels'?: (number);
  /**
   * -1 removes the limit.
   */
  'retentionDays'?: (number);
  'retentionGb'?: (number | string);
  '_name'?: "name";
  '_confidenceThreshold'?: "confidenceThreshold";
  '_autoRetrainLabels'?: "autoRetrainLabels";
  '_retentionDays'?: "retentionDays";
  '_retentionGb'?: "retentionGb";
}

export interface UpdateProjectRequest__Output {
  'id': (string);
  'name'?: (string);
  /**
   * When has_labels is true the label set is replaced by labels (which may be empty).
   */
  'hasLabels': (boolean);
  'labels': (string)[];
  'confidenceThreshold'?: (number);
  /**
   * When has_class_thresholds is true the per-class thresholds are replaced by class_thresholds.
   */
  'hasClassThresholds': (boolean);
  'classThresholds': ({[key: string]: number});
  /**
   * -1 goes back to the AUTO_RETRAIN_LABELS setting.
   */
  'autoRetrainLabels'?: (number);
  /**
   * -1 removes the limit.
   */
  'retentionDays'?: (number);
  'retentionGb'?: (number);
  '_name'?: "name";
  '_confidenceThreshold'?: "confidenceThreshold";
  '_autoRetrainLabels'?: "autoRetrainLabels";
  '_retentionDays'?: "retentionDays";
  '_retentionGb'?: "retentionGb";
}
