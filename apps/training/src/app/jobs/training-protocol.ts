import type { HyperParameters } from '@sightline/ml';

/** Messages between the training service and its worker thread. */

/** What a job asked for: a field left out is chosen from the data by `defaultHyperParameters`. */
export type RequestedParams = Partial<HyperParameters> & { architecture?: Architecture; validationShare: number; seed: number };

/** A compact CNN from scratch, or a new head on the pretrained backbone named by BACKBONE_URL. */
export type Architecture = 'cnn' | 'transfer';

/** What the job trains with, once the data has been looked at. */
export type TrainingParams = HyperParameters & { architecture: Architecture; validationShare: number; seed: number };

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
  s3Credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Decoded images up to this many bytes are kept in memory; beyond it batches are decoded as needed. */
  cacheBytes: number;
  /** Threads a CNN job spreads each batch over (1: the worker alone). */
  threads: number;
  /** BACKBONE_URL, for architecture 'transfer'. */
  backboneUrl?: string;
  /** BACKBONE_FEATURES: the layer the features are taken from. */
  backboneFeatures?: string;
  params: RequestedParams;
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

/** workerData of a thread that computes gradient shares for a training worker. */
export const GRADIENT_REPLICA = { role: 'gradient-replica' } as const;

export type WorkerMessage =
  | { type: 'plan'; params: TrainingParams; trainCount: number; validationCount: number; testCount: number; cached: boolean }
  | { type: 'progress'; epoch: number; epochs: number; batch: number; batches: number; loss: number; accuracy: number; samplesPerSecond: number; etaSeconds: number; progress: number }
  | { type: 'epoch'; point: CurvePoint }
  | {
      type: 'done';
      backend: string;
      params: TrainingParams;
      metrics: Record<string, unknown>;
      curves: CurvePoint[];
      trainCount: number;
      testCount: number;
      storagePrefix: string;
      imageSize: number;
      channels: number;
      architecture: Architecture;
    }
  | { type: 'cancelled' }
  | { type: 'failed'; error: string };

export type ParentMessage = { type: 'cancel' };
