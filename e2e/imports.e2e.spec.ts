import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jpegImage, pngImage } from './support/images';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';
import { makeZip } from './support/zip';

const VEHICLES = join(__dirname, '../../shared/datasets/vehicles/vehicles.zip');

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
}

describe('importing zips in image-folder layout', () => {
  let system: System;
  let api: Api;

  beforeAll(async () => {
    system = await startSystem();
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  async function importZip(projectId: string, zip: Buffer, name = 'data.zip') {
    const started = await api.request('POST', `/projects/${projectId}/imports`, files({ name, content: zip, type: 'application/zip' }));
    if (started.status !== 202) {
      return started;
    }
    const done = await waitFor('the import to end', async () => {
      const job = await api.request('GET', `/imports/${started.body.id}`);
      return ['succeeded', 'failed'].includes(job.body.state) ? job : undefined;
    }, 120_000);
    return done;
  }

  it('imports train/ and test/ folders with labels and splits, skipping bad and hostile entries without aborting', async () => {
    const project = await api.request('POST', '/projects', { name: 'zip import', labels: ['cat'] });
    const id = project.body.id;
    const zip = makeZip([
      { name: 'set/train/cat/1.png', content: await pngImage(12, 12, 1) },
      { name: 'set/train/dog/2.jpg', content: await jpegImage(12, 12, 2) },
      { name: 'set/test/dog/3.png', content: await pngImage(12, 12, 3) },
      { name: 'set/train/cat/1-again.png', content: await pngImage(12, 12, 1) },
      { name: 'set/train/cat/broken.png', content: Buffer.from('not an image') },
      { name: '../../escape/cat/evil.png', content: await pngImage(12, 12, 4) },
      { name: '/etc/cat/abs.png', content: await pngImage(12, 12, 5) },
      { name: 'loose.png', content: await pngImage(12, 12, 6) },
      { name: 'set/train/cat/bomb.png', content: Buffer.alloc(8 * 1024 * 1024) },
      { name: '__MACOSX/set/._1.png', content: Buffer.from('junk') },
      { name: 'set/train/notes/readme.txt', content: Buffer.from('a folder without a single image') },
    ]);
    const job = await importZip(id, zip);
    // 'notes' holds no image, so it does not become a label.
    expect(job.body).toMatchObject({ state: 'succeeded', total: 10, imported: 3, duplicates: 1, skipped: 6, labelsAdded: ['dog'] });
    const reasons = Object.fromEntries(job.body.errors.map((e: { file: string; reason: string }) => [e.file, e.reason]));
    expect(reasons['set/train/cat/broken.png']).toMatch(/not an image/);
    expect(reasons['../../escape/cat/evil.png']).toMatch(/unsafe path/);
    expect(reasons['/etc/cat/abs.png']).toMatch(/unsafe path/);
    expect(reasons['loose.png']).toMatch(/label/);
    expect(reasons['set/train/cat/bomb.png']).toMatch(/zip bomb/);
    expect((await api.request('GET', `/projects/${id}`)).body.labels).toEqual(['cat', 'dog']);
    const images = (await api.request('GET', `/projects/${id}/images?pageSize=50`)).body.items;
    expect(images.map((i: { label: string; split: string; source: string }) => `${i.label}/${i.split}/${i.source}`).sort()).toEqual(['cat/train/import', 'dog/test/import', 'dog/train/import']);
    // Nothing was written outside the data folder, and no temp files are left behind.
    expect(existsSync(join(dirname(system.dataDir), 'escape'))).toBe(false);
    expect(allFiles(join(system.dataDir, 'tmp'))).toEqual([]);
  });

  it('refuses what is not a zip, and fails empty or image-less zips with a reason', async () => {
    const project = await api.request('POST', '/projects', { name: 'bad zips' });
    const id = project.body.id;
    const notZip = await api.request('POST', `/projects/${id}/imports`, files({ name: 'x.zip', content: Buffer.from('hello, not a zip') }));
    expect(notZip.status).toBe(415);
    expect(notZip.body.message).toMatch(/not a zip/);
    expect((await api.request('POST', `/projects/${id}/imports`, new FormData())).status).toBe(400);
    expect((await api.request('POST', '/projects/00000000-0000-4000-8000-000000000000/imports', files({ name: 'x.zip', content: makeZip([]) }))).status).toBe(404);
    const empty = await importZip(id, makeZip([]));
    expect(empty.body).toMatchObject({ state: 'failed', error: expect.stringMatching(/no files/) });
    const textOnly = await importZip(id, makeZip([{ name: 'docs/readme.txt', content: Buffer.from('hello') }]));
    expect(textOnly.body).toMatchObject({ state: 'failed', skipped: 1, labelsAdded: [], error: expect.stringMatching(/no image/) });
    expect((await api.request('GET', `/projects/${id}`)).body.labels).toEqual([]);
    expect((await api.request('GET', `/projects/${id}/imports`)).body).toHaveLength(2);
  });

  (existsSync(VEHICLES) ? it : it.skip)('imports the shared vehicles data set (4,000 images)', async () => {
    const project = await api.request('POST', '/projects', { name: 'vehicles' });
    const { readFileSync } = await import('node:fs');
    const job = await importZip(project.body.id, readFileSync(VEHICLES), 'vehicles.zip');
    expect(job.body).toMatchObject({ state: 'succeeded', total: 4000, skipped: 0 });
    // Files are stored concurrently, so labels are added in whichever order their first image finished.
    expect([...job.body.labelsAdded].sort()).toEqual(['non-vehicle', 'vehicle']);
    expect(job.body.imported + job.body.duplicates).toBe(4000);
    expect((await api.request('GET', `/projects/${project.body.id}/images?labeled=true&pageSize=1`)).body.total).toBe(job.body.imported);
  }, 180_000);
});
