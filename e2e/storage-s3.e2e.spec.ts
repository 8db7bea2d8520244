import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageKey, parseS3Url, S3BlobStore, thumbnailKey } from '../libs/storage/src';
import { s3TestServerMissing, startS3TestServer, type S3TestServer } from '../libs/storage/src/lib/testing/s3-test-server';
import { pngImage } from './support/images';
import { trainedProject } from './support/inference';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';

const missing = s3TestServerMissing();
if (missing) {
  console.warn(`S3 storage e2e skipped: ${missing}`);
}

describe('the whole system on an S3-compatible store (STORAGE_URL=s3://…)', () => {
  let server: S3TestServer;
  let system: System;
  let api: Api;
  let bucket: S3BlobStore;

  beforeAll(async () => {
    if (missing) {
      return;
    }
    const started = await startS3TestServer();
    if ('unavailable' in started) {
      throw new Error(started.unavailable);
    }
    server = started;
    const name = `sightline-e2e-${randomBytes(4).toString('hex')}`;
    // The bucket does not exist: the first write creates it.
    const storageUrl = `s3://${name}/site-1?endpoint=${server.endpoint}&region=us-east-1`;
    const credentials = { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey };
    system = await startSystem({ STORAGE_URL: storageUrl, S3_ACCESS_KEY_ID: credentials.accessKeyId, S3_SECRET_ACCESS_KEY: credentials.secretAccessKey });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    bucket = new S3BlobStore(parseS3Url(storageUrl), credentials);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await server?.stop();
  });

  (missing ? it.skip : it)(
    'keeps uploads, thumbnails and model files in the bucket, serves them back, and answers 503 with the reason when the store goes away',
    async () => {
      expect((await api.request('GET', '/system')).body).toMatchObject({ storage: 's3' });
      const projectId = (await api.request('POST', '/projects', { name: 'on-s3', labels: ['a', 'b'] })).body.id as string;
      const content = await pngImage(40, 30, 7);
      const uploaded = await api.request('POST', `/projects/${projectId}/images`, files({ name: 'x.png', content, type: 'image/png' }));
      expect(uploaded.status).toBe(201);
      const image = uploaded.body[0];
      const sha256 = createHash('sha256').update(content).digest('hex');
      expect(image.sha256).toBe(sha256);

      const read = await api.request('GET', `/images/${image.id}/content`);
      expect(read.status).toBe(200);
      expect(Buffer.compare(read.body as Buffer, content)).toBe(0);
      const thumbnail = await api.request('GET', `/images/${image.id}/thumbnail`);
      expect(thumbnail.status).toBe(200);
      expect(thumbnail.headers.get('content-type')).toBe('image/webp');

      // In the bucket under the URL's prefix, at DESIGN.md's keys; nothing in the local data folder.
      expect((await bucket.get(imageKey(sha256, 'png'))).equals(content)).toBe(true);
      expect((await bucket.get(thumbnailKey(sha256))).equals(thumbnail.body as Buffer)).toBe(true);
      expect(existsSync(join(system.dataDir, 'blobs'))).toBe(false);

      // Training writes the model files there, and inference loads them from there.
      const { projectId: trained, modelId } = await trainedProject(api, 'trained-on-s3', 1);
      expect(await bucket.exists(`models/${modelId}/model.json`)).toBe(true);
      expect(await bucket.exists(`models/${modelId}/weights.bin`)).toBe(true);
      const predicted = await api.request('POST', `/projects/${trained}/predict`, files({ name: 'p.png', content: await pngImage(16, 16, 3), type: 'image/png' }));
      expect(predicted.status).toBe(200);
      expect(predicted.body).toMatchObject({ modelVersion: '1', label: expect.any(String) });

      // The store goes away: a clear 503, no crash, and the services stay up for when it is back.
      await server.stop();
      const refused = await api.request('POST', `/projects/${projectId}/images`, files({ name: 'y.png', content: await pngImage(40, 30, 8), type: 'image/png' }));
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(/blob store is unavailable: s3:\/\/sightline-e2e-[0-9a-f]+\/site-1 at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/) });
      await waitFor('health to stay 200', async () => ((await api.request('GET', '/health')).status === 200 ? true : undefined), 20_000);
    },
    420_000,
  );
});
