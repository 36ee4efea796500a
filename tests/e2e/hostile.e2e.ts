// Hostile text everywhere Vocero shows strangers' or imported text: 55 XSS payloads as comment texts and
// author names on a page, and as template names/bodies, people and log rows in the extension's pages.
// A trap on every page (alert, confirm, prompt, window.__xss) catches any payload that runs; the DOM is
// also searched for anything a payload could have created (event-handler attributes, script, iframe…).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PORT } from '../../sites/demo/matches';
import { serveDirectory } from '../../scripts/serve';
import { launchExtension, REPO, type ExtensionBrowser } from './harness';

const PAYLOADS = JSON.parse(
  readFileSync(join(REPO, 'tests/fixtures/hostile/xss-payloads.json'), 'utf8'),
) as string[];
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let server: Server;
let browser: ExtensionBrowser;

/** Everything a payload could have created, inside the document and every open shadow root. */
const injectedCount = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        const tag = el.localName;
        if (
          ['iframe', 'object', 'embed', 'marquee', 'isindex', 'base', 'meta'].includes(tag) &&
          el.closest('main, vocero-ui, #root') !== null
        )
          found.push(tag);
        if (tag === 'script' && el.closest('body') && !el.getAttribute('src')) found.push('inline script');
        for (const attr of el.getAttributeNames()) if (attr.startsWith('on')) found.push(`${tag}[${attr}]`);
        for (const attr of ['href', 'src', 'action', 'formaction', 'data'])
          if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? '')) found.push(`${tag}[${attr}=javascript:]`);
      }
    };
    visit(document);
    return found;
  });
