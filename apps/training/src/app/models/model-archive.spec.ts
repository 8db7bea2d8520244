import { DomainError, ErrorCode } from '@sightline/contracts';
import { archiveFileOf, checkLabels, checkModelJson, exportFileName, parseManifest } from './model-archive';

const manifest = {
  format: 'sightline-model',
  formatVersion: 1,
  labels: ['ok', 'scratch', 'dent'],
  preprocessing: { imageSize: 32, channels: 3, normalisation: 'rescale-0-1', resize: 'stretch' },
  architecture: 'cnn',
  hyperParameters: { epochs: 3 },
  metrics: { accuracy: 0.9 },
  source: { modelId: 'm1', projectId: 'p1', projectName: 'discs', version: 4, createdAt: '2026-01-01T00:00:00.000Z' },
  exportedAt: '2026-01-02T00:00:00.000Z',
};
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.InvalidArgument);
    return (error as DomainError).message;
  }
  throw new Error('expected a DomainError');
}

describe('model archive rules', () => {
  it('finds the three files at the top or inside one folder, and skips folders and archiver litter', () => {
    expect(archiveFileOf('model.json')).toEqual({ file: 'model.json', folder: '' });
    expect(archiveFileOf('digits-v3/weights.bin')).toEqual({ file: 'weights.bin', folder: 'digits-v3' });
    expect(archiveFileOf('digits-v3/')).toBeNull();
    expect(archiveFileOf('__MACOSX/digits-v3/._model.json')).toBeNull();
    expect(archiveFileOf('.DS_Store')).toBeNull();
  });

  it.each(['../model.json', '/model.json', 'a/../../weights.bin', 'C:/model.json', 'a\\model.json'])('refuses the unsafe name %j', (name) => {
    expect(reason(() => archiveFileOf(name))).toMatch(/unsafe path in the zip/);
  });

  it.each(['evil.sh', 'a/b/model.json', 'model.json.bak'])('refuses the unexpected file %j', (name) => {
    expect(reason(() => archiveFileOf(name))).toMatch(/unexpected file in the zip.*model\.json, weights\.bin, sightline-model\.json/);
  });

  it('reads a manifest, keeping what it knows and cutting long strings', () => {
    const parsed = parseManifest(json({ ...manifest, source: { ...manifest.source, projectName: 'x'.repeat(1000) }, extra: true }));
    expect(parsed).toMatchObject({ labels: ['ok', 'scratch', 'dent'], preprocessing: { imageSize: 32, channels: 3 }, architecture: 'cnn', metrics: { accuracy: 0.9 } });
    expect(parsed.source.projectName).toHaveLength(300);
    expect(parsed).not.toHaveProperty('extra');
  });

  it.each([
    ['not JSON', Buffer.from('{"format": '), /sightline-model\.json is not valid JSON/],
    ['another format', json({ ...manifest, format: 'keras' }), /not a Sightline model manifest/],
    ['a newer version', json({ ...manifest, formatVersion: 2 }), /format version 2; this Sightline reads version 1/],
    ['one label', json({ ...manifest, labels: ['ok'] }), /at least 2 class names/],
    ['labels that are not strings', json({ ...manifest, labels: ['ok', 3] }), /at least 2 class names/],
    ['duplicate labels', json({ ...manifest, labels: ['ok', 'ok'] }), /duplicates/],
    ['no preprocessing', json({ ...manifest, preprocessing: undefined }), /"preprocessing" is missing/],
    ['a fractional size', json({ ...manifest, preprocessing: { ...manifest.preprocessing, imageSize: 31.5 } }), /imageSize" must be a whole number/],
    ['four channels', json({ ...manifest, preprocessing: { ...manifest.preprocessing, channels: 4 } }), /channels" must be 1 or 3/],
    ['another normalisation', json({ ...manifest, preprocessing: { ...manifest.preprocessing, normalisation: 'imagenet' } }), /"imagenet" is not supported/],
    ['a long architecture', json({ ...manifest, architecture: 'x'.repeat(65) }), /"architecture" must be a name/],
    ['metrics that are a list', json({ ...manifest, metrics: [1] }), /"metrics" must be an object/],
  ])('refuses a manifest with %s', (_, content, message) => {
    expect(reason(() => parseManifest(content))).toMatch(message);
  });

  it('accepts a layers model.json whose metadata agrees with the manifest, and refuses one that disagrees', () => {
    const parsed = parseManifest(json(manifest));
    const model = { modelTopology: {}, weightsManifest: [], userDefinedMetadata: { labels: manifest.labels, imageSize: 32, channels: 3 } };
    expect(() => checkModelJson(json(model), parsed)).not.toThrow();
    expect(() => checkModelJson(json({ modelTopology: {}, weightsManifest: [] }), parsed)).not.toThrow();
    expect(reason(() => checkModelJson(json({ ...model, userDefinedMetadata: { labels: ['scratch', 'ok', 'dent'] } }), parsed))).toMatch(/model\.json says labels \["scratch","ok","dent"\]/);
    expect(reason(() => checkModelJson(json({ ...model, userDefinedMetadata: { imageSize: 64 } }), parsed))).toMatch(/imageSize 64 but sightline-model\.json says 32/);
    expect(reason(() => checkModelJson(json({ format: 'graph-model' }), parsed))).toMatch(/not a TensorFlow\.js layers model/);
    expect(reason(() => checkModelJson(Buffer.from('nope'), parsed))).toMatch(/model\.json is not valid JSON/);
  });

  it('needs every label of the model in the project, in any order, and allows the project more', () => {
    expect(() => checkLabels(['ok', 'dent'], { name: 'discs', labels: ['dent', 'scratch', 'ok'] })).not.toThrow();
    expect(reason(() => checkLabels(['ok', 'rust'], { name: 'discs', labels: ['ok', 'dent'] }))).toBe(
      'the model\'s labels "rust" are not labels of project "discs" ("ok", "dent"): add them to the project first',
    );
    expect(reason(() => checkLabels(['a', 'b'], { name: 'empty', labels: [] }))).toMatch(/\(it has none\)/);
  });

  it('names the export after the project and version, safe for any file system', () => {
    expect(exportFileName('Brake discs / line 2', 7)).toBe('brake-discs-line-2-v7.zip');
    expect(exportFileName('Défauts ÉTÉ', 1)).toBe('defauts-ete-v1.zip');
    expect(exportFileName('数字', 2)).toBe('model-v2.zip');
  });
});
