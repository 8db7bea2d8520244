import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from './system';

/** Debian's Chromium: the browser tests never download one of their own. */
export const CHROMIUM = '/usr/bin/chromium';

/** The browser tests run when Chromium is installed and the console is built. */
export const haveBrowser = existsSync(CHROMIUM) && existsSync(join(ROOT, 'dist/apps/console/browser/index.html'));

/** Chromium with the flags every browser test uses (no sandbox, GPU, background traffic or updates), plus `extraArgs`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage', ...extraArgs],
  });
}

/**
 * Waits until an Angular Material dialog has taken the focus. Material moves the focus into a dialog
 * only when its opening animation ends, which a loaded machine delays: text typed before that moment
 * lands in whichever field the dialog focuses (seen in CI: a label typed into the labels field ended up
 * appended to the name field).
 */
export async function dialogOpened(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.activeElement?.closest('mat-dialog-container')));
}

/**
 * Keeps what a browser test needs to explain a failure it could not reproduce: the page's console,
 * its uncaught errors and the API answers of 400 and above. `run` runs a test body so that a
 * failure carries the page's address, its visible text, that record and a screenshot path.
 */
export class PageRecorder {
  readonly errors: string[] = [];
  private readonly events: string[] = [];

  constructor(private readonly page: Page) {
    page.on('pageerror', (error) => {
      this.errors.push(error.message);
      this.note(`page error: ${error.message}`);
    });
    page.on('console', (message) =>
      this.note(`console.${message.type()}: ${message.text()}`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) {
        this.note(
          `${response.request().method()} ${new URL(response.url()).pathname} → ${response.status()}`,
        );
      }
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) {
        this.note(`navigated to ${frame.url()}`);
      }
    });
  }

  async run(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      const name = expect.getState().currentTestName ?? 'browser test';
      const dir = join(ROOT, 'tmp', 'test-results');
      mkdirSync(dir, { recursive: true });
      const screenshot = join(
        dir,
        `browser-${name.replace(/[^a-z0-9]+/gi, '-')}.png`,
      );
      const saved = await this.page
        .screenshot({ path: screenshot, fullPage: true })
        .then(
          () => screenshot,
          (reason: Error) => `not taken (${reason.message})`,
        );
      const text = await this.page
        .locator('body')
        .innerText({ timeout: 2000 })
        .catch(() => '(unreadable)');
      const report = [
        `page: ${this.page.url()}`,
        `screenshot: ${saved}`,
        `visible text:\n${text.slice(0, 1500)}`,
        `last browser events:\n${this.events.slice(-40).join('\n')}`,
      ].join('\n');
      if (error instanceof Error) {
        // Jest prints the stack, which repeats the message it was made with: rebuild both.
        const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
        error.message = `${error.message}\n\n${report}`;
        error.stack = [`${error.name}: ${error.message}`, ...frames].join('\n');
      }
      throw error;
    }
  }

  private note(event: string): void {
    this.events.push(`${new Date().toISOString().slice(11, 23)} ${event}`);
    if (this.events.length > 200) {
      this.events.shift();
    }
  }
}
