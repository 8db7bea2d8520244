import { activeBackend, buildCnn, evaluate, initBackend, loadModel, predict, predictProbabilities, preprocessBatch, saveModel, trainClassifier, type Batch } from '@sightline/ml';
import { createBlobStore, imageKey } from '@sightline/storage';
import * as tf from '@tensorflow/tfjs-core';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { parentPort, workerData } from 'node:worker_threads';
import type { CurvePoint, DatasetImage, ParentMessage, WorkerInput, WorkerMessage } from './training-protocol';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

/** A stable pseudo-random order: the same seed and ids always give the same split. */
function rank(seed: number, id: string): string {
  return createHash('sha256').update(`${seed}:${id}`).digest('hex');
}

/** The data set's own train/test folders when it has them, else a stratified split with a fixed seed. */
export function splitDataset(images: DatasetImage[], testShare: number, seed: number): { train: DatasetImage[]; test: DatasetImage[] } {
  const hinted = images.some((i) => i.split === 'test');
  if (hinted) {
    return { train: images.filter((i) => i.split !== 'test'), test: images.filter((i) => i.split === 'test') };
  }
  const train: DatasetImage[] = [];
  const test: DatasetImage[] = [];
  const byLabel = new Map<string, DatasetImage[]>();
  for (const image of images) {
    byLabel.set(image.label, [...(byLabel.get(image.label) ?? []), image]);
  }
  for (const group of byLabel.values()) {
    const ordered = [...group].sort((a, b) => rank(seed, a.imageId).localeCompare(rank(seed, b.imageId)));
    const testCount = group.length >= 2 ? Math.max(1, Math.round(group.length * testShare)) : 0;
    test.push(...ordered.slice(0, testCount));
    train.push(...ordered.slice(testCount));
  }
  return { train, test };
}

