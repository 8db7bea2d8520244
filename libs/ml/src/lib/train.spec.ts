import * as tf from '@tensorflow/tfjs-core';
import { buildCnn } from './architectures';
import { initBackend } from './backend';
import { loadModel, saveModel } from './serialization';
import { Batch, BatchProgress, evaluate, metricsFromPredictions, predict, trainClassifier } from './train';

const SIDE = 12;
const CLASSES = ['horizontal', 'vertical', 'diagonal'];

/** Seeded synthetic images: a noisy horizontal bar, vertical bar or diagonal at a random position. */
function synthetic(count: number, seed: number): { xs: Float32Array; labels: Int32Array } {
  let state = seed;
  const rand = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const xs = new Float32Array(count * SIDE * SIDE);
  const labels = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    const label = n % CLASSES.length;
    labels[n] = label;
    const at = 2 + Math.floor(rand() * (SIDE - 4));
    for (let y = 0; y < SIDE; y++) {
      for (let x = 0; x < SIDE; x++) {
        const on = label === 0 ? y === at : label === 1 ? x === at : x === y;
        xs[n * SIDE * SIDE + y * SIDE + x] = (on ? 0.8 : 0) + rand() * 0.2;
      }
    }
  }
  return { xs, labels };
}

function tensors(data: { xs: Float32Array; labels: Int32Array }): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  return tf.tidy(() => ({
    xs: tf.tensor4d(data.xs, [data.labels.length, SIDE, SIDE, 1]),
    ys: tf.cast(tf.oneHot(tf.tensor1d(data.labels, 'int32'), CLASSES.length), 'float32') as tf.Tensor2D,
  }));
}

function* batchesOf(data: { xs: Float32Array; labels: Int32Array }, size: number): Generator<Batch> {
  const per = SIDE * SIDE;
  for (let start = 0; start < data.labels.length; start += size) {
    const end = Math.min(start + size, data.labels.length);
    yield tensors({ xs: data.xs.subarray(start * per, end * per), labels: data.labels.subarray(start, end) });
  }
}

