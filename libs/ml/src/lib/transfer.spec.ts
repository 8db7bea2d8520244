import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initBackend } from './backend';
import { predictProbabilities } from './train';
import { loadModel, saveModel } from './serialization';
import { BackboneError, buildTransferModel, fetchBackbone, foldFeatureScale, standardizeFeatures } from './transfer';

/** A small "pretrained" backbone: conv features and its own 3-class softmax, saved with its weights split in two files. */
async function saveBackbone(dir: string): Promise<string> {
  const backbone = tfl.sequential({
    layers: [
      tfl.layers.conv2d({ inputShape: [8, 8, 3], filters: 4, kernelSize: 3, activation: 'relu', padding: 'same' }),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: 3, activation: 'softmax' }),
    ],
  });
  const files = await saveModel(backbone);
  const json = JSON.parse(files.modelJson.toString());
  const cut = 64;
  json.weightsManifest[0].paths = ['group1-shard1of2.bin', 'group1-shard2of2.bin'];
  writeFileSync(join(dir, 'model.json'), JSON.stringify(json));
  writeFileSync(join(dir, 'group1-shard1of2.bin'), files.weights.subarray(0, cut));
  writeFileSync(join(dir, 'group1-shard2of2.bin'), files.weights.subarray(cut));
  return join(dir, 'model.json');
}

/** Bright images are class 0, dark ones class 1. */
function brightOrDark(n: number): { xs: tf.Tensor4D; ys: tf.Tensor2D } {
  const values = new Float32Array(n * 8 * 8 * 3);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = i % 2;
    for (let k = 0; k < 192; k++) {
      values[i * 192 + k] = (labels[i] === 0 ? 0.6 : 0) + Math.random() * 0.4;
    }
  }
  return { xs: tf.tensor4d(values, [n, 8, 8, 3]), ys: tf.oneHot(tf.tensor1d(labels, 'int32'), 2) as tf.Tensor2D };
}

describe('transfer learning on a backbone', () => {
  let dir: string;
  let path: string;

  beforeAll(async () => {
    await initBackend('wasm', { log: () => undefined });
    dir = mkdtempSync(join(tmpdir(), 'backbone-'));
    path = await saveBackbone(dir);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fetches a layers model from a path and from a URL, weight shards merged', async () => {
    const fromDisk = await fetchBackbone(path);
    const server: Server = createServer((req, res) => {
      try {
        res.end(readFileSync(join(dir, (req.url ?? '/').slice(1))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const fromUrl = await fetchBackbone(`http://127.0.0.1:${port}/model.json`);
      expect(fromUrl.weights.equals(fromDisk.weights)).toBe(true);
      await expect(fetchBackbone(`http://127.0.0.1:${port}/missing.json`)).rejects.toThrow(/answered 404/);
    } finally {
      server.close();
    }
    expect(JSON.parse(fromDisk.modelJson.toString()).weightsManifest[0].paths).toEqual(['weights.bin']);
  });

  it('names the source when the backbone cannot be used', async () => {
    await expect(fetchBackbone(join(dir, 'nope.json'))).rejects.toThrow(BackboneError);
    await expect(fetchBackbone(join(dir, 'nope.json'))).rejects.toThrow(join(dir, 'nope.json'));
    writeFileSync(join(dir, 'graph.json'), JSON.stringify({ format: 'graph-model', modelTopology: {}, weightsManifest: [] }));
    await expect(fetchBackbone(join(dir, 'graph.json'))).rejects.toThrow(/not a TensorFlow.js layers model/);
    await expect(fetchBackbone('relative/model.json')).rejects.toThrow(/absolute path/);
  });

  it('trains only a new head on the backbone features, and the whole model serves what the head learned', async () => {
    const transfer = await buildTransferModel(await fetchBackbone(path), 2, 0.05);
    expect(transfer.inputShape).toEqual([8, 8, 3]);
    // The backbone's own 3-class softmax is cut off: features are the 64 inputs of that layer.
    expect(transfer.features.outputs[0].shape).toEqual([null, 64]);
    expect(transfer.model.trainableWeights.map((w) => w.shape)).toEqual([[64, 2], [2]]);
    const frozenBefore = transfer.features.getWeights().map((w) => w.dataSync().slice());

    const train = brightOrDark(64);
    const features = transfer.features.predict(train.xs) as tf.Tensor;
    for (let step = 0; step < 60; step++) {
      await transfer.head.trainOnBatch(features, train.ys);
    }
    const test = brightOrDark(32);
    const scores = await predictProbabilities(transfer.model, test.xs);
    const correct = scores.filter((row, i) => (row[0] > row[1] ? 0 : 1) === i % 2).length;
    expect(correct / 32).toBeGreaterThan(0.9);
    transfer.features.getWeights().forEach((w, i) => expect(Array.from(w.dataSync())).toEqual(Array.from(frozenBefore[i])));

    // What is stored (backbone + head in one model.json) scores as the model in memory does.
    const reloaded = await loadModel(await saveModel(transfer.model));
    const again = await predictProbabilities(reloaded, test.xs);
    again.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - scores[i][j])).toBeLessThan(1e-5)));
    tf.dispose([train.xs, train.ys, test.xs, test.ys, features]);
  });

  it('learns on standardised features and folds the scaling into the head, so the whole model serves raw images as the head scored', async () => {
    const transfer = await buildTransferModel(await fetchBackbone(path), 2, 0.05);
    const train = brightOrDark(64);
    const raw = transfer.features.predict(train.xs) as tf.Tensor;
    const scaled = Float32Array.from(raw.dataSync());
    const scale = standardizeFeatures(64, scaled);
    const column = Array.from({ length: 64 }, (_, i) => scaled[i * 64 + 5]);
    expect(column.reduce((s, v) => s + v, 0) / 64).toBeCloseTo(0, 4);
    const features = tf.tensor2d(scaled, [64, 64]);
    for (let step = 0; step < 30; step++) {
      await transfer.head.trainOnBatch(features, train.ys);
    }
    const onScaled = await predictProbabilities(transfer.head, features);
    foldFeatureScale(transfer, scale);
    const served = await predictProbabilities(transfer.model, train.xs);
    served.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - onScaled[i][j])).toBeLessThan(1e-4)));
    tf.dispose([train.xs, train.ys, raw, features]);
  });

  it('takes the features from a named layer, a feature map averaged to a vector, and names the layers it has when the name is wrong', async () => {
    const files = await fetchBackbone(path);
    const conv = (await loadModel(files)).layers[0].name;
    const transfer = await buildTransferModel(files, 2, 0.05, conv);
    // The conv's [8, 8, 4] map, averaged over its positions.
    expect(transfer.features.outputs[0].shape).toEqual([null, 4]);
    expect(transfer.model.trainableWeights.map((w) => w.shape)).toEqual([[4, 2], [2]]);
    await expect(buildTransferModel(files, 2, 0.05, 'no_such_layer')).rejects.toThrow(BackboneError);
    await expect(buildTransferModel(files, 2, 0.05, 'no_such_layer')).rejects.toThrow(new RegExp(`no layer named no_such_layer .*${conv}`));
  });
});
