import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { compileClassifier } from './architectures';

/** One training batch: images [n, h, w, c] and one-hot labels [n, classes]. The trainer disposes both. */
export interface Batch {
  xs: tf.Tensor;
  ys: tf.Tensor;
}

/** Batches for one epoch. A function is called once per epoch; an iterable is iterated once per epoch. */
export type BatchSource =
  | ((epoch: number) => AsyncIterable<Batch> | Iterable<Batch>)
  | AsyncIterable<Batch>
  | Iterable<Batch>;

export interface BatchProgress {
  epoch: number;
  batch: number;
  /** Known when `batchesPerEpoch` was given. */
  batchesPerEpoch?: number;
  size: number;
  loss: number;
  accuracy: number;
}

export interface EpochProgress {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss?: number;
  valAccuracy?: number;
  samples: number;
  durationMs: number;
  /** The learning rate this epoch trained with. */
  learningRate?: number;
}

export interface EarlyStopping {
  /** Epochs without improvement of `monitor` before training stops. */
  patience: number;
  monitor?: 'valLoss' | 'valAccuracy';
  minDelta?: number;
  /** Put back the weights of the best epoch when training ends (default true). */
  restoreBestWeights?: boolean;
}

/** Scales the learning rate down when the validation loss has not improved for a while (Keras' ReduceLROnPlateau). */
export interface ReduceOnPlateau {
  /** Epochs without a lower validation loss before the rate is scaled. */
  patience: number;
  factor: number;
  minLearningRate: number;
}

/** Takes the optimizer steps in place of `model.trainOnBatch` (a `DataParallelTrainer` spreads each over threads). */
export interface BatchTrainer {
  /** One optimizer step on a batch; resolves to [loss, accuracy]. */
  trainOnBatch(xs: tf.Tensor, ys: tf.Tensor): Promise<number[]>;
  /** The optimizer that takes the steps: `reduceOnPlateau` lowers its learning rate. */
  readonly optimizer: tf.Optimizer;
}

export interface TrainOptions {
  model: tfl.LayersModel;
  batches: BatchSource;
  batchesPerEpoch?: number;
  /**
   * Held-out data scored after every epoch: tensors (not disposed by the trainer), or batches (a
   * function called once per epoch, its batches disposed by the trainer) for sets too big to hold.
   */
  validation?: { xs: tf.Tensor; ys: tf.Tensor } | ((epoch: number) => AsyncIterable<Batch> | Iterable<Batch>);
  epochs: number;
  /** Batch size for validation passes; training batch sizes come from `batches`. */
  batchSize?: number;
  /** Recompiles the model with Adam at this rate; otherwise the model's own optimizer is kept. */
  learningRate?: number;
  earlyStopping?: EarlyStopping;
  reduceOnPlateau?: ReduceOnPlateau;
  onBatch?: (progress: BatchProgress) => void | Promise<void>;
  onEpoch?: (progress: EpochProgress) => void | Promise<void>;
  /** Takes the steps and owns the optimizer they use; the model itself (`trainOnBatch`, its optimizer) unless given. */
  trainer?: BatchTrainer;
  /** Polled between batches; true ends training after the current batch. */
  shouldStop?: () => boolean | Promise<boolean>;
  /**
   * Keeps an exponential moving average of the weights (updated after every step) and scores, keeps and
   * returns the average instead of the last step's weights. The decay starts low and rises to `decay`
   * ((1 + step) / (10 + step) until then), so early steps are not averaged with the random start.
   */
  averageWeights?: { decay: number };
}

export type StopReason = 'completed' | 'early-stopped' | 'cancelled';

export interface TrainResult {
  history: EpochProgress[];
  stopReason: StopReason;
  /** Index of the epoch whose weights the model holds when early stopping restored them. */
  bestEpoch?: number;
}

