import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import * as yauzl from 'yauzl';
import { patternDataset as dataset } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, trainToEnd, waitFor } from './support/system';
import { makeZip } from './support/zip';

async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const out = new Map<string, Buffer>();
  for await (const entry of archive.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await archive.openReadStreamPromise(entry)) {
      chunks.push(chunk as Buffer);
    }
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  return out;
}

/** A bright square bottom-right on a dark field: one of the two patterns the model learnt. */
async function probeImage(): Promise<Buffer> {
  const pixels = Buffer.alloc(16 * 16, 20);
  for (let y = 9; y < 15; y++) {
    pixels.fill(230, y * 16 + 9, y * 16 + 15);
  }
  return sharp(pixels, { raw: { width: 16, height: 16, channels: 1 } }).png().toBuffer();
}

describe('model export and import', () => {
  let system: System;
  let api: Api;
  let sourceProject: string;
  let source: any;
  let exported: Map<string, Buffer>;
  let zip: Buffer;

  beforeAll(async () => {
    system = await startSystem();
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    sourceProject = (await api.request('POST', '/projects', { name: 'Patterns, line 2' })).body.id;
    const job = (await api.request('POST', `/projects/${sourceProject}/imports`, files({ name: 'patterns.zip', content: await dataset() }))).body;
    await waitFor('the import', async () => ((await api.request('GET', `/imports/${job.id}`)).body.state === 'succeeded' ? true : undefined));
    const trained = await trainToEnd(api, sourceProject, { epochs: 6, batchSize: 16 });
    expect(trained.state).toBe('succeeded');
    source = (await api.request('GET', `/models/${trained.modelId}`)).body;
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('exports a version as a zip of its stored files and a manifest', async () => {
    const response = await api.request('GET', `/models/${source.id}/export`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="patterns-line-2-v1.zip"');
    zip = response.body;
    exported = await unzip(zip);
    expect([...exported.keys()]).toEqual(['model.json', 'weights.bin', 'sightline-model.json']);
    const stored = join(system.dataDir, 'blobs', 'models', source.id);
    expect(exported.get('model.json')?.equals(readFileSync(join(stored, 'model.json')))).toBe(true);
    expect(exported.get('weights.bin')?.equals(readFileSync(join(stored, 'weights.bin')))).toBe(true);
    const manifest = JSON.parse(exported.get('sightline-model.json')?.toString() ?? '');
    expect(manifest).toMatchObject({
      format: 'sightline-model',
      formatVersion: 1,
      labels: source.labels,
      preprocessing: { imageSize: source.hyperParameters.imageSize, channels: source.hyperParameters.channels, normalisation: 'rescale-0-1', resize: 'stretch' },
      architecture: 'cnn',
      hyperParameters: source.hyperParameters,
      metrics: source.metrics,
      source: { modelId: source.id, projectId: sourceProject, projectName: 'Patterns, line 2', version: 1, createdAt: source.createdAt },
    });
    expect(Date.parse(manifest.exportedAt)).toBeGreaterThanOrEqual(Date.parse(source.createdAt));

    const missing = await api.request('GET', '/models/00000000-0000-4000-8000-000000000000/export');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, message: expect.stringMatching(/not found/) });
  });

  it('imports the zip into another project as a new version that serves like the source', async () => {
    const target = (await api.request('POST', '/projects', { name: 'patterns copy', labels: ['tl', 'br', 'unused'] })).body.id;
    const upload = () => api.request('POST', `/projects/${target}/models/import`, files({ name: 'patterns-line-2-v1.zip', content: zip, type: 'application/zip' }));

    const first = await upload();
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ projectId: target, version: 1, aliases: ['production'], labels: source.labels, architecture: 'cnn', hyperParameters: source.hyperParameters });
    expect(first.body.metrics).toMatchObject({
      accuracy: source.metrics.accuracy,
      confusionMatrix: source.metrics.confusionMatrix,
      imported: { modelId: source.id, projectId: sourceProject, projectName: 'Patterns, line 2', version: 1, filename: 'patterns-line-2-v1.zip', importedBy: 'admin' },
    });
    // The same zip again is another immutable version, a candidate until promoted.
    const second = await upload();
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ version: 2, aliases: ['candidate'] });
    const promoted = await api.request('POST', `/models/${second.body.id}/promote`, { reason: 'imported from line 2' });
    expect(promoted.status).toBe(200);
    expect(promoted.body.aliases).toEqual(['production']);
    const history = (await api.request('GET', `/projects/${target}/models/history`)).body;
    expect(history.map((e: any) => `${e.alias}:${e.action}:${e.fromVersion}->${e.toVersion}:${e.reason}`)).toEqual([
      'production:promote:1->2:imported from line 2',
      'candidate:promote:null->2:imported from patterns-line-2-v1.zip',
      'production:auto-promote:null->1:first model of the project',
    ]);
    expect((await api.request('GET', `/models/${second.body.id}/test-results`)).body).toEqual([]);

    // Exported again, the imported version is the source's model byte for byte.
    const again = await unzip((await api.request('GET', `/models/${second.body.id}/export`)).body);
    expect(again.get('model.json')?.equals(exported.get('model.json') as Buffer)).toBe(true);
    expect(again.get('weights.bin')?.equals(exported.get('weights.bin') as Buffer)).toBe(true);
    expect(JSON.parse(again.get('sightline-model.json')?.toString() ?? '').preprocessing).toEqual({ imageSize: source.hyperParameters.imageSize, channels: source.hyperParameters.channels, normalisation: 'rescale-0-1', resize: 'stretch' });

    const image = await probeImage();
    const [fromSource, fromImport] = await Promise.all(
      [sourceProject, target].map((id) => api.request('POST', `/projects/${id}/predict`, files({ name: 'probe.png', content: image, type: 'image/png' }))),
    );
    if (fromSource.status === 503 && /model serving is not available/.test(fromSource.body.message)) {
      // Serving comes with the inference work (issue 5): until then both name the version that would serve.
      expect(fromSource.body.message).toMatch(/production model v1/);
      expect(fromImport.status).toBe(503);
      expect(fromImport.body.message).toMatch(/production model v2/);
    } else {
      expect(fromSource.status).toBe(200);
      expect(fromImport.status).toBe(200);
      expect(fromImport.body.label).toBe(fromSource.body.label);
      for (const label of source.labels) {
        expect(fromImport.body.scores[label]).toBeCloseTo(fromSource.body.scores[label], 6);
      }
    }

    const db = new Database(join(system.dataDir, 'sightline.db'), { readonly: true });
    // A project's first model becomes production by itself; the gateway copies such promotions made by training into
    // the audit log within seconds (details.by = "training"), so whether they are there yet depends on timing: leave them out.
    const audit = db
      .prepare("SELECT action, actor, target_id AS targetId, project_id AS projectId FROM audit_event WHERE action LIKE 'model.%' AND COALESCE(details, '') NOT LIKE '%\"by\":\"training\"%' ORDER BY created_at")
      .all();
    db.close();
    expect(audit).toEqual([
      { action: 'model.export', actor: 'admin', targetId: source.id, projectId: null },
      { action: 'model.import', actor: 'admin', targetId: first.body.id, projectId: target },
      { action: 'model.import', actor: 'admin', targetId: second.body.id, projectId: target },
      { action: 'model.promote', actor: 'admin', targetId: second.body.id, projectId: target },
      { action: 'model.export', actor: 'admin', targetId: second.body.id, projectId: null },
    ]);
  });

  it('refuses hostile and broken zips with a reason, and keeps nothing of them', async () => {
    const target = (await api.request('POST', '/projects', { name: 'hostile', labels: ['br', 'tl'] })).body.id;
    const entries = (overrides: Record<string, Buffer | null> = {}) =>
      Object.entries({ 'model.json': exported.get('model.json'), 'weights.bin': exported.get('weights.bin'), 'sightline-model.json': exported.get('sightline-model.json'), ...overrides })
        .filter((e): e is [string, Buffer] => e[1] !== null && e[1] !== undefined)
        .map(([name, content]) => ({ name, content }));
    const manifest = JSON.parse(exported.get('sightline-model.json')?.toString() ?? '');
    const modelJson = JSON.parse(exported.get('model.json')?.toString() ?? '');
    const weights = exported.get('weights.bin') as Buffer;
    const { imageSize: side, channels } = manifest.preprocessing;
    const otherSize = { ...manifest, preprocessing: { ...manifest.preprocessing, imageSize: side * 2 } };
    // A weights.bin whose headers claim it inflates to almost 4 GiB (size at offset 22 of the local header, 24 of the central one).
    const huge = makeZip([{ name: 'weights.bin', content: weights }]);
    huge.writeUInt32LE(0xfffffff0, 22);
    huge.writeUInt32LE(0xfffffff0, huge.readUInt32LE(huge.length - 22 + 16) + 24);

    const cases: Array<[string, Buffer, number, RegExp]> = [
      ['not a zip', await probeImage(), 415, /not a zip archive/],
      ['an empty file', Buffer.alloc(0), 415, /not a zip archive/],
      ['an empty zip', makeZip([]), 400, /the zip has no model\.json, weights\.bin, sightline-model\.json/],
      ['a zip slip name', makeZip([...entries({ 'model.json': null }), { name: '../model.json', content: exported.get('model.json') as Buffer }]), 400, /unsafe path in the zip: "\.\.\/model\.json"/],
      ['an absolute name', makeZip([...entries(), { name: '/etc/cron.d/x', content: Buffer.from('x') }]), 400, /unsafe path in the zip/],
      ['an unexpected file', makeZip([...entries(), { name: 'run.sh', content: Buffer.from('#!/bin/sh') }]), 400, /unexpected file in the zip: "run\.sh"/],
      ['a zip bomb', makeZip(entries({ 'weights.bin': Buffer.alloc(50 * 1024 * 1024) })), 400, /weights\.bin is compressed more than 200:1/],
      ['a huge entry', huge, 413, /weights\.bin inflates to 4294967280 bytes, more than the 536870912-byte limit/],
      ['a missing file', makeZip(entries({ 'sightline-model.json': null })), 400, /the zip has no sightline-model\.json/],
      ['bad JSON', makeZip(entries({ 'sightline-model.json': Buffer.from('{"format": "sightline-model",') })), 400, /sightline-model\.json is not valid JSON/],
      ['a newer format', makeZip(entries({ 'sightline-model.json': Buffer.from(JSON.stringify({ ...manifest, formatVersion: 9 })) })), 400, /format version 9/],
      ['labels that disagree with model.json', makeZip(entries({ 'sightline-model.json': Buffer.from(JSON.stringify({ ...manifest, labels: ['br', 'rust'] })) })), 400, /model\.json says labels \["br","tl"\] but sightline-model\.json says \["br","rust"\]/],
      [
        'labels the project lacks',
        makeZip(entries({ 'model.json': Buffer.from(JSON.stringify({ ...modelJson, userDefinedMetadata: {} })), 'sightline-model.json': Buffer.from(JSON.stringify({ ...manifest, labels: ['br', 'rust'] })) })),
        400,
        /^the model's labels "rust" are not labels of project "hostile" \("br", "tl"\): add them to the project first$/,
      ],
      ['metadata that disagrees', makeZip(entries({ 'sightline-model.json': Buffer.from(JSON.stringify(otherSize)) })), 400, new RegExp(`model\\.json says imageSize ${side} but sightline-model\\.json says ${side * 2}`)],
      [
        'an input size the model does not take',
        makeZip(
          entries({
            'model.json': Buffer.from(JSON.stringify({ ...modelJson, userDefinedMetadata: {} })),
            'sightline-model.json': Buffer.from(JSON.stringify(otherSize)),
          }),
        ),
        400,
        new RegExp(`the model takes inputs of shape \\[\\[null,${side},${side},${channels}\\]\\], not \\[null,${side * 2},${side * 2},${channels}\\]`),
      ],
      ['truncated weights', makeZip(entries({ 'weights.bin': weights.subarray(0, weights.length / 2) })), 400, /the model does not load/],
      ['a model.json that is not a model', makeZip(entries({ 'model.json': Buffer.from('{"hello": "world"}') })), 400, /model\.json is not a TensorFlow\.js layers model/],
    ];
    for (const [what, content, status, message] of cases) {
      const response = await api.request('POST', `/projects/${target}/models/import`, files({ name: `${what}.zip`, content }));
      expect({ what, status: response.status, message: response.body.message }).toEqual({ what, status, message: expect.stringMatching(message) });
    }

    // The output-shape check itself, on a project that has the third label.
    const wide = (await api.request('POST', '/projects', { name: 'wide', labels: ['br', 'tl', 'unknown'] })).body.id;
    const tooMany = makeZip(
      entries({
        'model.json': Buffer.from(JSON.stringify({ ...modelJson, userDefinedMetadata: {} })),
        'sightline-model.json': Buffer.from(JSON.stringify({ ...manifest, labels: ['br', 'tl', 'unknown'] })),
      }),
    );
    const shape = await api.request('POST', `/projects/${wide}/models/import`, files({ name: 'wide.zip', content: tooMany }));
    expect(shape.status).toBe(400);
    expect(shape.body.message).toBe('the model answers with shape [1,2], not [1,3] for its 3 labels');

    expect((await api.request('POST', `/projects/${target}/models/import`, new FormData())).status).toBe(400);
    const unknown = await api.request('POST', '/projects/00000000-0000-4000-8000-000000000000/models/import', files({ name: 'm.zip', content: zip }));
    expect(unknown.status).toBe(404);

    // Nothing of the refused zips is kept: no version, no files, no temp file.
    expect((await api.request('GET', `/projects/${target}/models`)).body).toEqual([]);
    expect((await api.request('GET', `/projects/${wide}/models`)).body).toEqual([]);
    const versions = [...(await api.request('GET', `/projects/${sourceProject}/models`)).body];
    const stored = readdirSync(join(system.dataDir, 'blobs', 'models'));
    expect(stored.length).toBe(versions.length + 2);
    const spool = join(system.dataDir, 'tmp', 'model-imports');
    expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    // And the services are still up.
    expect((await api.request('GET', '/health')).status).toBe(200);
  }, 180_000);
});
