/** Messages between the training service and its worker thread. */
export interface TrainingParams {
  epochs: number;
  batchSize: number;
  learningRate: number;
  imageSize: number;
  augment: boolean;
  validationShare: number;
  patience: number;
  seed: number;
}

export interface DatasetImage {
  imageId: string;
  label: string;
  split: string;
  sha256: string;
  ext: string;
}

export interface WorkerInput {
  jobId: string;
  modelId: string;
  storageUrl: string;
  params: TrainingParams;
  labels: string[];
  images: DatasetImage[];
}

export interface CurvePoint {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
}

export type WorkerMessage =
  | { type: 'progress'; epoch: number; epochs: number; batch: number; batches: number; loss: number; accuracy: number; samplesPerSecond: number; etaSeconds: number; progress: number }
  | { type: 'epoch'; point: CurvePoint }
  | {
      type: 'done';
      backend: string;
      metrics: Record<string, unknown>;
      curves: CurvePoint[];
      trainCount: number;
      testCount: number;
      storagePrefix: string;
      imageSize: number;
      channels: number;
    }
  | { type: 'cancelled' }
  | { type: 'failed'; error: string };

export type ParentMessage = { type: 'cancel' };
