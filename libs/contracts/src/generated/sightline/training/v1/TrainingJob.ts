// Original file: proto/training.proto


export interface TrainingJob {
  'id'?: (string);
  'projectId'?: (string);
  /**
   * queued | running | succeeded | failed | cancelled
   */
  'state'?: (string);
  /**
   * manual | auto-retrain
   */
  'trigger'?: (string);
  'paramsJson'?: (string);
  'progress'?: (number | string);
  'epoch'?: (number);
  'epochs'?: (number);
  'batch'?: (number);
  'batches'?: (number);
  'loss'?: (number | string);
  'accuracy'?: (number | string);
  'valLoss'?: (number | string);
  'valAccuracy'?: (number | string);
  'etaSeconds'?: (number | string);
  'samplesPerSecond'?: (number | string);
  'curvesJson'?: (string);
  'modelId'?: (string);
  'error'?: (string);
  'createdAt'?: (string);
  'startedAt'?: (string);
  'finishedAt'?: (string);
  '_loss'?: "loss";
  '_accuracy'?: "accuracy";
  '_valLoss'?: "valLoss";
  '_valAccuracy'?: "valAccuracy";
  '_etaSeconds'?: "etaSeconds";
  '_samplesPerSecond'?: "samplesPerSecond";
}

export interface TrainingJob__Output {
  'id': (string);
  'projectId': (string);
  /**
   * queued | running | succeeded | failed | cancelled
   */
  'state': (string);
  /**
   * manual | auto-retrain
   */
  'trigger': (string);
  'paramsJson': (string);
  'progress': (number);
  'epoch': (number);
  'epochs': (number);
  'batch': (number);
  'batches': (number);
  'loss'?: (number);
  'accuracy'?: (number);
  'valLoss'?: (number);
  'valAccuracy'?: (number);
  'etaSeconds'?: (number);
  'samplesPerSecond'?: (number);
  'curvesJson': (string);
  'modelId': (string);
  'error': (string);
  'createdAt': (string);
  'startedAt': (string);
  'finishedAt': (string);
  '_loss'?: "loss";
  '_accuracy'?: "accuracy";
  '_valLoss'?: "valLoss";
  '_valAccuracy'?: "valAccuracy";
  '_etaSeconds'?: "etaSeconds";
  '_samplesPerSecond'?: "samplesPerSecond";
}
