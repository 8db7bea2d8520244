import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildCnn } from './architectures';
import { initBackend } from './backend';
import { DataParallelTrainer } from './data-parallel';
import { seededRandom } from './augment';

/** A replica thread running this library's source through ts-node, as the training bundle runs the built one. */
function spawnReplica(): Worker {
  const script = `
    require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'node10' } });
    require(${JSON.stringify(join(__dirname, 'data-parallel.ts'))}).runGradientReplica();
  `;
  return new Worker(script, { eval: true });
}

/** A small model without dropout, so one step is deterministic; Adam as the training service uses. */
function smallModel(): tfl.LayersModel {
  const model = tfl.sequential();
  model.add(tfl.layers.conv2d({ inputShape: [8, 8, 1], filters: 4, kernelSize: 3, activation: 'relu' }));
  model.add(tfl.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tfl.layers.flatten());
  model.add(tfl.layers.dense({ units: 3, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return model;
}

function batch(size: number, seed: number): { xs: tf.Tensor; ys: tf.Tensor } {
  const random = seededRandom(seed);
  const xs = Float32Array.from({ length: size * 64 }, () => random());
  const labels = Int32Array.from({ length: size }, () => Math.floor(random() * 3));
  return tf.tidy(() => ({ xs: tf.tensor4d(xs, [size, 8, 8, 1]), ys: tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), 3), 'float32') }));
}

async function weightsOf(model: tfl.LayersModel): Promise<Float32Array[]> {
  return Promise.all(model.getWeights().map(async (w) => (await w.data()) as Float32Array));
}

function maxDifference(a: Float32Array[], b: Float32Array[]): number {
  return Math.max(...a.map((w, i) => Math.max(...Array.from(w, (v, j) => Math.abs(v - b[i][j])))));
}

describe('DataParallelTrainer', () => {
  beforeAll(async () => {
    expect(await initBackend(undefined, { log: () => undefined })).toBe('wasm');
  });

  it('takes the step trainOnBatch takes on the whole batch, with shares computed in another thread', async () => {
    const plain = smallModel();
    const parallelModel = smallModel();
    parallelModel.setWeights(plain.getWeights());
    const trainer = await DataParallelTrainer.start(parallelModel, 2, spawnReplica);
    try {
      expect(trainer.threads).toBe(2);
      // Uneven sizes: 7 splits 4 + 3; a single sample stays in this thread.
      for (const [k, size] of [16, 7, 1, 16].entries()) {
        const { xs, ys } = batch(size, k + 1);
        const [plainLoss, plainAccuracy] = (await plain.trainOnBatch(xs, ys)) as number[];
        const [loss, accuracy] = await trainer.trainOnBatch(xs, ys);
        tf.dispose([xs, ys]);
        expect(loss).toBeCloseTo(plainLoss, 5);
        expect(accuracy).toBeCloseTo(plainAccuracy, 5);
        expect(maxDifference(await weightsOf(parallelModel), await weightsOf(plain))).toBeLessThan(1e-5);
      }
    } finally {
      await trainer.close();
    }
    // Closed: the model trains with its own optimizer again, and goes on matching.
    const { xs, ys } = batch(8, 9);
    await plain.trainOnBatch(xs, ys);
    await parallelModel.trainOnBatch(xs, ys);
    tf.dispose([xs, ys]);
    expect(maxDifference(await weightsOf(parallelModel), await weightsOf(plain))).toBeLessThan(1e-5);
  }, 60_000);

  it("trains the default CNN: the loss falls over a few steps on a fixed batch", async () => {
    const model = buildCnn({ width: 12, height: 12, channels: 1, classes: 3 });
    const trainer = await DataParallelTrainer.start(model, 2, spawnReplica);
    const random = seededRandom(5);
    const labels = Int32Array.from({ length: 32 }, (_, i) => i % 3);
    // Class c is bright in column band c: learnable in a few steps.
    const xs = Float32Array.from({ length: 32 * 144 }, (_, i) => {
      const n = Math.floor(i / 144);
      const x = i % 12;
      return (Math.floor(x / 4) === labels[n] ? 0.8 : 0) + random() * 0.2;
    });
    const input = tf.tensor4d(xs, [32, 12, 12, 1]);
    const target = tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), 3), 'float32');
    try {
      const losses: number[] = [];
      for (let step = 0; step < 15; step++) {
        losses.push((await trainer.trainOnBatch(input, target))[0]);
      }
      expect(losses[losses.length - 1]).toBeLessThan(losses[0] / 2);
    } finally {
      tf.dispose([input, target]);
      await trainer.close();
    }
  }, 60_000);

  it('fails the step with the reason when a replica thread dies', async () => {
    const model = smallModel();
    let replica: Worker | undefined;
    const trainer = await DataParallelTrainer.start(model, 2, () => (replica = spawnReplica()));
    await replica?.terminate();
    const { xs, ys } = batch(8, 3);
    try {
      await expect(trainer.trainOnBatch(xs, ys)).rejects.toThrow(/training thread exited/);
    } finally {
      tf.dispose([xs, ys]);
      await trainer.close();
    }
  }, 60_000);
});
