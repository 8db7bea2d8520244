import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Browser, Page } from 'playwright-core';
import { CHROMIUM, dialogOpened, haveBrowser, launchChromium, PageRecorder } from './support/browser';
import { pngImage } from './support/images';
import { trainedProject } from './support/inference';
import { patternImage } from './support/patterns';
import { ADMIN_PASSWORD, Api, files, startSystem, System, waitFor } from './support/system';

if (!haveBrowser) {
  console.warn(`Skipping the history browser test: needs ${CHROMIUM} (apt-get install chromium) and a console build (npx nx build console).`);
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

interface Predicted {
  imageId: string;
  predictionId: string;
  /** What history keeps as the prediction's label: the best guess, also when the answer was uncertain. */
  best: string;
}

function bestGuess(scores: Record<string, number>): string {
  return Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0];
}

(haveBrowser ? describe : describe.skip)('history, webhooks and retention in the console, in real Chromium', () => {
  let system: System;
  let api: Api;
  let browser: Browser;
  let page: Page;
  let recorder: PageRecorder;
  let receiver: Server;
  let receiverUrl: string;
  let projectId: string;
  const received: Received[] = [];
  const predicted: Predicted[] = [];

  const predict = async (content: Buffer, name: string): Promise<Predicted> => {
    const reply = await api.request('POST', `/projects/${projectId}/predict`, files({ name, content, type: 'image/png' }));
    expect(reply.status).toBe(200);
    return { imageId: reply.body.imageId, predictionId: reply.body.predictionId, best: bestGuess(reply.body.scores) };
  };

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    // Only the predictions this suite makes exist: the scheduled job stays out of the way.
    system = await startSystem({ PREDICT_INTERVAL: '86400', WEBHOOK_RETRY_BASE_MS: '200' });
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    ({ projectId } = await trainedProject(api, 'history patterns', 2));
    // Seeds 60–63 (mod 64) are not in the imported data set: four new, unlabeled images.
    for (const [kind, seed] of [['tl', 60], ['br', 61], ['tl', 62], ['br', 63]] as const) {
      predicted.push(await predict(await patternImage(kind, seed), `${seed}.png`));
    }
    // The first one reviewed: it gets a label, and the "not reviewed" filter leaves it out.
    expect((await api.request('POST', `/predictions/${predicted[0].predictionId}/feedback`, { correct: true })).status).toBe(200);

    browser = await launchChromium();
    page = await browser.newPage();
    recorder = new PageRecorder(page);
    await page.goto(`${system.baseUrl}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/dashboard/);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    receiver?.close();
  });

  const rowIds = async () => page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-prediction-id')));

  it('lists the predictions, pages by cursor, filters through the URL, exports the filtered CSV and opens an image', () => recorder.run(async () => {
    await page.goto(`${system.baseUrl}/projects`);
    await page.locator('[data-testid="project-row"][data-project-name="history patterns"]').getByTestId('project-history').click();
    await page.waitForURL(new RegExp(`/projects/${projectId}/history$`));
    await page.getByTestId('history-row').nth(3).waitFor({ timeout: 30_000 });
    expect((await rowIds()).sort()).toEqual(predicted.map((p) => p.predictionId).sort());

    // Two rows a page: the rest comes by cursor.
    await page.goto(`${system.baseUrl}/projects/${projectId}/history?limit=2`);
    await page.getByTestId('history-more').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('history-row').count()).toBe(2);
    await page.getByTestId('history-more').click();
    await page.getByTestId('history-row').nth(3).waitFor();
    expect((await rowIds()).sort()).toEqual(predicted.map((p) => p.predictionId).sort());
    expect(await page.getByTestId('history-more').count()).toBe(0);

    // Predicted as the second image was, and not reviewed: the reviewed first image never matches.
    const label = predicted[1].best;
    const expected = predicted.slice(1).filter((p) => p.best === label).map((p) => p.predictionId).sort();
    await page.getByTestId('filter-predicted').click();
    await page.getByTestId(`filter-predicted-${label}`).click();
    await page.getByTestId('filter-reviewed-no').click();
    await page.getByTestId('filter-apply').click();
    await page.waitForURL((url) => url.searchParams.get('predicted') === label && url.searchParams.get('reviewed') === 'false');
    await waitFor('the filtered rows', async () => ((await rowIds()).sort().join() === expected.join() ? true : undefined), 30_000);
    const shown = await page.getByTestId('history-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-predicted')));
    expect(shown.every((p) => p === label)).toBe(true);

    // The filters live in the URL: a reload shows the same rows.
    await page.reload();
    await page.getByTestId('history-row').first().waitFor({ timeout: 30_000 });
    await waitFor('the same rows after a reload', async () => ((await rowIds()).sort().join() === expected.join() ? true : undefined), 30_000);

    const download = page.waitForEvent('download');
    await page.getByTestId('history-export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^history-.*\.csv$/);
    const lines = readFileSync(await file.path(), 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^prediction_id,predicted_at,image_id,/);
    const header = lines[0].split(',');
    const rows = lines.slice(1).map((line) => line.split(','));
    expect(rows.map((r) => r[0]).sort()).toEqual(expected);
    expect(rows.every((r) => r[header.indexOf('predicted')] === label && r[header.indexOf('reviewed')] === 'false')).toBe(true);

    // A bad filter: the API's reason, on the page.
    await page.getByTestId('filter-min-confidence').fill('2');
    await page.getByTestId('filter-apply').click();
    await page.getByTestId('history-error').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('history-error').textContent()).toMatch(/minConfidence/);
    // Clear drops every filter but keeps the page size.
    await page.getByTestId('filter-clear').click();
    await page.waitForURL((url) => url.search === '?limit=2');
    await page.getByTestId('history-more').waitFor({ timeout: 30_000 });

    const row = page.getByTestId('history-row').first();
    const imageId = await row.getAttribute('data-image-id');
    await row.click();
    await page.waitForURL(new RegExp(`/images/${imageId}$`));
    expect(recorder.errors).toEqual([]);
  }));

  it('adds a webhook, shows its secret once and its delivery when a prediction is made', () => recorder.run(async () => {
    await page.goto(`${system.baseUrl}/projects/${projectId}/history`);
    await page.getByTestId('project-tab-webhooks').click();
    await page.waitForURL(new RegExp(`/projects/${projectId}/webhooks$`));
    await page.getByTestId('webhooks-empty').waitFor({ timeout: 30_000 });

    await page.getByTestId('webhook-url').fill('ftp://example.com/hook');
    await page.getByTestId('webhook-event-model.promoted').click();
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-error').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('webhook-error').textContent()).toMatch(/url/);

    // Every prediction is one of the two labels: each one is an event.
    await page.getByTestId('webhook-url').fill(receiverUrl);
    await page.getByTestId('webhook-labels').click();
    await page.getByTestId('webhook-label-tl').click();
    await page.getByTestId('webhook-label-br').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('webhook-create').click();
    await page.getByTestId('webhook-secret').waitFor({ timeout: 30_000 });
    const secret = ((await page.getByTestId('webhook-secret').textContent()) ?? '').trim();
    expect(secret.length).toBeGreaterThanOrEqual(16);
    const [hook] = (await api.request('GET', `/projects/${projectId}/webhooks`)).body;
    expect(hook).toMatchObject({ url: receiverUrl, secret: null });
    expect([...hook.events].sort()).toEqual(['model.promoted', 'prediction.label:br', 'prediction.label:tl']);
    await page.getByTestId('deliveries-empty').waitFor({ timeout: 30_000 });

    predicted.push(await predict(await pngImage(16, 16, 5), 'hooked.png'));
    const delivered = page.locator('[data-testid="delivery-row"][data-state="succeeded"]');
    await delivered.waitFor({ timeout: 60_000 });
    expect(await delivered.getAttribute('data-event')).toBe(`prediction.label:${predicted[4].best}`);
    expect(await delivered.getByTestId('delivery-status').textContent()).toContain('200');
    expect((await delivered.getByTestId('delivery-attempts').textContent())?.trim()).toBe('1');
    const deliveryId = await delivered.getAttribute('data-delivery-id');
    const sent = received.find((r) => r.headers['x-sightline-delivery'] === deliveryId);
    expect(sent?.headers['x-sightline-signature']).toBe(`sha256=${createHmac('sha256', secret).update(sent?.body ?? '').digest('hex')}`);
    expect(JSON.parse(sent?.body ?? '{}').data).toMatchObject({ predictionId: predicted[4].predictionId });
    expect(recorder.errors).toEqual([]);
  }));

  it('sets a retention policy, shows what a dry run would delete, then deletes it', () => recorder.run(async () => {
    await page.getByTestId('project-tab-retention').click();
    await page.waitForURL(new RegExp(`/projects/${projectId}/retention$`));
    await page.getByTestId('retention-current').filter({ hasText: 'no rule' }).waitFor({ timeout: 30_000 });

    await page.getByTestId('retention-days').fill('0');
    await page.getByTestId('retention-save').click();
    await page.getByTestId('retention-error').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('retention-error').textContent()).toMatch(/retentionDays/);

    // About 1 kB: every unlabeled, unreviewed image goes; the labeled data set and the reviewed image stay.
    await page.getByTestId('retention-days').fill('');
    await page.getByTestId('retention-gb').fill('0.000001');
    await page.getByTestId('retention-save').click();
    await page.getByTestId('retention-current').filter({ hasText: '0.000001 GB' }).waitFor({ timeout: 30_000 });
    expect((await api.request('GET', `/projects/${projectId}`)).body).toMatchObject({ retentionDays: null, retentionGb: 0.000001 });

    const doomed = predicted.slice(1).map((p) => p.imageId).sort();
    await page.getByTestId('retention-dry-run').click();
    const dry = page.locator('[data-testid="retention-result"][data-dry-run="true"]');
    await dry.waitFor({ timeout: 30_000 });
    expect(await dry.getAttribute('data-images')).toBe(String(doomed.length));
    expect(await page.getByTestId('retention-summary').textContent()).toContain(`${doomed.length} image(s)`);
    const shown = await page.getByTestId('retention-image').evaluateAll((tiles) => tiles.map((t) => t.getAttribute('data-image-id')));
    expect(shown.sort()).toEqual(doomed);
    expect((await api.request('GET', `/projects/${projectId}/images?labeled=false`)).body.total).toBe(doomed.length);

    await page.getByTestId('retention-apply').click();
    await dialogOpened(page);
    await page.getByTestId('confirm-ok').click();
    await page.locator('[data-testid="retention-result"][data-dry-run="false"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('retention-summary').textContent()).toContain(`Deleted ${doomed.length} image(s)`);
    expect((await api.request('GET', `/projects/${projectId}/images?labeled=false`)).body.total).toBe(0);
    expect((await api.request('GET', `/images/${predicted[0].imageId}`)).status).toBe(200);
    expect(recorder.errors).toEqual([]);
  }));
});
