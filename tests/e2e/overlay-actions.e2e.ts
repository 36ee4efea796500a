// What the CM does from an item on the demo thread, in the built extension: correct a tag (stored,
// logged, shown in every open tab and after a reload).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { launchExtension, REPO, setLanguage, type ExtensionBrowser } from './harness';

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

describe('flagging authors from the page', () => {
  const flagOf = (page: Page, id: string) => attr(page, id, 'data-vocero-flag');

  it('flags every item by that author, in every open tab, and unflags them', async () => {
    const first = await openDemo();
    const second = await openDemo();
    await first.locator('[data-testid="vocero-flag"][data-vocero-for="demo:c01"]').click();
    const menu = first.getByTestId('vocero-flag-menu');
    await menu.getByTestId('vocero-flag-kind-advocate').click();
    await menu.getByTestId('vocero-flag-note').fill('Fan de la marca desde 2020');
    await menu.getByTestId('vocero-flag-save').click();

    // laura_m wrote c01 and c09: both show the flag, here and in the other tab within a second.
    for (const page of [first, second])
      for (const id of ['demo:c01', 'demo:c09'])
        await expect.poll(() => flagOf(page, id), { timeout: 1000 }).toBe('advocate');
    expect(await flagOf(first, 'demo:c02')).toBeNull();

    await second.locator('[data-testid="vocero-flag"][data-vocero-for="demo:c09"]').click();
    await second.getByTestId('vocero-unflag').click();
    for (const page of [first, second])
      for (const id of ['demo:c01', 'demo:c09'])
        await expect.poll(() => flagOf(page, id), { timeout: 1000 }).toBeNull();
    await Promise.all([first.close(), second.close()]);
  });

  it('flags verified authors with many followers automatically; the CM can dismiss it for good', async () => {
    const page = await openDemo();
    // @techwithana (verified, 1.2M) and @noticias_hoy (verified, 2.1M): the default rule flags them.
    await expect.poll(() => flagOf(page, 'demo:c04')).toBe('influencer');
    await expect.poll(() => flagOf(page, 'demo:c13')).toBe('influencer');
    expect(
      await page.locator('[data-testid="vocero-flag"][data-vocero-for="demo:c04"]').getAttribute('class'),
    ).toContain('auto');

    await page.locator('[data-testid="vocero-flag"][data-vocero-for="demo:c13"]').click();
    await page.getByTestId('vocero-flag-dismiss').click();
    await expect.poll(() => flagOf(page, 'demo:c13')).toBeNull();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length === 30);
    await expect.poll(() => flagOf(page, 'demo:c04')).toBe('influencer');
    expect(await flagOf(page, 'demo:c13')).toBeNull();
    await page.close();
  });
});

