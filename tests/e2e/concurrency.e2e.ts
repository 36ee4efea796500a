// Five tabs each writing 1,000 interactions at once, through the background (what content scripts do):
// every row is there afterwards, each exactly once, and the day's running totals add up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
const ROWS = Number(process.env.VOCERO_CONCURRENT_ROWS ?? 1000);
beforeAll(async () => {
  browser = await launchExtension('demo');
});
afterAll(() => browser?.close());

describe('concurrent writers', () => {
  it('keeps all 5 × 1,000 interactions written at once from five tabs', async () => {
    const tabs = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const page = await browser.context.newPage();
        // An extension page with no live queries on the log (the popup would re-read after every write).
        await page.goto(browser.extensionUrl('options.html#/backup'));
        await page.locator('h1').waitFor();
        return page;
      }),
    );
    const results = await Promise.all(
      tabs.map((page, tab) =>
        page.evaluate(
          async ([tab, rows]) => {
            const chromeApi = (
              globalThis as unknown as {
                chrome: { runtime: { sendMessage(m: unknown): Promise<{ res?: unknown; err?: unknown }> } };
              }
            ).chrome;
            const replies = await Promise.all(
              Array.from({ length: rows }, (_, i) =>
                chromeApi.runtime.sendMessage({
                  id: tab * 1000 + i,
                  type: 'logInteraction',
                  timestamp: Date.now(),
                  data: {
                    platform: 'demo',
                    action: 'tag',
                    author: `tab${tab}`,
                    itemId: `demo:t${tab}-${i}`,
                    itemUrl: '',
                    itemText: `tab ${tab} row ${i}`,
                    sentiment: 'neutral',
                    intent: [],
                    template: '',
                    replyText: '',
                    flag: '',
                    note: '',
                  },
                }),
              ),
            );
            return replies.filter((reply) => reply.err !== undefined || reply.res === undefined).length;
          },
          [tab, ROWS] as const,
        ),
      ),
    );
    expect(results).toEqual([0, 0, 0, 0, 0]); // no request failed

    const counts = await tabs[0]!.evaluate(
      () =>
        new Promise<{ rows: number; unique: number; totals: number }>((resolve) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const tx = open.result.transaction(['interactions', 'dayTotals']);
            const all = tx.objectStore('interactions').getAll();
            const totals = tx.objectStore('dayTotals').getAll();
            tx.oncomplete = () =>
              resolve({
                rows: all.result.length,
                unique: new Set(all.result.map((r: { itemId: string }) => r.itemId)).size,
                totals: totals.result.reduce((sum: number, t: { total: number }) => sum + t.total, 0),
              });
          };
        }),
    );
    expect(counts).toEqual({ rows: 5 * ROWS, unique: 5 * ROWS, totals: 5 * ROWS });
    await tabs[0]!.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => tabs[0]!.getByTestId('today-total').textContent()).toBe(String(5 * ROWS));
    await Promise.all(tabs.map((page) => page.close()));
  }, 120_000);
});
