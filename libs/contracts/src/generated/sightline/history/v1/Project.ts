// Original file: proto/history.proto

import type { Long } from '@grpc/proto-loader';

export interface Project {
  'id'?: (string);
  'name'?: (string);
  'labels'?: (string)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'imageCount'?: (number | string | Long);
  /**
   * Below it a prediction is "uncertain" (0: off); class_thresholds replace it for their predicted label.
   */
  'confidenceThreshold'?: (number | string);
  'classThresholds'?: ({[key: string]: number | string});
  /**
   * New labels that start a retraining; absent: the AUTO_RETRAIN_LABELS setting; 0: never.
   */
  'autoRetrainLabels'?: (number);
  /**
   * Retention of unlabeled, unreviewed images; absent: kept.
   */
  'retentionDays'?: (number);
  'retentionGb'?: (number | string);
  '_autoRetrainLabels'?: "autoRetrainLabels";
  '_retentionDays'?: "retentionDays";
  '_retentionGb'?: "retentionGb";
}

export interface Project__Output {
  'id': (string);
  'name': (string);
  'labels': (string)[];
  'createdAt': (string);
  'updatedAt': (string);
  'imageCount': (number);
  /**
   * Below it a prediction is "uncertain" (0: off); class_thresholds replace it for their predicted label.
   */
  'confidenceThreshold': (number);
  'classThresholds': ({[key: string]: number});
  /**
   * New labels that start a retraining; absent: the AUTO_RETRAIN_LABELS setting; 0: never.
   */
  'autoRetrainLabels'?: (number);
  /**
   * Retention of unlabeled, unreviewed images; absent: kept.
   */
  'retentionDays'?: (number);
  'retentionGb'?: (number);
  '_autoRetrainLabels'?: "autoRetrainLabels";
  '_retentionDays'?: "retentionDays";
  '_retentionGb'?: "retentionGb";
}