describe('escalating a complaint', () => {
  it('opens its menu upward near the bottom of the screen, so all of it is on screen', async () => {
    const page = await openDemo();
    // An item in the middle of the thread, so that it can be scrolled to either edge of the screen.
    const escalatable = await page
      .locator('[data-testid="vocero-escalate"]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-vocero-for')!));
    const id = escalatable[Math.floor(escalatable.length / 2)]!;
    const button = page.locator(`[data-testid="vocero-escalate"][data-vocero-for="${id}"]`);
    const menu = page.getByTestId('vocero-escalate-menu');
    const viewport = page.viewportSize()!;
    for (const block of ['start', 'end'] as const) {
      await page
        .locator(`[data-vocero-item="${id}"]`)
        .evaluate((el, b) => el.scrollIntoView({ block: b, behavior: 'instant' }), block);
      await button.dispatchEvent('click'); // a real click would scroll the button away from the edge first
      await menu.waitFor();
      await page.waitForTimeout(50); // placed after its first layout
      const box = (await menu.boundingBox())!;
      const at = (await button.boundingBox())!;
      expect(box.y, block).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, block).toBeLessThanOrEqual(viewport.height);
      // At the top of the screen it opens below its button; at the bottom, above it.
      if (block === 'start') expect(box.y).toBeGreaterThan(at.y);
      else expect(box.y + box.height).toBeLessThan(at.y + at.height);
      await page.keyboard.press('Escape');
      await expect.poll(() => menu.count()).toBe(0);
    }
    await page.close();
  });

  it('hands it to the voice guide contact with a prefilled message, and logs it', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/settings'));
    await options.locator('h1').waitFor();
    await options.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const tx = open.result.transaction('voice', 'readwrite');
            tx.objectStore('voice').put({
              id: 'default',
              brandName: 'La Huerta Café',
              escalationContacts: [
                { kind: 'Seguridad', name: 'Iván', email: 'seguridad@lahuerta.example' },
                { kind: 'Quejas', name: 'Marta', email: 'quejas@lahuerta.example' },
              ],
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await setLanguage(browser, 'es');
    onTestFinished(() => setLanguage(browser, 'auto'));
    const page = await openDemo();
    const id = 'demo:c02'; // "Ordered last week… Where is my refund?"
    const escalate = page.locator(`[data-testid="vocero-escalate"][data-vocero-for="${id}"]`);
    await escalate.click();
    const menu = page.getByTestId('vocero-escalate-menu');
    await menu.getByTestId('vocero-escalate-context').fill('Tercer reclamo');
    const message = await menu.getByTestId('vocero-escalate-message').textContent();
    expect(message).toContain('Marta'); // the complaints owner is picked first
    expect(message).toContain(
      "> Ordered last week and the package still hasn't arrived. Where is my refund?",
    );
    expect(message).toContain('http://127.0.0.1:5177/post/1#c02');
    expect(message).toContain('Tercer reclamo');
    // In the CM's language (Spanish here), as the badge reads: the network's name and the tag's labels.
    expect(message).toContain('Queja de @jdoe_reviews en Demo');
    expect(message).toMatch(/Etiqueta: negativo, (pregunta, )?queja/);
    await menu.getByTestId('vocero-escalate-copy').click();
    await expect.poll(() => page.getByTestId('vocero-escalate-menu').count()).toBe(0);

    await options.goto(browser.extensionUrl('options.html#/log'));
    const row = await options.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const req = open.result.transaction('escalations').objectStore('escalations').getAll();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    expect(row).toEqual([expect.objectContaining({ itemId: id, contactName: 'Marta', doneAt: '' })]);
    await Promise.all([page.close(), options.close()]);
  });
});

describe('crisis warning', () => {
  async function setCrisis(threshold: number) {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/settings'));
    await options.locator('h1').waitFor();
    await options.evaluate(
      (value) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'crisis', value: { threshold: value, minItems: 10 } });
            tx.oncomplete = () => resolve();
          };
        }),
      threshold,
    );
    await options.close();
  }
  /** The toolbar badge of this page's tab (tab URLs are hidden without the tabs permission: use the active tab). */
  const badgeOf = async (page: Page) => {
    await page.bringToFront();
    return browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.action.getBadgeText({ tabId: tab!.id! });
    });
  };

  it('warns on the page and on the toolbar badge when the negative share crosses the threshold', async () => {
    await setCrisis(0.2);
    const page = await openDemo();
    const negatives = await page.locator('[data-vocero-sentiment="negative"]').count();
    expect(negatives / 30).toBeGreaterThanOrEqual(0.2);
    await expect.poll(() => page.getByTestId('vocero-crisis').count(), { timeout: 3000 }).toBe(1);
    expect(await page.getByTestId('vocero-crisis').textContent()).toMatch(
      new RegExp(`${negatives} (of|de) 30`),
    );
    // Drawn in the top layer (a manual popover), where the site's own fixed headers cannot cover it.
    const banner = await page.getByTestId('vocero-crisis').evaluate((el) => {
      const host = (el.getRootNode() as ShadowRoot).host;
      const box = el.getBoundingClientRect();
      return { open: host.matches(':popover-open'), top: box.top, right: innerWidth - box.right };
    });
    expect(banner).toEqual({ open: true, top: 12, right: expect.closeTo(12, 0) as number });
    await expect.poll(() => badgeOf(page)).toBe('!');
    await page.close();
  });

  it('stays quiet under the threshold', async () => {
    await setCrisis(0.95);
    const page = await openDemo();
    await page.waitForTimeout(1200);
    expect(await page.getByTestId('vocero-crisis').count()).toBe(0);
    expect(await badgeOf(page)).toBe('');
    await page.close();
  });
});
