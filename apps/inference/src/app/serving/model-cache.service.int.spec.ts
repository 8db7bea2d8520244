import { loadConfig } from '@sightline/config';
import type { TrainingV1 } from '@sightline/contracts';
import { buildCnn, initBackend, loadModel, predict, preprocess, saveModel, toInputTensor } from '@sightline/ml';
import { LocalBlobStore } from '@sightline/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { InferenceMetricsService } from '../metrics/inference-metrics.service';
import { ModelCacheService } from './model-cache.service';
import { ModelFilesRepository } from './model-files.repository';

const scratch = mkdtempSync(join(tmpdir(), 'inference-int-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const LABELS = ['a', 'b', 'c'];
const spec = { width: 12, height: 12, channels: 1 as const };

function image(seed: number): Promise<Buffer> {
  const raw = Buffer.alloc(12 * 12);
  for (let i = 0; i < raw.length; i++) {
    raw[i] = (i * 13 + seed * 71) % 256;
  }
  return sharp(raw, { raw: { width: 12, height: 12, channels: 1 } }).png().toBuffer();
}

/** A real (untrained, randomly initialised) CNN saved the way training saves it. */
async function storeVersion(store: LocalBlobStore, id: string, version: number): Promise<TrainingV1.ModelVersion__Output> {
  const model = buildCnn({ ...spec, classes: LABELS.length, learningRate: 0.001 });
  const files = await saveModel(model, { labels: LABELS, imageSize: 12, channels: 1 });
  model.dispose();
  await store.put(`models/${id}/model.json`, files.modelJson);
  await store.put(`models/${id}/weights.bin`, files.weights);
  return { id, projectId: 'p', version, architecture: 'cnn', hyperParametersJson: '{}', metricsJson: '{}', labels: LABELS, aliases: [], createdAt: '' };
}

describe('ModelCacheService with real TensorFlow.js models from a real blob store', () => {
  const blobs = join(scratch, 'blobs');
  const store = new LocalBlobStore(blobs);
  const config = loadConfig({ STORAGE_URL: `file:${blobs}`, MODEL_CACHE_SIZE: '2', PREDICT_MAX_BATCH_SIZE: '8' });
  let cache: ModelCacheService;

  beforeAll(async () => {
    await initBackend(undefined, { log: () => undefined });
    cache = new ModelCacheService(new ModelFilesRepository(config), new InferenceMetricsService(), config);
  }, 60_000);

  afterAll(() => cache.onModuleDestroy());

  it('serves batched answers equal to in-process predict on the same bytes', async () => {
    const v1 = await storeVersion(store, 'model-1', 1);
    const served = await cache.get(v1);
    expect(cache.isWarm('model-1')).toBe(true);
    const images = await Promise.all(Array.from({ length: 20 }, (_, i) => image(i)));
    const answers = await Promise.all(images.map((bytes) => served.classify(bytes)));
    expect(served.stats.executions).toBeLessThan(20);

    const model = await loadModel({ modelJson: await store.get('models/model-1/model.json'), weights: await store.get('models/model-1/weights.bin') });
    for (let i = 0; i < images.length; i++) {
      const xs = toInputTensor(await preprocess(images[i], spec), spec);
      const [expected] = await predict(model, xs, LABELS);
      xs.dispose();
      expect(answers[i].label).toBe(expected.label);
      for (const label of LABELS) {
        expect(answers[i].scores[label]).toBeCloseTo(expected.scores[label], 5);
      }
    }
    model.dispose();
  }, 60_000);

  it('loads each version once however many ask at the same time, keeps at most MODEL_CACHE_SIZE, and lets requests in flight finish on an evicted version', async () => {
    const v2 = await storeVersion(store, 'model-2', 2);
    const v3 = await storeVersion(store, 'model-3', 3);
    const [a, b] = await Promise.all([cache.get(v2), cache.get(v2)]);
    expect(a).toBe(b);
    expect(cache.warmIds()).toEqual(['model-1', 'model-2']);

    const served1 = await cache.get({ ...v2, id: 'model-1', version: 1 });
    expect(cache.warmIds()).toEqual(['model-2', 'model-1']);
    const inFlight = Array.from({ length: 10 }, (_, i) => image(100 + i).then((bytes) => served1.classify(bytes)));
    // model-2 is now the least recently used: loading model-3 drops it, model-1's requests are unaffected.
    await cache.get(v3);
    expect(cache.warmIds()).toEqual(['model-1', 'model-3']);
    expect((await Promise.all(inFlight)).every((r) => LABELS.includes(r.label))).toBe(true);
    // A version dropped from the cache is loaded again on demand.
    const again = await cache.get(v2);
    expect(again).not.toBe(a);
    expect(cache.warmIds()).toEqual(['model-3', 'model-2']);
  }, 60_000);

  it('reports a version whose files are missing as unavailable and does not keep the failure', async () => {
    const ghost = { id: 'model-missing', projectId: 'p', version: 9, architecture: 'cnn', hyperParametersJson: '{}', metricsJson: '{}', labels: LABELS, aliases: [], createdAt: '' };
    const before = cache.warmIds();
    await expect(cache.get(ghost)).rejects.toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/version 9 cannot be loaded/) });
    // A failed load evicts nobody.
    expect(cache.warmIds()).toEqual(before);
  });
});
