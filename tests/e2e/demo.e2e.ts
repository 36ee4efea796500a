// The demo thread (what `npm start` shows) with the demo build in Chromium.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { collectPageErrors, launchExtension, REPO, type ExtensionBrowser } from './harness';

const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}/`;
let server: Server;
let browser: ExtensionBrowser;
let page: Page;
let errors: Error[];

beforeAll(async () => {
  server = await serveDirectory(join(REPO, 'assets/demo'), DEMO_PORT);
  browser = await launchExtension('demo');
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto(DEMO_URL);
  await page.waitForFunction(() => document.querySelectorAll('[data-vocero-item]').length === 30);
  // The UI is drawn in its own batch after the attributes (so a big page is marked first): wait for it too.
  await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length >= 30);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('demo page', () => {
  it('annotates all 30 comments with the contract attributes', async () => {
    const items = await page.$$eval('article.demo-comment', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-vocero-item'),
        platform: el.getAttribute('data-vocero-platform'),
        author: el.getAttribute('data-vocero-author'),
        sentiment: el.getAttribute('data-vocero-sentiment'),
        intent: el.getAttribute('data-vocero-intent'),
      })),
    );
    expect(items).toHaveLength(30);
    expect(new Set(items.map((i) => i.id)).size).toBe(30);
    for (const item of items) {
      expect(item.id).toMatch(/^demo:c\d\d$/);
      expect(item.platform).toBe('demo');
      expect(item.sentiment).toMatch(/^(positive|neutral|negative)$/);
      expect(item.intent).toMatch(/^((question|complaint|praise|urgent|spam)( |$))*$/);
    }
    expect(items[0]).toMatchObject({ id: 'demo:c01', author: 'laura_m' });
    expect(items[8]).toMatchObject({ id: 'demo:c09', author: 'laura_m' }); // the same author twice
    expect(items[3]).toMatchObject({ author: 'techwithana' });
  });

  it('draws the badge, reply and flag buttons only inside vocero-ui shadow roots', async () => {
    const ui = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('vocero-ui')];
      return {
        hosts: hosts.length,
        withShadow: hosts.filter((h) => h.shadowRoot).length,
        ids: hosts.map((h) =>
          ['vocero-badge', 'vocero-reply', 'vocero-flag'].map(
            (testId) =>
              h.shadowRoot?.querySelector(`[data-testid="${testId}"]`)?.getAttribute('data-vocero-for') ??
              null,
          ),
        ),
        owners: hosts.map((h) => h.closest('[data-vocero-item]')?.getAttribute('data-vocero-item')),
        lightDomTestIds: document.querySelectorAll('[data-testid^="vocero-"]').length,
      };
    });
    expect(ui.hosts).toBe(30);
    expect(ui.withShadow).toBe(30);
    expect(ui.lightDomTestIds).toBe(0);
    ui.ids.forEach((ids, i) => expect(ids).toEqual([ui.owners[i], ui.owners[i], ui.owners[i]]));
    await expect.poll(() => page.getByTestId('vocero-badge').count()).toBe(30);
  });

  it("follows the site's light or dark background, in the hosts and their colours", async () => {
    // The demo page turns dark with the system's colour scheme (assets/demo/demo.css).
    const look = async (colorScheme: 'light' | 'dark') => {
      const tab = await browser.context.newPage();
      await tab.emulateMedia({ colorScheme });
      await tab.goto(DEMO_URL);
      await tab.waitForFunction(() => document.querySelectorAll('vocero-ui').length >= 30);
      const result = await tab.evaluate(() => {
        const hosts = [...document.querySelectorAll('vocero-ui')];
        const bar = hosts[0]!.shadowRoot!.querySelector('.bar')!;
        return {
          themes: [...new Set(hosts.map((h) => h.getAttribute('data-theme')))],
          colour: getComputedStyle(bar).color,
        };
      });
      await tab.close();
      return result;
    };
    const light = await look('light');
    const dark = await look('dark');
    expect(light.themes).toEqual(['light']);
    expect(dark.themes).toEqual(['dark']);
    expect(dark.colour).not.toBe(light.colour);
  });

  it("leaves the site's own text and markup unchanged apart from the contract's attributes and hosts", async () => {
    const unchanged = await page.evaluate(async () => {
      const original = new DOMParser().parseFromString(
        await (await fetch(location.href)).text(),
        'text/html',
      );
      const clean = (root: Element) => {
        const copy = root.cloneNode(true) as Element;
        copy.querySelectorAll('vocero-ui').forEach((host) => host.remove());
        for (const el of [copy, ...copy.querySelectorAll('*')])
          for (const attr of [...el.attributes])
            if (attr.name.startsWith('data-vocero-')) el.removeAttribute(attr.name);
        return copy.outerHTML;
      };
      const before = [...original.querySelectorAll('article.demo-comment')].map((el) => el.outerHTML);
      const after = [...document.querySelectorAll('article.demo-comment')].map(clean);
      return { same: before.every((html, i) => html === after[i]), count: after.length };
    });
    expect(unchanged).toEqual({ same: true, count: 30 });
    expect(errors).toEqual([]);
  });

  it("keeps the site's reply box working: typing enables Send and sending appends the reply", async () => {
    const composer = page.locator('form[data-demo-composer]');
    await expect.poll(() => composer.locator('button.demo-send').isDisabled()).toBe(true);
    await composer.locator('textarea').fill('¡Gracias a todos!');
    await expect.poll(() => composer.locator('button.demo-send').isDisabled()).toBe(false);
    await composer.locator('button.demo-send').click();
    await expect.poll(() => page.locator('.demo-sent-reply').first().textContent()).toBe('¡Gracias a todos!');
  });

  it('switches off on this site from the popup: the page is given back as it was, and stays so after a reload', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await page.bringToFront(); // the demo tab is the popup's active tab
    await popup.reload();
    const status = popup.getByTestId('site-status');
    await expect.poll(() => status.getAttribute('data-enabled')).toBe('true');
    expect(await status.textContent()).toContain('127.0.0.1');
    expect(await status.textContent()).toContain('30');

    await popup.getByTestId('site-switch').click();
    await expect.poll(() => status.getAttribute('data-enabled')).toBe('false');
    const counts = () =>
      page.evaluate(() => [
        document.querySelectorAll('vocero-ui').length,
        document.querySelectorAll('[data-vocero-item],[data-vocero-sentiment],[data-vocero-author]').length,
      ]);
    expect(await counts()).toEqual([0, 0]);

    await page.reload();
    await page.waitForTimeout(1000);
    expect(await counts()).toEqual([0, 0]);

    await popup.reload();
    await popup.getByTestId('site-switch').click();
    await expect.poll(() => status.getAttribute('data-enabled')).toBe('true');
    await expect.poll(counts).toEqual([30, 30]);
    await popup.close();
  });

  it("switched off in one tab, the site's other tabs follow; switched on from settings, all come back at once", async () => {
    const other = await browser.context.newPage();
    await other.goto(DEMO_URL);
    const counts = (tab: Page) =>
      tab.evaluate(() => [
        document.querySelectorAll('vocero-ui').length,
        document.querySelectorAll('[data-vocero-item]').length,
      ]);
    await expect.poll(() => counts(other)).toEqual([30, 30]);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await page.bringToFront(); // the popup acts on the first demo tab
    await popup.reload();
    await expect.poll(() => popup.getByTestId('site-status').getAttribute('data-enabled')).toBe('true');
    await popup.getByTestId('site-switch').click();
    await expect.poll(() => counts(page)).toEqual([0, 0]);
    await expect.poll(() => counts(other)).toEqual([0, 0]); // no reload
    await popup.close();

    const settings = await browser.context.newPage();
    await settings.goto(browser.extensionUrl('options.html#/settings'));
    await settings.locator('[data-testid="site-switch-on"][data-host="127.0.0.1"]').click();
    await expect.poll(() => counts(page)).toEqual([30, 30]);
    await expect.poll(() => counts(other)).toEqual([30, 30]);
    await expect.poll(() => settings.getByTestId('sites-off').textContent()).toContain('everywhere');
    await settings.close();
    await other.close();
  });
});