async function run(input: WorkerInput): Promise<void> {
  let cancelled = false;
  parentPort?.on('message', (message: ParentMessage) => {
    if (message.type === 'cancel') {
      cancelled = true;
    }
  });
  const backend = await initBackend(undefined, { log: () => undefined });
  const store = createBlobStore(input.storageUrl);
  const { params, labels } = input;
  const classIndex = new Map(labels.map((l, i) => [l, i]));
  const { train: trainAll, test } = splitDataset(input.images, 0.2, params.seed);
  const { train, test: validation } = splitDataset(trainAll.map((i) => ({ ...i, split: '' })), params.validationShare, params.seed + 1);

  if (trainAll.length === 0 || test.length === 0) {
    throw new Error(`training needs images in both splits (train ${trainAll.length}, test ${test.length}): label more images or add a train/ folder`);
  }
  const first = await store.get(imageKey(trainAll[0].sha256, trainAll[0].ext));
  const meta = await sharp(first).metadata();
  const channels: 1 | 3 = (meta.channels ?? 3) <= 2 ? 1 : 3;
  const side = params.imageSize || (Math.max(meta.width ?? 64, meta.height ?? 64) <= 32 ? Math.max(meta.width ?? 28, meta.height ?? 28) : 64);
  const spec = { width: side, height: side, channels };
  const perImage = side * side * channels;

  async function load(images: DatasetImage[]): Promise<Float32Array> {
    const out = new Float32Array(images.length * perImage);
    const chunk = 256;
    for (let i = 0; i < images.length; i += chunk) {
      const slice = images.slice(i, i + chunk);
      const bytes = await Promise.all(slice.map((image) => store.get(imageKey(image.sha256, image.ext))));
      out.set(await preprocessBatch(bytes, spec), i * perImage);
      if (cancelled) {
        throw new Error('cancelled');
      }
    }
    return out;
  }

  const trainX = await load(train);
  const validationX = await load(validation);
  const testX = await load(test);
  const toLabels = (images: DatasetImage[]) => Int32Array.from(images.map((i) => classIndex.get(i.label) ?? 0));
  const trainY = toLabels(train);
  const tensor = (x: Float32Array, n: number) => tf.tensor4d(x, [n, side, side, channels]);
  const oneHot = (y: Int32Array) => tf.oneHot(tf.tensor1d(y, 'int32'), labels.length);

  const model = buildCnn({ width: side, height: side, channels, classes: labels.length, learningRate: params.learningRate });
  const batchesPerEpoch = Math.ceil(train.length / params.batchSize);
  let order = Array.from(train.keys());
  const started = Date.now();
  let seen = 0;
  const batches = (epoch: number): Iterable<Batch> => {
    order = [...order].sort((a, b) => rank(params.seed + epoch, String(a)).localeCompare(rank(params.seed + epoch, String(b))));
    return (function* () {
      for (let b = 0; b < batchesPerEpoch; b++) {
        const ids = order.slice(b * params.batchSize, (b + 1) * params.batchSize);
        const xs = new Float32Array(ids.length * perImage);
        ids.forEach((id, k) => xs.set(trainX.subarray(id * perImage, (id + 1) * perImage), k * perImage));
        let images = tensor(xs, ids.length);
        if (params.augment) {
          const flipped = tf.image.flipLeftRight(images as tf.Tensor4D);
          images.dispose();
          images = flipped;
        }
        yield { xs: images, ys: oneHot(Int32Array.from(ids.map((id) => trainY[id]))) };
      }
    })();
  };
  const validationSet = validation.length > 0 ? { xs: tensor(validationX, validation.length), ys: oneHot(toLabels(validation)) } : undefined;
  const curves: CurvePoint[] = [];
  let lastPost = 0;
  const result = await trainClassifier({
    model,
    batches,
    batchesPerEpoch,
    validation: validationSet,
    epochs: params.epochs,
    batchSize: params.batchSize,
    earlyStopping: validationSet ? { patience: params.patience, monitor: 'valLoss' } : undefined,
    // Yield to the event loop between batches, or the parent's cancel message is never delivered.
    shouldStop: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return cancelled;
    },
    onBatch: (p) => {
      seen += p.size;
      const now = Date.now();
      if (now - lastPost < 250) {
        return;
      }
      lastPost = now;
      const done = (p.epoch * batchesPerEpoch + p.batch + 1) / (params.epochs * batchesPerEpoch);
      const rate = seen / ((now - started) / 1000);
      post({
        type: 'progress',
        epoch: p.epoch + 1,
        epochs: params.epochs,
        batch: p.batch + 1,
        batches: batchesPerEpoch,
        loss: p.loss,
        accuracy: p.accuracy,
        samplesPerSecond: rate,
        etaSeconds: ((1 - done) * params.epochs * train.length) / Math.max(rate, 1e-6),
        progress: done,
      });
    },
    onEpoch: (p) => {
      const point = { epoch: p.epoch + 1, loss: p.loss, accuracy: p.accuracy, valLoss: p.valLoss ?? null, valAccuracy: p.valAccuracy ?? null };
      curves.push(point);
      post({ type: 'epoch', point });
    },
  });
  validationSet?.xs.dispose();
  validationSet?.ys.dispose();
  if (result.stopReason === 'cancelled') {
    post({ type: 'cancelled' });
    return;
  }

  const testTensor = tensor(testX, test.length);
  const testLabels = toLabels(test);
  const evaluation = test.length > 0 ? await evaluate(model, testTensor, testLabels, labels) : undefined;
  const predictions = test.length > 0 ? await predict(model, testTensor, labels) : [];
  const files = await saveModel(model, { labels, imageSize: side, channels });

  // Train/serve parity: the stored files must score exactly as the model in memory did.
  const reloaded = await loadModel(files);
  const sample = tf.slice(testTensor, 0, Math.min(32, test.length));
  if (test.length > 0) {
    const [a, b] = await Promise.all([predictProbabilities(model, sample), predictProbabilities(reloaded, sample)]);
    const worst = Math.max(...a.flatMap((row, i) => Array.from(row, (v, j) => Math.abs(v - b[i][j]))));
    if (worst > 1e-5) {
      throw new Error(`the stored model scores differently from the trained one (max difference ${worst})`);
    }
  }
  sample.dispose();
  testTensor.dispose();

  const prefix = `models/${input.modelId}`;
  const dataset = {
    labels,
    train: train.map((i) => ({ imageId: i.imageId, label: i.label })),
    validation: validation.map((i) => ({ imageId: i.imageId, label: i.label })),
    test: test.map((i, k) => ({ imageId: i.imageId, label: i.label, predicted: predictions[k]?.label ?? null, confidence: predictions[k]?.confidence ?? null })),
  };
  await store.put(`${prefix}/model.json`, files.modelJson);
  await store.put(`${prefix}/weights.bin`, files.weights);
  await store.put(`${prefix}/dataset.json`, Buffer.from(JSON.stringify(dataset)));
  const last = curves[curves.length - 1];
  post({
    type: 'done',
    backend: activeBackend() ?? backend,
    metrics: {
      accuracy: evaluation?.accuracy ?? null,
      macroF1: evaluation?.macroF1 ?? null,
      loss: last?.valLoss ?? last?.loss ?? null,
      perClass: evaluation?.perClass ?? {},
      confusionMatrix: evaluation?.confusionMatrix ?? [],
      labels,
      stopReason: result.stopReason,
    },
    curves,
    trainCount: train.length,
    testCount: test.length,
    storagePrefix: prefix,
    imageSize: side,
    channels,
  });
}

export function runTrainingWorker(): void {
  run(workerData as WorkerInput).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    post(message === 'cancelled' ? { type: 'cancelled' } : { type: 'failed', error: message });
  });
}