function epochBatches(source: BatchSource, epoch: number): AsyncIterable<Batch> | Iterable<Batch> {
  return typeof source === 'function' ? source(epoch) : source;
}

function scalars(result: tf.Scalar | tf.Scalar[] | number | number[]): number[] {
  const list = Array.isArray(result) ? result : [result];
  return list.map((v) => (typeof v === 'number' ? v : v.dataSync()[0]));
}

/**
 * Adam and the other tfjs optimizers read their `learningRate` field at every step (it has no public
 * setter); SGD caches it in a tensor and has its own.
 */
function setLearningRate(optimizer: tf.Optimizer, rate: number): void {
  // Not `instanceof`: tfjs optimizers answer it by duck typing, so every optimizer "is" an SGDOptimizer.
  const sgd = optimizer as Partial<Pick<tf.SGDOptimizer, 'setLearningRate'>>;
  if (typeof sgd.setLearningRate === 'function') {
    sgd.setLearningRate(rate);
  } else {
    (optimizer as unknown as { learningRate: number }).learningRate = rate;
  }
}

function learningRateOf(optimizer: tf.Optimizer): number | undefined {
  const rate = (optimizer as unknown as { learningRate?: unknown }).learningRate;
  return typeof rate === 'number' ? rate : undefined;
}

function improved(es: EarlyStopping, value: number, best: number | undefined): boolean {
  if (best === undefined) {
    return true;
  }
  const delta = es.minDelta ?? 0;
  return (es.monitor ?? 'valLoss') === 'valLoss' ? value < best - delta : value > best + delta;
}

/** Loss and accuracy on held-out data, averaged over samples when it comes in batches. */
async function score(model: tfl.LayersModel, validation: NonNullable<TrainOptions['validation']>, epoch: number, batchSize: number): Promise<[number, number]> {
  if (typeof validation !== 'function') {
    const result = model.evaluate(validation.xs, validation.ys, { batchSize });
    const [loss, accuracy] = scalars(result);
    tf.dispose(result);
    return [loss, accuracy];
  }
  let samples = 0;
  let lossSum = 0;
  let accuracySum = 0;
  for await (const { xs, ys } of validation(epoch)) {
    try {
      const size = xs.shape[0] ?? 0;
      const result = model.evaluate(xs, ys, { batchSize });
      const [loss, accuracy] = scalars(result);
      tf.dispose(result);
      samples += size;
      lossSum += loss * size;
      accuracySum += accuracy * size;
    } finally {
      tf.dispose([xs, ys]);
    }
  }
  return samples === 0 ? [NaN, NaN] : [lossSum / samples, accuracySum / samples];
}

/** The moving average of a model's weights: `update` after each step, `swapIn` to score or keep them. */
class WeightAverage {
  private readonly shadow: tf.Variable[];
  private steps = 0;

  constructor(
    private readonly model: tfl.LayersModel,
    private readonly decay: number,
  ) {
    if (!(decay > 0 && decay < 1)) {
      throw new Error(`averageWeights.decay must be in (0, 1), got ${decay}`);
    }
    this.shadow = model.getWeights().map((w) => tf.variable(w.clone() as tf.Tensor, false));
  }

  update(): void {
    const d = Math.min(this.decay, (1 + this.steps) / (10 + this.steps));
    this.steps++;
    const weights = this.model.getWeights();
    tf.tidy(() => this.shadow.forEach((s, i) => s.assign(tf.add(tf.mul(s, d), tf.mul(weights[i], 1 - d)))));
  }

  clones(): tf.Tensor[] {
    return this.shadow.map((s) => s.clone() as tf.Tensor);
  }

  /** Runs `fn` with the averaged weights in the model, then puts the trained weights back. */
  async swapIn<T>(fn: () => Promise<T>): Promise<T> {
    const trained = this.model.getWeights().map((w) => w.clone());
    this.model.setWeights(this.shadow);
    try {
      return await fn();
    } finally {
      this.model.setWeights(trained);
      tf.dispose(trained);
    }
  }

