import { createHash } from 'node:crypto';
import { trainedProject } from './support/inference';
import { patternImage } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';

describe('history: filtered predictions by cursor, an image with all its predictions, CSV and zip export', () => {
  let system: System;
  let api: Api;
  let projectId: string;
  const predicted: any[] = [];

  beforeAll(async () => {
    // The scheduled job stays out of the way: only the predictions this suite makes exist.
    system = await startSystem({ PREDICT_INTERVAL: '86400' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    ({ projectId } = await trainedProject(api, 'browsed patterns'));
    // Seeds 60–63 (mod 64) are not in the imported data set: new images.
    for (const [kind, seed] of [['tl', 60], ['br', 61], ['tl', 62], ['br', 63]] as const) {
      const reply = await api.request('POST', `/projects/${projectId}/predict`, files({ name: `${seed}.png`, content: await patternImage(kind, seed), type: 'image/png' }));
      expect(reply.status).toBe(200);
      predicted.push({ ...reply.body, kind, bytes: await patternImage(kind, seed) });
    }
    // The first image predicted again: two predictions of one image.
    const again = await api.request('POST', `/projects/${projectId}/predict`, files({ name: 'again.png', content: predicted[0].bytes, type: 'image/png' }));
    predicted.push({ ...again.body, kind: 'tl', bytes: predicted[0].bytes });
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('pages newest first by cursor and filters by predicted label, confidence, label, review and time', async () => {
    const all = await api.request('GET', `/projects/${projectId}/predictions?limit=200`);
    expect(all.status).toBe(200);
    expect(all.body.nextCursor).toBeNull();
    const ids = all.body.items.map((i: any) => i.prediction.id);
    expect([...ids].sort()).toEqual(predicted.map((p) => p.predictionId).sort());
    const times = all.body.items.map((i: any) => i.prediction.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await api.request('GET', `/projects/${projectId}/predictions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...page.body.items.map((i: any) => i.prediction.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(ids);

    const tl = await api.request('GET', `/projects/${projectId}/predictions?predicted=tl`);
    expect(tl.body.items.length).toBe(predicted.filter((p) => p.label === 'tl').length);
    expect(tl.body.items.every((i: any) => i.prediction.label === 'tl')).toBe(true);
    const sure = Math.max(...predicted.map((p) => p.confidence));
    const confident = await api.request('GET', `/projects/${projectId}/predictions?minConfidence=${sure}&maxConfidence=1`);
    expect(confident.body.items.map((i: any) => i.prediction.confidence)).toEqual(expect.arrayContaining([sure]));
    expect(confident.body.items.every((i: any) => i.prediction.confidence >= sure)).toBe(true);

    // A label and a review show up in the filters; two filters at once.
    await api.request('PUT', `/images/${predicted[1].imageId}/label`, { label: 'br' });
    const labeled = await api.request('GET', `/projects/${projectId}/predictions?label=br&predicted=${predicted[1].label}`);
    expect(labeled.body.items.map((i: any) => i.prediction.id)).toEqual([predicted[1].predictionId]);
    await api.request('POST', `/predictions/${predicted[2].predictionId}/feedback`, { correct: true });
    const reviewed = await api.request('GET', `/projects/${projectId}/predictions?reviewed=true`);
    expect(reviewed.body.items.map((i: any) => i.prediction.id)).toEqual([predicted[2].predictionId]);
    expect((await api.request('GET', `/projects/${projectId}/predictions?reviewed=false`)).body.items).toHaveLength(4);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await api.request('GET', `/projects/${projectId}/predictions?from=${future}`)).body.items).toEqual([]);
    expect((await api.request('GET', `/projects/${projectId}/predictions?to=${future}`)).body.items).toHaveLength(5);
    expect((await api.request('GET', `/projects/${projectId}/predictions?modelVersion=2`)).body.items).toEqual([]);

    for (const [query, message] of [
      ['minConfidence=2', /minConfidence/],
      ['cursor=bm9wZQ', /cursor/],
      ['reviewed=maybe', /reviewed/],
      ['limit=0', /limit/],
      ['from=yesterday', /from/],
    ] as const) {
      const bad = await api.request('GET', `/projects/${projectId}/predictions?${query}`);
      expect({ query, status: bad.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(bad.body.message)).toMatch(message);
    }
  });

  it('shows every prediction of an image, newest first', async () => {
    const reply = await api.request('GET', `/images/${predicted[0].imageId}/predictions`);
    expect(reply.status).toBe(200);
    expect(reply.body.map((p: any) => p.id)).toEqual([predicted[4].predictionId, predicted[0].predictionId]);
    expect(reply.body[0]).toMatchObject({ imageId: predicted[0].imageId, modelVersion: 1, reviewed: false });
    expect((await api.request('GET', '/images/00000000-0000-4000-8000-000000000000/predictions')).status).toBe(404);
  });

  it('exports the filtered predictions as CSV, and their labeled images as a zip that an import reads back', async () => {
    const csv = await api.request('GET', `/projects/${projectId}/export?format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0]).toBe('prediction_id,predicted_at,image_id,sha256,captured_at,camera_id,model_version,predicted,confidence,margin,uncertain,label,reviewed,review_correct,scores');
    expect(lines).toHaveLength(6);
    const row = lines.find((l) => l.startsWith(predicted[1].predictionId)) ?? '';
    expect(row).toContain(`,${createHash('sha256').update(predicted[1].bytes).digest('hex')},`);
    expect(row).toMatch(/,1,(tl|br),[\d.e-]+,[\d.e-]+,(true|false),br,false,,"\{/);
    const filtered = await api.request('GET', `/projects/${projectId}/export?format=csv&reviewed=true`);
    expect((filtered.body as string).trim().split('\n')).toHaveLength(2);

    // Every predicted image labeled by its kind, then the zip of those predictions into a new project.
    for (const p of predicted.slice(0, 4)) {
      await api.request('PUT', `/images/${p.imageId}/label`, { label: p.kind });
    }
    const zip = await api.request('GET', `/projects/${projectId}/export?format=zip`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const target = (await api.request('POST', '/projects', { name: 'round trip' })).body.id as string;
    const started = await api.request('POST', `/projects/${target}/imports`, files({ name: 'export.zip', content: zip.body as Buffer, type: 'application/zip' }));
    expect(started.status).toBe(202);
    const job = await waitFor('the import', async () => {
      const current = (await api.request('GET', `/imports/${started.body.id}`)).body;
      return ['succeeded', 'failed'].includes(current.state) ? current : undefined;
    }, 60_000);
    expect(job).toMatchObject({ state: 'succeeded', imported: 4, skipped: 0 });
    const images = (await api.request('GET', `/projects/${target}/images?pageSize=200`)).body.items as any[];
    const got = images.map((i) => `${i.sha256}:${i.label}`).sort();
    const want = predicted.slice(0, 4).map((p) => `${createHash('sha256').update(p.bytes).digest('hex')}:${p.kind}`).sort();
    expect(got).toEqual(want);

    const bad = await api.request('GET', `/projects/${projectId}/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect((await api.request('GET', '/projects/00000000-0000-4000-8000-000000000000/export')).status).toBe(404);
  });
});
