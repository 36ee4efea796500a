// "It never breaks the page": a React app that re-renders, inserts, removes and recycles comment nodes
// like a virtualised timeline stays free of errors, with correct annotations after every change.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { collectPageErrors, launchExtension, REPO, type ExtensionBrowser } from './harness';

let server: Server;
let browser: ExtensionBrowser;
let page: Page;
let errors: Error[];
const consoleErrors: string[] = [];

type TimelineApi = {
  scrollTo(offset: number): void;
  insertTop(count: number): void;
  removeVisible(index: number): void;
  edit(index: number, text: string): void;
  rerender(): void;
};
const act = (fn: (timeline: TimelineApi) => void) => page.evaluate(`(${fn.toString()})(window.timeline)`);

/** Every rendered row carries the annotations of the comment it shows now, and exactly one UI host. */
async function expectAnnotationsCorrect() {
  await expect
    .poll(
      () =>
        page.$$eval('article.demo-comment', (rows) =>
          rows
            .map((row) => {
              const id = `demo:${row.getAttribute('data-comment-id')}`;
              const handle = row.querySelector('.demo-handle')!.textContent!.slice(1);
              const hosts = row.querySelectorAll('vocero-ui');
              const badgeFor = hosts[0]?.shadowRoot
                ?.querySelector('[data-testid="vocero-badge"]')
                ?.getAttribute('data-vocero-for');
              const ok =
                row.getAttribute('data-vocero-item') === id &&
                row.getAttribute('data-vocero-author') === handle &&
                /^(positive|neutral|negative)$/.test(row.getAttribute('data-vocero-sentiment') ?? '') &&
                hosts.length === 1 &&
                badgeFor === id;
              return ok
                ? ''
                : `${id}: item=${row.getAttribute('data-vocero-item')} hosts=${hosts.length} badge=${badgeFor}`;
            })
            .filter(Boolean),
        ),
      { timeout: 5000 },
    )
    .toEqual([]);
}

beforeAll(async () => {
  server = await serveDirectory(join(REPO, '.output/test-pages'), DEMO_PORT);
  browser = await launchExtension('demo');
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(`http://127.0.0.1:${DEMO_PORT}/virtual-timeline/`);
  await page.waitForSelector('[data-vocero-item]');
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('React virtualised timeline', () => {
  it('annotates the first window', async () => {
    expect(await page.locator('article.demo-comment').count()).toBe(15);
    await expectAnnotationsCorrect();
  });

  it('follows recycled nodes while scrolling (same <article>, another comment)', async () => {
    const firstNode = await page.evaluateHandle(() => document.querySelector('article.demo-comment'));
    for (const offset of [5, 20, 60, 61, 140, 3]) {
      await act((t) => t.scrollTo(0)); // reset so every step recycles
      await page.evaluate(`window.timeline.scrollTo(${offset})`);
      await expectAnnotationsCorrect();
    }
    // The node really was recycled, not replaced.
    expect(
      await page.evaluate((node) => node === document.querySelector('article.demo-comment'), firstNode),
    ).toBe(true);
  });

  it('handles inserts at the top, removals, edits and plain re-renders', async () => {
    await act((t) => t.insertTop(3));
    await expectAnnotationsCorrect();
    await act((t) => t.removeVisible(2));
    await expectAnnotationsCorrect();
    await act((t) => t.edit(4, 'Esto es peligroso, mi hijo terminó en urgencias'));
    await expectAnnotationsCorrect();
    for (let i = 0; i < 20; i++) await act((t) => t.rerender());
    await expectAnnotationsCorrect();
  });

  it('raised no page errors and React logged no errors', () => {
    expect(errors.map(String)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
