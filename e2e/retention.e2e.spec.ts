import { pngImage } from './support/images';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';

describe('retention', () => {
  let system: System;
  let api: Api;

  beforeAll(async () => {
    // The scheduled run stays out of the way here (hourly); the last test starts a system of its own for it.
    system = await startSystem();
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  async function project(name: string, api: Api): Promise<{ id: string; labeled: string[]; unlabeled: string[] }> {
    const id = (await api.request('POST', '/projects', { name, labels: ['ok', 'bad'] })).body.id as string;
    const seed = name.length * 100;
    const make = async (count: number, offset: number) => Promise.all(Array.from({ length: count }, async (_, i) => ({ name: `${offset + i}.png`, content: await pngImage(32, 32, seed + offset + i), type: 'image/png' })));
    const withLabel = files(...(await make(3, 0)));
    withLabel.append('label', 'ok');
    const kept = (await api.request('POST', `/projects/${id}/images`, withLabel)).body.map((i: any) => i.id as string);
    const unlabeled: string[] = [];
    for (const file of await make(4, 10)) {
      // One by one, so their capture times are in order.
      unlabeled.push((await api.request('POST', `/projects/${id}/images`, files(file))).body[0].id);
    }
    return { id, labeled: kept, unlabeled };
  }

  it('deletes only unlabeled images past the size limit, oldest first, shows them in a dry run first, and audits the deletion', async () => {
    const p = await project('kept small', api);
    expect((await api.request('POST', `/projects/${p.id}/retention`, {})).status).toBe(409);
    expect((await api.request('PATCH', `/projects/${p.id}`, { retentionDays: 0 })).status).toBe(400);
    // 1 kB: far less than the seven images; the labeled three stay even though they alone are over it.
    const patched = await api.request('PATCH', `/projects/${p.id}`, { retentionGb: 0.000001, retentionDays: 30 });
    expect(patched.body).toMatchObject({ retentionGb: 0.000001, retentionDays: 30 });

    const dry = await api.request('POST', `/projects/${p.id}/retention`, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ images: 4, dryRun: true });
    expect(dry.body.imageIds).toEqual(p.unlabeled);
    expect((await api.request('GET', `/projects/${p.id}/images?pageSize=200`)).body.total).toBe(7);

    const run = await api.request('POST', `/projects/${p.id}/retention`, {});
    expect(run.body).toMatchObject({ images: 4, dryRun: false });
    expect(run.body.bytes).toBeGreaterThan(0);
    const left = (await api.request('GET', `/projects/${p.id}/images?pageSize=200`)).body.items.map((i: any) => i.id);
    expect(left.sort()).toEqual([...p.labeled].sort());
    expect((await api.request('GET', `/images/${p.unlabeled[0]}/content`)).status).toBe(404);
    expect((await api.request('GET', `/images/${p.labeled[0]}/content`)).status).toBe(200);
    const audit = (await api.request('GET', `/audit?action=image.delete&projectId=${p.id}`)).body.items;
    expect(audit).toEqual([expect.objectContaining({ actor: 'admin', details: expect.objectContaining({ reason: 'retention', images: 4, imageIds: p.unlabeled }) })]);

    // Nothing is older than a day: the age rule alone deletes nothing.
    await api.request('PATCH', `/projects/${p.id}`, { retentionGb: null, retentionDays: 1 });
    const second = await project('kept a day', api);
    await api.request('PATCH', `/projects/${second.id}`, { retentionDays: 1 });
    expect((await api.request('POST', `/projects/${second.id}/retention`, { dryRun: true })).body.images).toBe(0);
  });

  it('runs every project with a rule on its own every RETENTION_CHECK_SECONDS, audited as retention', async () => {
    const scheduled = await startSystem({ RETENTION_CHECK_SECONDS: '10' });
    try {
      const admin = await new Api(scheduled.baseUrl).login('admin', ADMIN_PASSWORD);
      const p = await project('scheduled', admin);
      await admin.request('PATCH', `/projects/${p.id}`, { retentionGb: 0.000001 });
      const entry = await waitFor('the scheduled retention run', async () => (await admin.request('GET', `/audit?action=image.delete&projectId=${p.id}`)).body.items[0], 60_000, 1000);
      expect(entry).toMatchObject({ actor: 'retention', details: expect.objectContaining({ images: 4 }) });
      expect((await admin.request('GET', `/projects/${p.id}/images?labeled=false`)).body.total).toBe(0);
      expect((await admin.request('GET', `/projects/${p.id}/images?labeled=true`)).body.total).toBe(3);
    } finally {
      await scheduled.stop();
    }
  }, 120_000);
});