describe('training on the wasm backend', () => {
  beforeAll(async () => {
    expect(await initBackend(undefined, { log: () => undefined })).toBe('wasm');
  });

  it('learns a synthetic task well above chance, evaluates it and survives a save/load round trip', async () => {
    const train = synthetic(240, 1);
    const test = synthetic(60, 2);
    const validation = tensors(test);
    const model = buildCnn({ width: SIDE, height: SIDE, channels: 1, classes: CLASSES.length });
    const batches: BatchProgress[] = [];
    const epochs: number[] = [];
    const result = await trainClassifier({
      model,
      batches: () => batchesOf(train, 32),
      batchesPerEpoch: 8,
      validation,
      epochs: 4,
      onBatch: (p) => {
        batches.push(p);
      },
      onEpoch: (p) => {
        epochs.push(p.valAccuracy ?? -1);
      },
    });
    expect(result.stopReason).toBe('completed');
    expect(batches).toHaveLength(32);
    expect(batches[0]).toMatchObject({ epoch: 0, batch: 0, batchesPerEpoch: 8, size: 32 });
    expect(result.history).toHaveLength(4);
    expect(result.history[3].loss).toBeLessThan(result.history[0].loss);

    const metrics = await evaluate(model, validation.xs, test.labels, CLASSES);
    expect(metrics.accuracy).toBeGreaterThan(0.8);
    expect(metrics.accuracy).toBeCloseTo(epochs[3], 5);
    expect(metrics.confusionMatrix.flat().reduce((s, v) => s + v, 0)).toBe(60);

    const files = await saveModel(model, { classNames: CLASSES });
    const loaded = await loadModel(files);
    expect(loaded.getUserDefinedMetadata()).toEqual({ classNames: CLASSES });
    const before = await predict(model, validation.xs, CLASSES);
    const after = await predict(loaded, validation.xs, CLASSES);
    expect(after.map((p) => p.label)).toEqual(before.map((p) => p.label));
    after.forEach((p, i) => expect(p.confidence).toBeCloseTo(before[i].confidence, 5));

    tf.dispose([validation.xs, validation.ys]);
    model.dispose();
    loaded.dispose();
  }, 30_000);

  it('stops between batches when asked and disposes the batches it consumed', async () => {
    const model = buildCnn({ width: SIDE, height: SIDE, channels: 1, classes: CLASSES.length });
    const data = synthetic(96, 3);
    const produced: Batch[] = [];
    let seen = 0;
    const result = await trainClassifier({
      model,
      batches: function* () {
        for (const batch of batchesOf(data, 16)) {
          produced.push(batch);
          yield batch;
        }
      },
      epochs: 3,
      onBatch: () => {
        seen++;
      },
      shouldStop: () => seen >= 2,
    });
    expect(result.stopReason).toBe('cancelled');
    expect(seen).toBe(2);
    expect(result.history).toHaveLength(1);
    expect(produced).toHaveLength(2);
    expect(produced.every((b) => b.xs.isDisposed && b.ys.isDisposed)).toBe(true);
    model.dispose();
  });

  it('halves the learning rate when the validation loss stops falling', async () => {
    const model = buildCnn({ width: SIDE, height: SIDE, channels: 1, classes: CLASSES.length, learningRate: 0.01 });
    const data = synthetic(96, 5);
    // Validation labels shifted by one class: the better the model learns, the worse the validation loss.
    const wrong = tensors({ xs: data.xs, labels: data.labels.map((l) => (l + 1) % CLASSES.length) });
    const result = await trainClassifier({
      model,
      batches: () => batchesOf(data, 16),
      validation: wrong,
      epochs: 6,
      reduceOnPlateau: { patience: 1, factor: 0.5, minLearningRate: 0.002 },
    });
    const rates = result.history.map((h) => h.learningRate ?? NaN);
    expect(rates[0]).toBe(0.01);
    expect(rates.every((rate, i) => i === 0 || rate <= rates[i - 1])).toBe(true);
    expect(rates[rates.length - 1]).toBeLessThan(0.01);
    expect(Math.min(...rates)).toBeGreaterThanOrEqual(0.002);
    tf.dispose([wrong.xs, wrong.ys]);
    model.dispose();
  }, 30_000);

  it('scores and returns the moving average of the weights when asked, training on the raw ones', async () => {
    const model = buildCnn({ width: SIDE, height: SIDE, channels: 1, classes: CLASSES.length, learningRate: 0.01 });
    const data = synthetic(64, 7);
    const validation = tensors(synthetic(30, 8));
    const flat = () => model.getWeights().map((w) => Float32Array.from(w.dataSync()));
    // The average by hand: it starts at the initial weights, and step t weighs the old average by min(decay, (1 + t) / (10 + t)).
    const expected = flat();
    let raw = expected;
    let step = 0;
    const result = await trainClassifier({
      model,
      batches: () => batchesOf(data, 16),
      validation,
      epochs: 2,
      averageWeights: { decay: 0.3 },
      onBatch: () => {
        raw = flat();
        const d = Math.min(0.3, (1 + step) / (10 + step));
        step++;
        expected.forEach((w, i) => w.forEach((v, j) => (w[j] = d * v + (1 - d) * raw[i][j])));
      },
    });
    expect(step).toBe(8);
    const returned = flat();
    const gap = (a: Float32Array[], b: Float32Array[]) => a.reduce((max, w, i) => w.reduce((m, v, j) => Math.max(m, Math.abs(v - b[i][j])), max), 0);
    expect(gap(returned, expected)).toBeLessThan(1e-5);
    expect(gap(returned, raw)).toBeGreaterThan(1e-3);
    const [loss] = (model.evaluate(validation.xs, validation.ys) as tf.Scalar[]).map((s) => s.dataSync()[0]);
    expect(result.history[1].valLoss).toBeCloseTo(loss, 4);
    tf.dispose([validation.xs, validation.ys]);
    model.dispose();
  }, 30_000);

  it('refuses early stopping without validation data', async () => {
    const model = buildCnn({ width: SIDE, height: SIDE, channels: 1, classes: 2 });
    await expect(
      trainClassifier({ model, batches: [], epochs: 1, earlyStopping: { patience: 1 } }),
    ).rejects.toThrow('validation');
    model.dispose();
  });
});

describe('metricsFromPredictions', () => {
  it('computes accuracy, per-class precision/recall/F1 and the confusion matrix', () => {
    const m = metricsFromPredictions([0, 0, 1, 1, 1, 2], [0, 1, 1, 1, 2, 2], ['a', 'b', 'c']);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.confusionMatrix).toEqual([
      [1, 0, 0],
      [1, 2, 0],
      [0, 1, 1],
    ]);
    expect(m.perClass['a']).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    expect(m.perClass['b'].precision).toBeCloseTo(2 / 3);
    expect(m.perClass['b'].recall).toBeCloseTo(2 / 3);
    expect(m.perClass['c']).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
  });

  it('rejects out-of-range label indices', () => {
    expect(() => metricsFromPredictions([3], [0], ['a', 'b'])).toThrow('out of range');
  });
});