  dispose(): void {
    tf.dispose(this.shadow);
  }
}

/**
 * Trains with `trainOnBatch`, so batches can come from any async source (decoded lazily from a blob
 * store) and cancellation is checked between batches.
 */
export async function trainClassifier(options: TrainOptions): Promise<TrainResult> {
  const { model, epochs } = options;
  if (options.learningRate !== undefined) {
    compileClassifier(model, options.learningRate);
  }
  if ((options.earlyStopping !== undefined || options.reduceOnPlateau !== undefined) && options.validation === undefined) {
    throw new Error('early stopping and learning-rate reduction need validation data');
  }
  const trainer: BatchTrainer = options.trainer ?? {
    trainOnBatch: async (xs, ys) => scalars(await model.trainOnBatch(xs, ys)),
    optimizer: model.optimizer,
  };
  const optimizer = trainer.optimizer;
  const plateau = { bestLoss: Infinity, wait: 0 };
  const history: EpochProgress[] = [];
  let best: { value: number; epoch: number; weights?: tf.Tensor[] } | undefined;
  let stopReason: StopReason = 'completed';
  const average = options.averageWeights && new WeightAverage(model, options.averageWeights.decay);
  /** The weights training would return now: the average when there is one. */
  const current = () => average?.clones() ?? model.getWeights().map((w) => w.clone());
  try {
    for (let epoch = 0; epoch < epochs && stopReason === 'completed'; epoch++) {
      const started = Date.now();
      let samples = 0;
      let lossSum = 0;
      let accuracySum = 0;
      let batch = 0;
      for await (const { xs, ys } of epochBatches(options.batches, epoch)) {
        let loss: number;
        let accuracy: number;
        const size = xs.shape[0] ?? 0;
        try {
          [loss, accuracy] = await trainer.trainOnBatch(xs, ys);
        } finally {
          tf.dispose([xs, ys]);
        }
        average?.update();
        samples += size;
        lossSum += loss * size;
        accuracySum += accuracy * size;
        await options.onBatch?.({ epoch, batch, batchesPerEpoch: options.batchesPerEpoch, size, loss, accuracy });
        batch++;
        if ((await options.shouldStop?.()) === true) {
          stopReason = 'cancelled';
          break;
        }
      }
      if (samples === 0) {
        throw new Error(`epoch ${epoch} produced no training batches`);
      }
      const progress: EpochProgress = {
        epoch,
        loss: lossSum / samples,
        accuracy: accuracySum / samples,
        samples,
        durationMs: 0,
      };
      if (options.validation !== undefined && stopReason === 'completed') {
        const validation = options.validation;
        const scoreNow = () => score(model, validation, epoch, options.batchSize ?? 64);
        [progress.valLoss, progress.valAccuracy] = await (average ? average.swapIn(scoreNow) : scoreNow());
      }
      progress.durationMs = Date.now() - started;
      progress.learningRate = learningRateOf(optimizer);
      history.push(progress);
      await options.onEpoch?.(progress);

      const reduce = options.reduceOnPlateau;
      if (reduce !== undefined && progress.valLoss !== undefined) {
        if (progress.valLoss < plateau.bestLoss) {
          plateau.bestLoss = progress.valLoss;
          plateau.wait = 0;
        } else if (++plateau.wait >= reduce.patience) {
          const rate = learningRateOf(optimizer);
          if (rate !== undefined && rate > reduce.minLearningRate) {
            setLearningRate(optimizer, Math.max(reduce.minLearningRate, rate * reduce.factor));
          }
          plateau.wait = 0;
        }
      }

      const es = options.earlyStopping;
      const monitored = es?.monitor === 'valAccuracy' ? progress.valAccuracy : progress.valLoss;
      if (es !== undefined && monitored !== undefined) {
        if (improved(es, monitored, best?.value)) {
          tf.dispose(best?.weights);
          best = {
            value: monitored,
            epoch,
            weights: es.restoreBestWeights === false ? undefined : current(),
          };
        } else if (epoch - (best?.epoch ?? epoch) >= es.patience) {
          stopReason = 'early-stopped';
        }
      }
    }
    if (best?.weights !== undefined && (average !== undefined || best.epoch !== history.length - 1)) {
      model.setWeights(best.weights);
      return { history, stopReason, bestEpoch: best.epoch };
    }
    if (average !== undefined && stopReason !== 'cancelled') {
      const averaged = average.clones();
      model.setWeights(averaged);
      tf.dispose(averaged);
    }
    return { history, stopReason, bestEpoch: best?.epoch };
  } finally {
    tf.dispose(best?.weights);
    average?.dispose();
  }
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Evaluation {
  accuracy: number;
  macroF1: number;
  perClass: Record<string, ClassMetrics>;
  /** confusionMatrix[actual][predicted], in `classNames` order. */
  confusionMatrix: number[][];
  samples: number;
}

/** Class probabilities, one row per image, computed in batches. */
export async function predictProbabilities(model: tfl.LayersModel, xs: tf.Tensor, batchSize = 64): Promise<Float32Array[]> {
  const out = model.predict(xs, { batchSize }) as tf.Tensor;
  try {
    const [n, classes] = out.shape;
    const data = (await out.data()) as Float32Array;
    return Array.from({ length: n }, (_, i) => data.slice(i * classes, (i + 1) * classes));
  } finally {
    out.dispose();
  }
}

export interface Prediction {
  label: string;
  confidence: number;
  scores: Record<string, number>;
}

export async function predict(model: tfl.LayersModel, xs: tf.Tensor, classNames: readonly string[]): Promise<Prediction[]> {
  const rows = await predictProbabilities(model, xs);
  return rows.map((row) => {
    const best = argmax(row);
    return {
      label: classNames[best],
      confidence: row[best],
      scores: Object.fromEntries(classNames.map((name, i) => [name, row[i]])),
    };
  });
}

/** Index of the highest score. */
export function argmax(row: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) {
    if (row[i] > row[best]) {
      best = i;
    }
  }
  return best;
}

