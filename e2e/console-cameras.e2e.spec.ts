import { Browser, Page } from 'playwright-core';
import { CHROMIUM, haveBrowser, launchChromium } from './support/browser';
import { CameraServer } from './support/cameras';
import { ADMIN_PASSWORD, Api, startSystem, System, waitFor } from './support/system';

if (!haveBrowser) {
  console.warn(`Skipping the cameras browser test: needs ${CHROMIUM} (apt-get install chromium) and a console build (npx nx build console).`);
}

(haveBrowser ? describe : describe.skip)('cameras in the console, in real Chromium with a fake webcam', () => {
  let system: System;
  let api: Api;
  let cameras: CameraServer;
  let browser: Browser;
  let page: Page;
  let projectId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    cameras = await new CameraServer().start();
    system = await startSystem();
    api = await new Api(system.baseUrl).login('admin', ADMIN_PASSWORD);
    projectId = (await api.request('POST', '/projects', { name: 'bench', labels: ['ok', 'flaw'] })).body.id;
    // Chromium's own test pattern as the camera, and "allow" answered without a prompt.
    browser = await launchChromium(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${system.baseUrl}/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/dashboard/);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
    await cameras?.stop();
  });

  it('adds a camera after a Test frame, captures now and shows its live status and last frame', async () => {
    await page.goto(`${system.baseUrl}/cameras?project=${projectId}`);
    await page.getByTestId('cameras-empty').waitFor();
    await page.getByTestId('camera-add').click();
    await page.getByTestId('camera-name').fill('gate');
    await page.getByTestId('camera-url').fill(`${cameras.url}/snap.jpg`);
    await page.getByTestId('camera-test').click();
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="camera-preview"]') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth === 32;
    });
    expect((await api.request('GET', `/projects/${projectId}/cameras`)).body).toHaveLength(0);
    await page.getByTestId('camera-save').click();
    const card = page.getByTestId('camera-gate');
    await card.waitFor();
    expect(await card.getByTestId('camera-status').textContent()).toContain('idle');
    await card.getByTestId('camera-capture').click();
    await waitFor('the status to show the capture', async () => ((await card.getByTestId('camera-captures-today').textContent())?.trim() === '1' ? true : undefined), 30_000);
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="camera-gate"] [data-testid="camera-thumbnail"]') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    expect(await card.getByTestId('camera-status').textContent()).toContain('ok');
    const [camera] = (await api.request('GET', `/projects/${projectId}/cameras`)).body;
    expect(camera).toMatchObject({ name: 'gate', kind: 'http-snapshot', capturesToday: 1, status: 'ok' });
  });

  it('captures frames from the fake webcam on the Webcam page, with a label', async () => {
    await page.goto(`${system.baseUrl}/cameras/webcam?project=${projectId}`);
    await page.getByTestId('webcam-start').click();
    await page.waitForFunction(() => {
      const video = document.querySelector('[data-testid="webcam-video"]') as HTMLVideoElement | null;
      return !!video && video.readyState >= 2 && video.videoWidth > 0;
    });
    await page.getByTestId('webcam-label').click();
    await page.locator('mat-option', { hasText: 'flaw' }).click();
    await page.getByTestId('webcam-capture').click();
    await waitFor('the frame to be sent', async () => ((await page.getByTestId('webcam-count').textContent())?.includes('Frames sent: 1') ? true : undefined), 30_000);
    const webcam = (await api.request('GET', `/projects/${projectId}/cameras`)).body.find((c: any) => c.kind === 'webcam');
    expect(webcam).toMatchObject({ name: 'Browser webcam', capturesToday: 1 });
    const image = (await api.request('GET', `/images/${webcam.lastImageId}`)).body;
    expect(image).toMatchObject({ source: 'camera', sourceId: webcam.id, label: 'flaw', mime: 'image/jpeg' });
    expect(image.width).toBeGreaterThan(0);

    // Every second, for prediction (no model yet: stored, with the reason there is no prediction).
    await page.getByTestId('webcam-label').click();
    await page.locator('mat-option', { hasText: '(none: predict)' }).click();
    await page.getByTestId('webcam-every').fill('1');
    await page.getByTestId('webcam-repeat').click();
    await waitFor('three more frames', async () => ((await api.request('GET', `/cameras/${webcam.id}`)).body.capturesToday >= 4 ? true : undefined), 30_000);
    await page.getByTestId('webcam-stop').click();
    expect(await page.getByTestId('webcam-result').textContent()).toMatch(/no prediction: .*model/i);
    expect(errors).toEqual([]);
  });
});
