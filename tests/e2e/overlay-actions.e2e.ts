// What the CM does from an item on the demo thread, in the built extension: correct a tag (stored,
// logged, shown in every open tab and after a reload).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { launchExtension, REPO, type ExtensionBrowser } from './harness';

const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}/`;
let server: Server;
let browser: ExtensionBrowser;

async function openDemo(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length === 30);
  return page;
}
const attr = (page: Page, id: string, name: string) =>
  page.locator(`[data-vocero-item="${id}"]`).getAttribute(name);

beforeAll(async () => {
  server = await serveDirectory(join(REPO, 'assets/demo'), DEMO_PORT);
  browser = await launchExtension('demo');
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('correcting a tag from the badge', () => {
  it('stores it, logs a tag, and shows it in every open tab and after a reload', async () => {
    const first = await openDemo();
    const second = await openDemo();
    const id = 'demo:c01'; // "¡Me encantó el nuevo sabor!…" — the model says positive
    expect(await attr(first, id, 'data-vocero-sentiment')).toBe('positive');
    expect(await attr(first, id, 'data-vocero-intent')).toBe('praise');

    await first.locator(`[data-testid="vocero-badge"][data-vocero-for="${id}"]`).click();
    const menu = first.getByTestId('vocero-tag-menu');
    await menu.getByTestId('vocero-tag-sentiment-negative').click();
    await menu.getByTestId('vocero-tag-intent-complaint').click();
    await menu.getByTestId('vocero-tag-intent-praise').click(); // the menu starts from the current tag
    await menu.getByTestId('vocero-tag-save').click();

    await expect.poll(() => attr(first, id, 'data-vocero-sentiment')).toBe('negative');
    expect(await attr(first, id, 'data-vocero-intent')).toBe('complaint');
    // The other tab follows within a second.
    await expect.poll(() => attr(second, id, 'data-vocero-sentiment'), { timeout: 1000 }).toBe('negative');
    // Other items keep their own tags.
    expect(await attr(second, 'demo:c11', 'data-vocero-sentiment')).toBe('positive');

    await second.reload();
    await expect.poll(() => attr(second, id, 'data-vocero-sentiment')).toBe('negative');
    const badgeText = await second
      .locator(`[data-testid="vocero-badge"][data-vocero-for="${id}"]`)
      .textContent();
    expect(badgeText).toMatch(/Negative|Negativo/);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('today-total').textContent()).toBe('1');
    await Promise.all([first.close(), second.close(), popup.close()]);
  });

  it('exports the corrections as labelled data from settings', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/settings'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export-labels').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const rows = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'demo:c01',
        text: '¡Me encantó el nuevo sabor! Buenísimoooo 😍 Gracias por sacarlo por fin.',
        sentiment: 'negative',
        intent: ['complaint'],
        platform: 'demo',
        author: 'laura_m',
      }),
    ]);
    await options.close();
  });

  it('closes the menu with Escape without saving', async () => {
    const page = await openDemo();
    const id = 'demo:c03';
    const before = await attr(page, id, 'data-vocero-sentiment');
    await page.locator(`[data-testid="vocero-badge"][data-vocero-for="${id}"]`).click();
    await page.getByTestId('vocero-tag-sentiment-positive').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('vocero-tag-menu').count()).toBe(0);
    expect(await attr(page, id, 'data-vocero-sentiment')).toBe(before);
    await page.close();
  });
});