/** Accuracy, per-class precision/recall/F1 and the confusion matrix on held-out images. */
export async function evaluate(
  model: tfl.LayersModel,
  xs: tf.Tensor,
  labels: ArrayLike<number>,
  classNames: readonly string[],
): Promise<Evaluation> {
  const rows = await predictProbabilities(model, xs);
  if (rows.length !== labels.length) {
    throw new Error(`${rows.length} predictions for ${labels.length} labels`);
  }
  return metricsFromPredictions(
    rows.map((row) => argmax(row)),
    labels,
    classNames,
  );
}

export function metricsFromPredictions(
  predicted: ArrayLike<number>,
  actual: ArrayLike<number>,
  classNames: readonly string[],
): Evaluation {
  const k = classNames.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  let correct = 0;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const p = predicted[i];
    if (!(a >= 0 && a < k && p >= 0 && p < k)) {
      throw new Error(`label index out of range at ${i}: actual ${a}, predicted ${p}`);
    }
    matrix[a][p]++;
    if (a === p) {
      correct++;
    }
  }
  const perClass: Record<string, ClassMetrics> = {};
  let f1Sum = 0;
  classNames.forEach((name, c) => {
    const tp = matrix[c][c];
    const support = matrix[c].reduce((s, v) => s + v, 0);
    const predictedCount = matrix.reduce((s, row) => s + row[c], 0);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[name] = { precision, recall, f1, support };
    f1Sum += f1;
  });
  return {
    accuracy: actual.length === 0 ? 0 : correct / actual.length,
    macroF1: k === 0 ? 0 : f1Sum / k,
    perClass,
    confusionMatrix: matrix,
    samples: actual.length,
  };
}
