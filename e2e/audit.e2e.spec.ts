import { haveBrowser, launchChromium } from './support/browser';
import { pngImage } from './support/images';
import { ADMIN_PASSWORD, Api, files, startSystem, System } from './support/system';


describe('the audit log', () => {
  let system: System;
  let api: Api;
  let projectId: string;

  beforeAll(async () => {
    system = await startSystem();
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    projectId = (await api.request('POST', '/projects', { name: 'audited', labels: ['ok', 'bad'] })).body.id;
    await api.request('PATCH', `/projects/${projectId}`, { confidenceThreshold: 0.7 });
    const image = (await api.request('POST', `/projects/${projectId}/images`, files({ name: 'a.png', content: await pngImage(8, 8, 1), type: 'image/png' }))).body[0];
    await api.request('PUT', `/images/${image.id}/label`, { label: 'ok' });
    await api.request('PUT', `/images/${image.id}/label`, { label: 'bad' });
    const other = (await api.request('POST', '/projects', { name: 'removed' })).body.id;
    await api.request('DELETE', `/projects/${other}`);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists label changes, threshold changes and deletions with who and when, filtered and paged by cursor', async () => {
    const all = await api.request('GET', '/audit');
    expect(all.status).toBe(200);
    const actions = all.body.items.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['project.create', 'project.update', 'image.label', 'project.delete']));
    const times = all.body.items.map((e: any) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const threshold = await api.request('GET', `/audit?action=project.update&projectId=${projectId}`);
    expect(threshold.body.items).toEqual([expect.objectContaining({ actor: 'admin', action: 'project.update', projectId, details: { confidenceThreshold: 0.7 } })]);
    const labels = await api.request('GET', '/audit?action=image.');
    expect(labels.body.items.map((e: any) => e.details)).toEqual([
      { from: 'ok', to: 'bad' },
      { from: null, to: 'ok' },
    ]);
    expect((await api.request('GET', '/audit?actor=nobody')).body.items).toEqual([]);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await api.request('GET', `/audit?from=${future}`)).body.items).toEqual([]);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await api.request('GET', `/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...page.body.items.map((e: any) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.body.items.map((e: any) => e.id));
  });

  it('is append-only and not for viewers; bad filters are 400s', async () => {
    expect((await api.request('DELETE', '/audit')).status).toBe(404);
    const key = await api.request('POST', '/api-keys', { name: 'reader', role: 'viewer' });
    expect((await new Api(system.baseUrl).withApiKey(key.body.key).request('GET', '/audit')).status).toBe(403);
    for (const query of ['action=DROP%20TABLE', 'limit=0', 'from=soon', 'projectId=x', 'cursor=bm9wZQ']) {
      const reply = await api.request('GET', `/audit?${query}`);
      expect({ query, status: reply.status }).toEqual({ query, status: 400 });
    }
  });

  (haveBrowser ? it : it.skip)('shows and filters the log in the console', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${system.baseUrl}/audit`);
      await page.getByTestId('login-username').fill('admin');
      await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(/\/audit$/);
      await page.getByTestId('audit-row').first().waitFor();
      expect(await page.getByTestId('audit-row').count()).toBeGreaterThanOrEqual(6);
      await page.getByTestId('audit-action').fill('image.label');
      await page.getByTestId('audit-search').click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-row"]').length === 2);
      const shown = await page.getByTestId('audit-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
      expect(shown).toEqual(['image.label', 'image.label']);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
