// The live brand-voice check while the CM types: on the demo thread's reply box and on a page with the
// real Lexical editor (served where the demo build runs). The panel appears within 100 ms of the typing
// pausing, never takes the focus, and a fix goes in through the insertion engine.
import type { Server } from 'node:http';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { launchExtension, REPO, type ExtensionBrowser } from './harness';

let server: Server;
let browser: ExtensionBrowser;

const GUIDE = {
  id: 'default',
  brandName: 'La Huerta Café',
  persona: '',
  toneWords: [],
  spanishAddress: 'tu',
  avoid: [{ word: 'barato', replacement: 'económico' }],
  preferred: [],
  emojiPolicy: 'none',
  signOffs: [],
  maxLength: {},
  escalationContacts: [],
  updatedAt: new Date().toISOString(),
};

/** Types, then measures (in the page) how long after the last keystroke the panel showed its findings. */
async function typeAndMeasure(
  page: Page,
  text: string,
): Promise<{ count: number; ms: number; rules: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number };
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    // Note when the panel first re-checks after the last keystroke.
    const watch = () => {
      const panel = [...document.querySelectorAll('vocero-ui')]
        .map((h) => h.shadowRoot?.querySelector<HTMLElement>('[data-testid="vocero-lint"]'))
        .find(Boolean);
      if (
        panel &&
        !panel.dataset.firstAfterPause &&
        Number(panel.dataset.checkedAt) > w.__lastKey &&
        performance.now() - w.__lastKey > 30
      )
        panel.dataset.firstAfterPause = panel.dataset.checkedAt;
      if (panel && Number(panel.dataset.checkedAt) < w.__lastKey) delete panel.dataset.firstAfterPause;
      requestAnimationFrame(watch);
    };
    watch();
  });
  await page.keyboard.type(text, { delay: 5 });
  await page.waitForTimeout(400); // typing has paused; every check has run
  return page.evaluate(() => {
    const w = window as unknown as { __lastKey: number };
    const panel = [...document.querySelectorAll('vocero-ui')]
      .map((h) => h.shadowRoot?.querySelector<HTMLElement>('[data-testid="vocero-lint"]'))
      .find(Boolean);
    // The first check after the last keystroke is the one the CM sees; later ones only add the tone.
    return {
      count: Number(panel?.dataset.lintCount ?? -1),
      ms: Number(panel?.dataset.firstAfterPause ?? NaN) - w.__lastKey,
      rules: [...(panel?.querySelectorAll('li') ?? [])].map((li) => li.dataset.rule ?? ''),
    };
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocero-lint-'));
  cpSync(join(REPO, 'assets/demo'), dir, { recursive: true });
  cpSync(join(REPO, '.output/test-pages'), join(dir, 'pages'), { recursive: true });
  server = await serveDirectory(dir, DEMO_PORT);
  browser = await launchExtension('demo');
  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html#/settings'));
  await options.locator('h1').waitFor();
  await options.evaluate(
    (guide) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('vocero');
        open.onsuccess = () => {
          const tx = open.result.transaction('voice', 'readwrite');
          tx.objectStore('voice').put(guide);
          tx.oncomplete = () => resolve();
        };
      }),
    GUIDE,
  );
  await options.close();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('live voice check', () => {
  it('on the demo thread: findings within 100 ms of the pause, focus kept, a fix applied', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${DEMO_PORT}/`);
    await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length === 30);
    const box = page.locator('form[data-demo-composer] textarea');
    await box.click();
    const result = await typeAndMeasure(page, 'Es muy barato 😀 y usted puede escribirnos');
    expect(result.rules).toEqual(expect.arrayContaining(['avoidedWords', 'emoji', 'addressMixing']));
    expect(result.ms).toBeLessThan(100);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');

    const emojiFix = page.locator(
      '[data-testid="vocero-lint"] li[data-rule="emoji"] [data-testid="vocero-lint-fix"]',
    );
    await emojiFix.click();
    await expect.poll(() => box.inputValue()).not.toContain('😀');
    expect(await box.inputValue()).toContain('barato');
    expect(await page.locator('form[data-demo-composer] button.demo-send').isDisabled()).toBe(false);
    await page.close();
  });

  it('on a page with the real Lexical editor: the fix lands in Lexical’s own model', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${DEMO_PORT}/pages/editors/lexical/index.html`);
    await page.waitForFunction(() => (window as unknown as { editorReady: boolean }).editorReady);
    await page.locator('[data-lexical-editor]').click();
    const result = await typeAndMeasure(page, 'Todo barato 😀');
    expect(result.rules).toEqual(expect.arrayContaining(['avoidedWords', 'emoji']));
    expect(result.ms).toBeLessThan(100);
    await page
      .locator('[data-testid="vocero-lint"] li[data-rule="avoidedWords"] [data-testid="vocero-lint-fix"]')
      .click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { editorModelText(): string }).editorModelText()))
      .toBe('Todo económico 😀');
    await page.close();
  });
});
