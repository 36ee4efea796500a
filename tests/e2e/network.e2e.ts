// Zero network: with every request of the context recorded (pages, extension pages, the service worker),
// using Vocero everywhere — the demo thread's overlay, tag, flag, picker, escalation, the popup and every
// options route — requests nothing but the demo page's own files and the extension's own files.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { launchExtension, REPO, type ExtensionBrowser } from './harness';

const DEMO = `http://127.0.0.1:${DEMO_PORT}/`;
let server: Server;
let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  // Service-worker requests reach the context's events only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  server = await serveDirectory(join(REPO, 'assets/demo'), DEMO_PORT);
  browser = await launchExtension('demo');
  browser.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('network', () => {
  it('makes no request beyond the page’s own files and its own extension files', async () => {
    const page = await browser.context.newPage();
    await page.goto(DEMO);
    await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length === 30);
    // Tag, flag, picker, escalation.
    await page.locator('[data-testid="vocero-badge"][data-vocero-for="demo:c05"]').click();
    await page.getByTestId('vocero-tag-sentiment-negative').click();
    await page.getByTestId('vocero-tag-save').click();
    await page.locator('[data-testid="vocero-flag"][data-vocero-for="demo:c05"]').click();
    await page.getByTestId('vocero-flag-save').click();
    await expect
      .poll(() => page.locator('[data-vocero-item="demo:c05"]').getAttribute('data-vocero-flag'))
      .toBe('influencer');
    await page.locator('[data-testid="vocero-reply"][data-vocero-for="demo:c05"]').click();
    await page.getByTestId('vocero-picker').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('article[data-vocero-item="demo:c05"] textarea').count()).toBe(1);
    await page.locator('[data-testid="vocero-escalate"][data-vocero-for="demo:c05"]').click();
    await page.getByTestId('vocero-escalate-copy').click();

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByTestId('today-total').waitFor();
    const options = await browser.context.newPage();
    for (const route of ['templates', 'voice', 'people', 'log', 'reports', 'backup', 'settings']) {
      await options.goto(browser.extensionUrl(`options.html#/${route}`));
      await options.locator('h1').waitFor();
    }
    await options.waitForTimeout(500);

    const own = (url: string) =>
      url.startsWith(`chrome-extension://${browser.extensionId}/`) ||
      url.startsWith(DEMO) ||
      url.startsWith('data:') ||
      url.startsWith('blob:');
    expect(requests.length).toBeGreaterThan(5); // the recorder works
    expect(requests.filter((url) => !own(url))).toEqual([]);
  });
});
