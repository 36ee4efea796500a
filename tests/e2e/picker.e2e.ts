// The template picker on the demo thread with the built extension: opened from an item's reply button
// (and from the keyboard command's message), searched, filled in, inserted into the site's own reply box,
// and logged as a reply.
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
let page: Page;

const now = new Date().toISOString();
const TEMPLATES = [
  {
    id: 't-thanks',
    name: 'Gracias',
    variants: ['¡Gracias, {nombre}!\nNos alegra que te guste.'],
    lang: 'es',
  },
  {
    id: 't-order',
    name: 'Pedido en camino',
    variants: ['Hola {nombre}, el pedido {?pedido|Número de pedido} ya salió.'],
    lang: 'es',
  },
  { id: 't-broken', name: 'Plantilla rota', variants: ['Hola {variable_que_no_existe}'], lang: 'es' },
  { id: 't-emoji', name: 'Saludo con emoji', variants: ['¡Hola! 😀😀 Qué barato'], lang: 'es' },
  {
    id: 't-long',
    name: 'Respuesta larguísima',
    variants: [`Hola {nombre}. ${'Muchas gracias. '.repeat(40)}`],
    lang: 'es',
  },
].map((t) => ({ category: '', tags: [], networks: [], shortcut: '', createdAt: now, updatedAt: now, ...t }));

async function seed(storeName: string, rows: unknown[]) {
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html#/settings'));
  await options.locator('h1').waitFor();
  await options.evaluate(
    ([name, data]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('vocero');
        open.onsuccess = () => {
          const tx = open.result.transaction(name as string, 'readwrite');
          tx.objectStore(name as string).clear();
          for (const row of data as unknown[]) tx.objectStore(name as string).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [storeName, rows] as const,
  );
  await options.close();
}

const replyBox = (id: string) =>
  page.locator(`article[data-vocero-item="${id}"] form.demo-inline-reply textarea`);
const openFor = async (id: string) => {
  await page.locator(`[data-testid="vocero-reply"][data-vocero-for="${id}"]`).click();
  await page.getByTestId('vocero-picker').waitFor();
};

beforeAll(async () => {
  server = await serveDirectory(join(REPO, 'assets/demo'), DEMO_PORT);
  browser = await launchExtension('demo');
  await seed('templates', TEMPLATES);
  await seed('voice', [
    {
      id: 'default',
      brandName: 'La Huerta',
      persona: '',
      toneWords: [],
      spanishAddress: 'tu',
      avoid: [{ word: 'barato', replacement: 'económico' }],
      preferred: [],
      emojiPolicy: 'none',
      signOffs: [],
      maxLength: {},
      escalationContacts: [],
      updatedAt: now,
    },
  ]);
  page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length === 30);
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('template picker', () => {
  it('opens with the search box focused, searches, and inserts with Enter into the item’s own reply box', async () => {
    await openFor('demo:c01');
    const focused = await page.evaluate(() => {
      const host = [...document.querySelectorAll('vocero-ui')].find((h) =>
        h.shadowRoot?.querySelector('[data-testid="vocero-picker"]'),
      );
      return host?.shadowRoot?.activeElement?.getAttribute('aria-label');
    });
    expect(focused).toMatch(/Search templates|Buscar plantillas/);
    await page.keyboard.type('graci');
    await expect
      .poll(() => page.getByTestId('vocero-picker-item').first().getAttribute('data-template-id'))
      .toBe('t-thanks');
    await expect
      .poll(() => page.getByTestId('vocero-picker-preview').textContent())
      .toContain('¡Gracias, Laura!');
    await page.keyboard.press('Enter');

    await expect
      .poll(() => replyBox('demo:c01').inputValue())
      .toBe('¡Gracias, Laura!\nNos alegra que te guste.');
    await expect.poll(() => page.getByTestId('vocero-picker').count()).toBe(0);
    // The site registered it: its Send button is enabled.
    expect(
      await page.locator('article[data-vocero-item="demo:c01"] form.demo-inline-reply button').isDisabled(),
    ).toBe(false);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('today-total').textContent()).toBe('1');
    await popup.close();
  });

  it('asks the fill-in prompts before inserting', async () => {
    await openFor('demo:c02');
    await page.keyboard.type('pedido');
    await expect
      .poll(() => page.getByTestId('vocero-picker-item').first().getAttribute('data-template-id'))
      .toBe('t-order');
    expect(await page.getByTestId('vocero-picker-insert').isDisabled()).toBe(true);
    await page.keyboard.press('Enter'); // moves to the prompt
    await page.keyboard.type('A-123');
    await page.keyboard.press('Enter');
    await expect.poll(() => replyBox('demo:c02').inputValue()).toBe('Hola John, el pedido A-123 ya salió.');
  });

  it('shows an unknown variable as an error and never inserts it', async () => {
    await openFor('demo:c03');
    await page.keyboard.type('rota');
    await expect
      .poll(() => page.getByTestId('vocero-picker-problems').textContent())
      .toContain('variable_que_no_existe');
    expect(await page.getByTestId('vocero-picker-insert').isDisabled()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('vocero-picker').count()).toBe(0);
    expect(await replyBox('demo:c03').count()).toBe(0); // the box was never even opened
  });

  it('opens from the keyboard command in the focused reply box, tied to its item', async () => {
    const composer = page.locator('form[data-demo-composer] textarea');
    await composer.click();
    // What the background does on the command: message the active tab's content script.
    await browser.worker.evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await chromeApi.tabs.query({ active: true, lastFocusedWindow: true });
      await chromeApi.tabs.sendMessage(tab!.id!, {
        id: 1,
        type: 'openPicker',
        data: undefined,
        timestamp: Date.now(),
      });
    });
    await page.getByTestId('vocero-picker').waitFor();
    await page.keyboard.type('graci');
    await page.keyboard.press('Enter');
    await expect.poll(() => composer.inputValue()).toContain('¡Gracias');
  });

  it('marks the templates that break the voice guide', async () => {
    await openFor('demo:c04');
    await page.keyboard.type('emoji');
    const item = page.locator('[data-testid="vocero-picker-item"][data-template-id="t-emoji"]');
    await expect.poll(() => item.getByTestId('vocero-picker-voice').count()).toBe(1);
    expect(await item.getByTestId('vocero-picker-voice').getAttribute('title')).toMatch(/barato/);
    const clean = page.locator('[data-testid="vocero-picker-item"][data-template-id="t-thanks"]');
    await page.keyboard.press('Escape');
    await openFor('demo:c04');
    await page.keyboard.type('gracias');
    await expect.poll(() => clean.count()).toBe(1);
    expect(await clean.getByTestId('vocero-picker-voice').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('warns before inserting a reply that is too long for the network, and does not insert it', async () => {
    await openFor('demo:c06');
    await page.keyboard.type('larguísima');
    await expect.poll(() => page.getByTestId('vocero-picker-too-long').count()).toBe(1);
    expect(await page.getByTestId('vocero-picker-too-long').textContent()).toMatch(/500/);
    expect(await page.getByTestId('vocero-picker-insert').isDisabled()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await replyBox('demo:c06').count()).toBe(0);
  });
});
