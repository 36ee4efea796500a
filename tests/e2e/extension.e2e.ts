// The built extension in real Chromium: popup, options and the background's messaging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, setLanguage, type ExtensionBrowser } from './harness';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtension('demo');
});
afterAll(() => browser?.close());

/** Writes rows straight into the extension's IndexedDB, as the background would have. */
async function seedInteractions(days: string[]) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html#/log'));
  await page.getByTestId('log-count').waitFor();
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vocero');
        open.onsuccess = () => {
          const tx = open.result.transaction('interactions', 'readwrite');
          for (const [i, day] of rows.entries())
            tx.objectStore('interactions').add({
              timestamp: `${day}T12:00:00.000+00:00`,
              day,
              platform: 'demo',
              action: 'tag',
              author: `a${i}`,
              itemId: `demo:c${i}`,
              itemUrl: '',
              itemText: '',
              sentiment: 'neutral',
              intent: [],
              template: '',
              replyText: '',
              flag: '',
              note: '',
            });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    days,
  );
  await page.close();
}

type Reply = { res?: unknown; err?: { message: string } };

describe('extension pages in Chromium', () => {
  it('popup shows 0 on a fresh install, then today’s count from the database', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('today-total').textContent()).toBe('0');
    // Default: the browser's language (headless Chromium reports en-US).
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Vocero — today');

    const today = await popup.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await seedInteractions([today, today, today, '2020-01-01']);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('today-total').textContent()).toBe('3');
    await popup.close();
  });

  it('options has every route of the contract, in English (browser) and in Spanish after switching', async () => {
    const page = await browser.context.newPage();
    const titles = {
      es: ['Plantillas', 'Guía de voz', 'Personas', 'Registro', 'Informes', 'Copia de seguridad', 'Ajustes'],
      en: ['Templates', 'Voice guide', 'People', 'Log', 'Reports', 'Backup', 'Settings'],
    };
    const routes = ['templates', 'voice', 'people', 'log', 'reports', 'backup', 'settings'];
    for (const lang of ['en', 'es'] as const) {
      if (lang === 'es') await setLanguage(browser, 'es');
      for (const [i, route] of routes.entries()) {
        await page.goto(browser.extensionUrl(`options.html#/${route}`));
        await expect.poll(() => page.locator('h1').textContent()).toBe(titles[lang][i]);
        expect(await page.locator('main').getAttribute('data-route')).toBe(route);
      }
    }
    await page.close();
    await setLanguage(browser, 'auto');
  });

  it('no options page is wider than the window; the log table scrolls sideways in its own box', async () => {
    await seedInteractions(['2026-12-01']); // the log shows its table only when it has rows
    const page = await browser.context.newPage();
    const routes = ['templates', 'voice', 'people', 'log', 'reports', 'backup', 'settings'];
    for (const width of [1100, 800]) {
      await page.setViewportSize({ width, height: 700 });
      for (const route of routes) {
        await page.goto(browser.extensionUrl(`options.html#/${route}`));
        await page.locator('h1').waitFor();
        if (route === 'log') await page.getByTestId('log-row').first().waitFor();
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, `#/${route} at ${width} px`).toBeLessThanOrEqual(width);
      }
      // The log's columns fit at 1100 px; at 800 the table, not the page, scrolls.
      await page.goto(browser.extensionUrl('options.html#/log'));
      await page.getByTestId('log-row').first().waitFor();
      const list = await page.evaluate(() => {
        const box = document.querySelector('.log-list')!;
        return { content: box.scrollWidth, shown: box.clientWidth };
      });
      if (width === 1100) expect(list.content).toBeLessThanOrEqual(list.shown);
      else expect(list.content).toBeGreaterThan(list.shown);
    }
    await page.close();
  });

  it('the popup follows the language setting', async () => {
    await setLanguage(browser, 'es');
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Vocero — hoy');
    await expect.poll(() => popup.getByTestId('export-today-csv').textContent()).toBe('Exportar hoy (CSV)');
    await popup.close();
    await setLanguage(browser, 'auto');
  });

  it('the background answers requests and returns validation errors as errors with a message', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('popup.html'));
    // The wire format of @webext-core/messaging: {id, type, data, timestamp} → {res} | {err}.
    const send = (type: string, data: unknown) =>
      page.evaluate(
        ([type, data]) =>
          (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }
          ).chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() }),
        [type, data] as const,
      );
    const settings = await send('getSettings', undefined);
    expect(settings.res).toMatchObject({ disabledSites: [] });
    const bad = await send('logInteraction', { platform: 'myspace' });
    expect(bad.res).toBeUndefined();
    expect(bad.err?.message).toMatch(/Invalid interaction/);
    await page.close();
  });
});