const hits = (page: Page) => page.evaluate(() => (window as unknown as { __xssHits: string[] }).__xssHits);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocero-hostile-'));
  const rows = PAYLOADS.map(
    (p, i) =>
      `<article class="demo-comment" data-comment-id="x${i}"><header class="demo-meta"><a class="demo-author" href="/u/h${i}">${escapeHtml(p)}</a><span class="demo-handle">@h${i}</span></header><p class="demo-text">${escapeHtml(`Refund? ${p}`)}</p><footer><button type="button" class="demo-reply">Responder</button></footer></article>`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>hostile</title></head><body><main>${rows.join('')}</main></body></html>`,
  );
  server = await serveDirectory(dir, DEMO_PORT);
  browser = await launchExtension('demo');
  // The trap, in the main world of every page of the context (sites and extension pages).
  await browser.context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const list: string[] = [];
    w.__xssHits = list;
    const hit = (...args: unknown[]) => void list.push(args.map(String).join(','));
    w.__xss = hit;
    window.alert = hit;
    window.confirm = () => (hit('confirm'), false);
    window.prompt = () => (hit('prompt'), null);
  });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe(`${PAYLOADS.length} XSS payloads`, () => {
  it('in comment texts and author names: nothing runs, and each is shown as text in Vocero’s UI', async () => {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${DEMO_PORT}/`);
    await page.waitForFunction((n) => document.querySelectorAll('vocero-ui').length === n, PAYLOADS.length);
    const before = await injectedCount(page);

    // Open every place that shows the item's text or author: the escalation message, the picker preview.
    for (const i of [0, 1, 2, 19, 35, 45]) {
      const id = `demo:x${i}`;
      await page.locator(`[data-testid="vocero-escalate"][data-vocero-for="${id}"]`).click();
      const message = await page.getByTestId('vocero-escalate-message').textContent();
      expect(message).toContain(PAYLOADS[i]);
      await page.keyboard.press('Escape');
    }
    expect(await injectedCount(page)).toEqual(before);
    expect(await hits(page)).toEqual([]);
    // The item attributes hold the payload as data, not markup.
    expect(await page.locator('[data-vocero-item="demo:x1"]').getAttribute('data-vocero-author')).toBe('h1');
    await page.close();
  });

  it('in templates, people and the log: the extension pages render them as text', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/settings'));
    await options.locator('h1').waitFor();
    const now = new Date().toISOString();
    const day = now.slice(0, 10);
    await options.evaluate(
      ({ payloads, now, day }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const tx = open.result.transaction(['templates', 'people', 'interactions', 'voice'], 'readwrite');
            payloads.forEach((p, i) => {
              tx.objectStore('templates').put({
                id: `x${i}`,
                name: p,
                variants: [`Hola {nombre} ${p}`],
                category: p,
                tags: [p],
                lang: 'es',
                networks: [],
                shortcut: '',
                createdAt: now,
                updatedAt: now,
              });
              tx.objectStore('people').put({
                platform: 'x',
                handle: `h${i}`,
                displayName: p,
                profileUrl: `javascript:alert(${i})`,
                flag: 'vip',
                note: p,
                automatic: false,
                firstSeen: now,
                lastSeen: now,
                interactionCount: 1,
              });
              tx.objectStore('interactions').add({
                timestamp: now,
                day,
                platform: 'x',
                action: 'reply',
                author: p,
                itemId: `x:${i}`,
                itemUrl: `javascript:alert(${i})`,
                itemText: p,
                sentiment: 'negative',
                intent: [],
                template: p,
                replyText: p,
                flag: '',
                note: p,
              });
            });
            tx.objectStore('voice').put({
              id: 'default',
              brandName: payloads[0],
              persona: payloads[1],
              toneWords: [payloads[2]],
              spanishAddress: 'tu',
              avoid: [{ word: payloads[3], replacement: payloads[4] }],
              preferred: [payloads[5]],
              emojiPolicy: 'few',
              signOffs: [{ agent: payloads[6], signOff: payloads[7] }],
              maxLength: {},
              escalationContacts: [{ kind: payloads[8], name: payloads[9], email: payloads[10] }],
              updatedAt: now,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      { payloads: PAYLOADS, now, day },
    );
    for (const route of ['templates', 'voice', 'people', 'log', 'reports', 'backup', 'settings']) {
      await options.goto(browser.extensionUrl(`options.html#/${route}`));
      await options.locator('h1').waitFor();
      await options.waitForTimeout(400);
      expect({ route, found: await injectedCount(options) }).toEqual({ route, found: [] });
      expect(await hits(options)).toEqual([]);
    }
    await options.goto(browser.extensionUrl('options.html#/templates'));
    await expect.poll(() => options.locator('body').textContent()).toContain(PAYLOADS[1]);

    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByTestId('today-total').textContent()).toBe(String(PAYLOADS.length));
    expect(await injectedCount(popup)).toEqual([]);
    expect(await hits(popup)).toEqual([]);

    // The picker on a page shows hostile template names and bodies as text too.
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${DEMO_PORT}/`);
    await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length > 0);
    await page.locator('[data-testid="vocero-reply"][data-vocero-for="demo:x0"]').click();
    await page.getByTestId('vocero-picker').waitFor();
    await expect.poll(() => page.getByTestId('vocero-picker-item').count()).toBeGreaterThan(10);
    // The voice guide's hostile sign-off (payload 7) is filled into the preview, as text.
    expect(await page.getByTestId('vocero-picker-preview').textContent()).toContain(PAYLOADS[7]);
    expect(await injectedCount(page)).toEqual([]);
    expect(await hits(page)).toEqual([]);
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('in import files: a hostile backup imports as text; a poisoned one is refused and changes nothing', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#/backup'));
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('backup-export-all').click(),
    ]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      data: {
        templates: { name: string; variants: string[] }[];
        people: { displayName: string; note: string }[];
      };
    };
    // Every template and person gets a payload (in names, bodies and notes) from the other end of the list.
    backup.data.templates.forEach((t, i) => {
      t.name = PAYLOADS[PAYLOADS.length - 1 - (i % PAYLOADS.length)]!;
      t.variants = [PAYLOADS[i % PAYLOADS.length]!];
    });
    backup.data.people.forEach((p, i) => {
      p.displayName = PAYLOADS[(i + 7) % PAYLOADS.length]!;
      p.note = PAYLOADS[(i + 13) % PAYLOADS.length]!;
    });
    const dir = mkdtempSync(join(tmpdir(), 'vocero-import-'));
    const hostileFile = join(dir, 'hostile-backup.json');
    writeFileSync(hostileFile, JSON.stringify(backup));
    const poisoned = join(dir, 'poisoned-backup.json');
    writeFileSync(
      poisoned,
      JSON.stringify(backup).replace('"data":{', '"data":{"__proto__":{"isAdmin":true},'),
    );

    const templatesBefore = await options.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const req = open.result.transaction('templates').objectStore('templates').count();
            req.onsuccess = () => resolve(req.result);
          };
        }),
    );
    // The poisoned file: refused with a reason, nothing written.
    await options.getByTestId('backup-file').setInputFiles(poisoned);
    await expect.poll(() => options.getByTestId('backup-error').textContent()).toMatch(/__proto__|nothing/i);
    expect(await options.getByTestId('backup-apply').count()).toBe(0);

    // The hostile one: previewed and imported, shown as text everywhere.
    await options.getByTestId('backup-file').setInputFiles(hostileFile);
    await options.locator('[data-testid="backup-preview"], [data-testid="backup-error"]').first().waitFor();
    expect(await options.getByTestId('backup-error').count(), await options.locator('body').innerText()).toBe(
      0,
    );
    expect(await injectedCount(options)).toEqual([]);
    await options.getByTestId('backup-mode-replace').click();
    await options.getByTestId('backup-apply').click();
    await options.getByTestId('backup-done').waitFor();
    for (const route of ['templates', 'people', 'log']) {
      await options.goto(browser.extensionUrl(`options.html#/${route}`));
      await options.locator('h1').waitFor();
      await options.waitForTimeout(300);
      expect({ route, found: await injectedCount(options) }).toEqual({ route, found: [] });
    }
    await options.goto(browser.extensionUrl('options.html#/templates'));
    await expect.poll(() => options.locator('body').textContent()).toContain(PAYLOADS[PAYLOADS.length - 1]);
    expect(templatesBefore).toBeGreaterThan(0);
    expect(await hits(options)).toEqual([]);
    await options.close();
  });
});
