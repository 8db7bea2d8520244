import { DomainError, ErrorCode } from '@sightline/contracts';
import { type ImageSpec, ImageDecodeError, predictProbabilities, preprocess, toInputTensor } from '@sightline/ml';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { type BatcherLimits, type BatcherObserver, DynamicBatcher } from './dynamic-batcher';

export interface ModelIdentity {
  id: string;
  projectId: string;
  version: number;
  labels: string[];
}

export interface Classification {
  label: string;
  confidence: number;
  scores: Record<string, number>;
}

/** One loaded model version with its own dynamic batcher. */
export class ServedModel {
  private readonly batcher: DynamicBatcher<Float32Array, Float32Array>;
  private readonly perImage: number;
  private active = 0;
  private drained: (() => void) | undefined;

  constructor(
    readonly identity: ModelIdentity,
    readonly spec: ImageSpec,
    private readonly model: LayersModel,
    limits: BatcherLimits,
    observer?: BatcherObserver,
  ) {
    this.perImage = spec.width * spec.height * spec.channels;
    this.batcher = new DynamicBatcher((inputs) => this.execute(inputs), limits, observer);
  }

  get stats() {
    return this.batcher.stats;
  }

  /** The shared preprocessing of libs/ml (the one training used); bytes that do not decode are bad input. */
  private async prepare(bytes: Buffer): Promise<Float32Array> {
    try {
      return await preprocess(bytes, this.spec);
    } catch (error) {
      if (error instanceof ImageDecodeError) {
        throw new DomainError(ErrorCode.InvalidArgument, `the image does not decode: ${error.message}`);
      }
      throw error;
    }
  }

  /** Preprocesses and classifies one image through the batcher. */
  async classify(bytes: Buffer): Promise<Classification> {
    this.active++;
    try {
      return this.toClassification(await this.batcher.submit(await this.prepare(bytes)));
    } finally {
      this.active--;
      if (this.active === 0) {
        this.drained?.();
      }
    }
  }

  /** Runs the model once at batch 1 and once at the largest batch so kernels are compiled before real traffic. */
  async warm(): Promise<void> {
    const blank = new Float32Array(this.perImage);
    await this.execute([blank]);
    await this.execute(Array.from({ length: this.batcher.limits.maxBatchSize }, () => blank));
  }

  /** Waits for the requests already handed to this version (they finish on it), then frees the weights. */
  async dispose(): Promise<void> {
    if (this.active > 0) {
      await new Promise<void>((resolve) => (this.drained = resolve));
    }
    await this.batcher.idle();
    this.model.dispose();
  }

  private async execute(inputs: Float32Array[]): Promise<Float32Array[]> {
    const data = new Float32Array(inputs.length * this.perImage);
    inputs.forEach((x, i) => data.set(x, i * this.perImage));
    const xs = toInputTensor(data, this.spec);
    try {
      return await predictProbabilities(this.model, xs, Math.max(inputs.length, 1));
    } finally {
      xs.dispose();
    }
  }

  private toClassification(row: Float32Array): Classification {
    let best = 0;
    for (let i = 1; i < row.length; i++) {
      if (row[i] > row[best]) {
        best = i;
      }
    }
    const labels = this.identity.labels;
    return { label: labels[best], confidence: row[best], scores: Object.fromEntries(labels.map((name, i) => [name, row[i]])) };
  }
}
