import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patternDataset } from './support/patterns';
import { seededRandom } from './support/random';
import { ADMIN_PASSWORD, Api, files, startSystem, System, trainToEnd, waitFor } from './support/system';

/**
 * The "pretrained" backbone this suite trains itself: a small CNN that learned where a bright square
 * sits among four quadrants of a 16×16 grey image, saved as a TensorFlow.js layers model (its own
 * 4-class softmax included, which transfer learning cuts off). Seeded throughout (data, initial weights, no
 * shuffling): its conv filters stay as initialised, and an unlucky random draw once left features on which the
 * head reached only 71%.
 */
async function trainBackbone(dir: string): Promise<void> {
  await tf.setBackend('cpu');
  const random = seededRandom(7);
  const n = 128;
  const values = new Float32Array(n * 256);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    labels[i] = i % 4;
    const [x0, y0] = [labels[i] % 2 === 0 ? 1 : 9, labels[i] < 2 ? 1 : 9];
    for (let p = 0; p < 256; p++) {
      const [x, y] = [p % 16, Math.floor(p / 16)];
      values[i * 256 + p] = x >= x0 && x < x0 + 6 && y >= y0 && y < y0 + 6 ? 0.9 : random() * 0.25;
    }
  }
  const backbone = tfl.sequential({
    layers: [
      // Random conv filters kept as they are: the cpu backend trains the dense layers in seconds, not the convs.
      tfl.layers.conv2d({ inputShape: [16, 16, 1], filters: 8, kernelSize: 3, activation: 'relu', padding: 'same', trainable: false, kernelInitializer: tfl.initializers.glorotUniform({ seed: 1 }) }),
      tfl.layers.maxPooling2d({ poolSize: 2 }),
      tfl.layers.flatten(),
      tfl.layers.dense({ units: 16, activation: 'relu', kernelInitializer: tfl.initializers.glorotUniform({ seed: 2 }) }),
      tfl.layers.dense({ units: 4, activation: 'softmax', kernelInitializer: tfl.initializers.glorotUniform({ seed: 3 }) }),
    ],
  });
  backbone.compile({ optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy' });
  await backbone.fit(tf.tensor4d(values, [n, 16, 16, 1]), tf.oneHot(tf.tensor1d(labels, 'int32'), 4), { epochs: 15, batchSize: 32, shuffle: false, verbose: 0 });
  await backbone.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData as ArrayBuffer;
      writeFileSync(join(dir, 'model.json'), JSON.stringify({ modelTopology: artifacts.modelTopology, format: 'layers-model', weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs }] }));
      writeFileSync(join(dir, 'weights.bin'), Buffer.from(data));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
}

describe('transfer learning on a configured backbone', () => {
  let dir: string;
  let system: System;
  let api: Api;
  let projectId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sightline-backbone-'));
    // The backbone is not there yet when the system starts: the first job must fail naming the setting.
    // No decoded-image cache: every batch is decoded from the blob store, as for a set too big for memory.
    system = await startSystem({ BACKBONE_URL: join(dir, 'model.json'), TRAINING_CACHE_MB: '0' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    projectId = (await api.request('POST', '/projects', { name: 'patterns' })).body.id;
    const job = (await api.request('POST', `/projects/${projectId}/imports`, files({ name: 'patterns.zip', content: await patternDataset() }))).body;
    await waitFor('the import', async () => ((await api.request('GET', `/imports/${job.id}`)).body.state === 'succeeded' ? true : undefined));
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const train = (body: object) => trainToEnd(api, projectId, body);

  it('fails a job with a reason naming BACKBONE_URL when the backbone cannot be fetched', async () => {
    const job = await train({ architecture: 'transfer' });
    expect(job.state).toBe('failed');
    expect(job.error).toContain(join(dir, 'model.json'));
    expect(job.error).toContain('BACKBONE_URL');
  }, 300_000);

  it('trains a CNN from batches decoded on the fly when the set does not fit TRAINING_CACHE_MB', async () => {
    const job = await train({ epochs: 8, batchSize: 16 });
    const model = (await api.request('GET', `/models/${job.modelId}`)).body;
    expect(model).toMatchObject({ architecture: 'cnn', hyperParameters: { augment: true } });
    expect(model.metrics.decodedInMemory).toBe(false);
    expect(model.metrics.accuracy).toBeGreaterThan(0.85);
  }, 300_000);

  it('trains a new head on the backbone and serves the whole model', async () => {
    await trainBackbone(dir);
    const job = await train({ architecture: 'transfer', epochs: 30 });
    expect(job).toMatchObject({ state: 'succeeded', error: null });
    const model = (await api.request('GET', `/models/${job.modelId}`)).body;
    expect(model.architecture).toBe('transfer');
    expect(model.hyperParameters).toMatchObject({ architecture: 'transfer', backbone: join(dir, 'model.json'), imageSize: 16, channels: 1, augment: false });
    expect(model.metrics.accuracy).toBeGreaterThan(0.85);
    expect(model.metrics.decodedInMemory).toBe(false);
    // The backbone is cached in the blob store: a second job works with the file gone.
    rmSync(join(dir, 'weights.bin'));
    expect((await train({ architecture: 'transfer', epochs: 2 })).state).toBe('succeeded');
  }, 300_000);
});
