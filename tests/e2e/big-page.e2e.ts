// A page with 1,000 comments: every item is annotated at once, UI hosts are drawn near the viewport
// and follow the CM as they scroll.
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { bigThread } from '../bench/bigThread';
import { collectPageErrors, launchExtension, type ExtensionBrowser } from './harness';

const COUNT = 1000;
let server: Server;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocero-big-'));
  bigThread(dir, COUNT);
  server = await serveDirectory(dir, DEMO_PORT);
  browser = await launchExtension('demo');
  page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${DEMO_PORT}/`);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a page of 1,000 comments', () => {
  it('annotates every item, and draws UI near the viewport only', async () => {
    const errors = collectPageErrors(page);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('[data-vocero-item]').length))
      .toBe(COUNT);
    // The UI comes in its own batch after the attributes.
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('vocero-ui').length))
      .toBeGreaterThan(5);
    const hosts = await page.evaluate(() => document.querySelectorAll('vocero-ui').length);
    expect(hosts).toBeLessThan(COUNT / 2);
    const firstHasUi = await page.evaluate(() => !!document.querySelector('article.demo-comment vocero-ui'));
    expect(firstHasUi).toBe(true);
    expect(errors).toEqual([]);
  });

  it('gives the last item its UI once the CM scrolls to it', async () => {
    const last = page.locator('article.demo-comment').last();
    expect(await last.locator('vocero-ui').count()).toBe(0);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('vocero-ui').count()).toBe(1);
    expect(await last.locator('[data-testid="vocero-badge"]').getAttribute('data-vocero-for')).toBe(
      await last.getAttribute('data-vocero-item'),
    );
  });
});
