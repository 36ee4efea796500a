// The insertion engine (editors/) in real Chromium, against pages built from the real editor packages
// (tests/pages/editors/). The engine runs the way the content script runs it: in an isolated world of the
// page (its own JavaScript context, the page's DOM), so it can only use the DOM and events; the test reads
// the editor's own model through the page's `window.editorModelText()` (the editor's API).
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InsertResult, StrategyName } from '../../editors';
import { serveDirectory } from '../../scripts/serve';
import type { EditorKind } from '../../sites/types';
import { collectPageErrors, launchExtension, REPO, type ExtensionBrowser } from './harness';

const PORT = 5181;
const TEXTS = {
  es: 'Hola Ana,\nGracias por escribirnos.\n— Equipo',
  en: "Hi Ana,\nThanks for reaching out — we're on it.\nThe Vocero team",
};

interface EditorCase {
  page: string;
  /** The editable element, as a site adapter would find it. */
  selector: string;
  kind: EditorKind;
  /** The strategy that wins with the default order (measured). */
  strategy: StrategyName;
}

const EDITORS: EditorCase[] = [
  { page: 'draftjs', selector: '[data-testid="tweetTextarea_0"]', kind: 'draftjs', strategy: 'paste' },
  { page: 'lexical', selector: '[data-lexical-editor]', kind: 'lexical', strategy: 'paste' },
  { page: 'quill', selector: '.ql-editor', kind: 'quill', strategy: 'paste' },
  { page: 'prosemirror', selector: '.ProseMirror', kind: 'prosemirror', strategy: 'paste' },
  { page: 'slate', selector: '[data-slate-editor]', kind: 'slate', strategy: 'beforeinputPaste' },
  {
    page: 'contenteditable',
    selector: '#contenteditable-root',
    kind: 'contenteditable',
    strategy: 'execCommand',
  },
  { page: 'textarea', selector: 'textarea', kind: 'textarea', strategy: 'execCommand' },
];

let server: Server;
let browser: ExtensionBrowser;
let engine: string;
const timings: { editor: string; strategy: string; ms: number }[] = [];

/** The engine as one script (editors/index.ts → window.voceroEditors), built fresh from the source. */
async function buildEngine(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: REPO,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(REPO, 'editors/index.ts'), formats: ['iife'], name: 'voceroEditors' },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error('the engine build returned no output');
  return result.output[0].code;
}

interface EditorPage {
  page: Page;
  errors: Error[];
  /** Evaluates an expression in the engine's isolated world (awaits promises, returns by value). */
  engine<T>(expression: string): Promise<T>;
  model(): Promise<string | null>;
  submitEnabled(): Promise<boolean>;
  close(): Promise<void>;
}

async function openEditor(name: string, { closed = false } = {}): Promise<EditorPage> {
  const page = await browser.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`http://127.0.0.1:${PORT}/editors/${name}/${closed ? '?closed' : ''}`);
  await page.waitForFunction(() => document.querySelector('.reply-button') !== null);
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'vocero-content-script',
  });
  const evaluate = async <T>(expression: string): Promise<T> => {
    const answer = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (answer.exceptionDetails) throw new Error(JSON.stringify(answer.exceptionDetails));
    return answer.result.value as T;
  };
  await evaluate(engine);
  // The page's own JavaScript cannot see the engine (separate worlds), as with the content script.
  expect(await page.evaluate(() => 'voceroEditors' in window)).toBe(false);
  return {
    page,
    errors,
    engine: evaluate,
    model: () => page.evaluate(() => window.editorModelText()),
    submitEnabled: () => page.locator('[data-testid="submit"]').isEnabled(),
    close: () => page.close(),
  };
}

/** Calls insertText on the element `selector` finds, in the isolated world. */
function insert(
  editor: EditorPage,
  selector: string,
  kind: EditorKind,
  text: string,
  order?: StrategyName[],
): Promise<InsertResult> {
  return editor.engine<InsertResult>(
    `voceroEditors.insertText({ element: document.querySelector(${JSON.stringify(selector)}), kind: ${JSON.stringify(
      kind,
    )} }, ${JSON.stringify(text)}${order ? `, { order: ${JSON.stringify(order)} }` : ''})`,
  );
}

/** The model's text as the reply reads: Quill's trailing newline dropped, NBSP (typed spaces) as spaces. */
const asReply = (text: string | null) => (text ?? '').replace(/\n$/, '').replace(/\u00A0/g, ' ');

/** One real Ctrl+Z from the keyboard (trusted, as the user presses it). */
async function undo(editor: EditorPage) {
  await editor.page.keyboard.press('Control+z');
}

beforeAll(async () => {
  engine = await buildEngine();
  server = await serveDirectory(join(REPO, '.output/test-pages'), PORT);
  browser = await launchExtension('demo');
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  if (timings.length) console.log('insertText timings (ms):', JSON.stringify(timings));
});

describe.each(EDITORS)('$page', ({ page: name, selector, kind, strategy }) => {
  it.each(Object.entries(TEXTS))(
    'a multi-line reply (%s) arrives exactly once, enables submit, and one undo removes it',
    async (_language, text) => {
      const editor = await openEditor(name);
      await editor.page.waitForSelector(selector);
      expect(await editor.submitEnabled()).toBe(false);

      const result = await insert(editor, selector, kind, text);
      timings.push({ editor: name, strategy: result.strategy, ms: result.ms });
      expect(result).toMatchObject({ ok: true, strategy, tried: [strategy] });
      await expect.poll(() => editor.model().then(asReply)).toBe(text);
      await expect.poll(() => editor.submitEnabled()).toBe(true);

      await undo(editor);
      await expect.poll(() => editor.model().then(asReply)).toBe('');
      await expect.poll(() => editor.submitEnabled()).toBe(false);
      expect(editor.errors.map(String)).toEqual([]);
      await editor.close();
    },
  );

  it('appends to text already typed, without duplicating it, and undo takes back only the reply', async () => {
    const editor = await openEditor(name);
    await editor.page.click(selector);
    await editor.page.keyboard.type('Buenas tardes. ');
    await expect.poll(() => editor.model().then(asReply)).toBe('Buenas tardes. ');
    // Editors group changes made close together into one undo step (Quill: 1 s): wait past that.
    await editor.page.waitForTimeout(1100);

    const result = await insert(editor, selector, kind, TEXTS.es);
    expect(result).toMatchObject({ ok: true, strategy });
    await expect.poll(() => editor.model().then(asReply)).toBe(`Buenas tardes. ${TEXTS.es}`);

    await undo(editor);
    await expect.poll(() => editor.model().then(asReply)).toBe('Buenas tardes. ');
    expect(editor.errors.map(String)).toEqual([]);
    await editor.close();
  });

  it('opens a closed reply box with the site’s own Reply button first, then inserts', async () => {
    const editor = await openEditor(name, { closed: true });
    expect(await editor.page.locator(selector).count()).toBe(0);
    const opened = await editor.engine<{
      ok: boolean;
      kind: string;
      result: InsertResult | null;
    }>(`(async () => {
      const item = document.querySelector('[data-testid="item"]');
      const source = {
        replyButton: (el) => el.querySelector('[data-testid="reply"]'),
        replyBox: (el) => {
          const box = el.querySelector(${JSON.stringify(selector)});
          return box ? { element: box, kind: voceroEditors.detectEditorKind(box) } : null;
        },
      };
      const box = await voceroEditors.openReplyBox(source, item, 3000);
      if (!box) return { ok: false, kind: '', result: null };
      return { ok: true, kind: box.kind, result: await voceroEditors.insertText(box, ${JSON.stringify(TEXTS.en)}) };
    })()`);
    expect(opened).toMatchObject({ ok: true, kind, result: { ok: true, strategy } });
    expect(await editor.page.evaluate(() => window.replyClicks)).toBe(1);
    await expect.poll(() => editor.model().then(asReply)).toBe(TEXTS.en);
    await expect.poll(() => editor.submitEnabled()).toBe(true);
    expect(editor.errors.map(String)).toEqual([]);
    await editor.close();
  });
});

describe('openReplyBox', () => {
  it('does not click Reply when the box is already open', async () => {
    const editor = await openEditor('textarea');
    await editor.page.waitForSelector('textarea');
    const kind = await editor.engine<string | null>(`voceroEditors.openReplyBox({
      replyButton: (el) => el.querySelector('[data-testid="reply"]'),
      replyBox: (el) => { const box = el.querySelector('textarea'); return box ? { element: box, kind: 'textarea' } : null; },
    }, document.querySelector('[data-testid="item"]'), 1000).then((box) => box && box.kind)`);
    expect(kind).toBe('textarea');
    expect(await editor.page.evaluate(() => window.replyClicks)).toBe(0);
    await editor.close();
  });

  it('gives up (null) when the Reply button brings no box within the timeout', async () => {
    const editor = await openEditor('textarea', { closed: true });
    const box = await editor.engine<unknown>(`voceroEditors.openReplyBox({
      replyButton: (el) => el.querySelector('[data-testid="reply"]'),
      replyBox: (el) => null,
    }, document.querySelector('[data-testid="item"]'), 400)`);
    expect(box).toBeNull();
    await editor.close();
  });
});

describe('fallback to the next strategy', () => {
  it('a custom editor that throws away execCommand text gets the reply by paste', async () => {
    const editor = await openEditor('fallback');
    const selector = '.custom-editor';
    await editor.page.waitForSelector(selector);
    const result = await insert(editor, selector, 'contenteditable', TEXTS.es);
    expect(result).toMatchObject({ ok: true, strategy: 'paste', tried: ['execCommand', 'paste'] });
    expect(result.failures[0]?.reason).toMatch(/^unchanged/);
    await expect.poll(() => editor.model()).toBe(TEXTS.es);
    await expect.poll(() => editor.submitEnabled()).toBe(true);
    await undo(editor);
    await expect.poll(() => editor.model()).toBe('');
    expect(editor.errors.map(String)).toEqual([]);
    await editor.close();
  });

  it('Slate: execCommand text that stays out of the model is cleaned away, then beforeinput wins', async () => {
    const editor = await openEditor('slate');
    const selector = '[data-slate-editor]';
    await editor.page.waitForSelector(selector);
    const result = await insert(editor, selector, 'slate', TEXTS.es, ['execCommand', 'beforeinputPaste']);
    expect(result).toMatchObject({
      ok: true,
      strategy: 'beforeinputPaste',
      tried: ['execCommand', 'beforeinputPaste'],
    });
    await expect.poll(() => editor.model()).toBe(TEXTS.es);
    // Exactly once on screen too: the stray DOM text of the failed attempt is gone.
    const shown = await editor.page.locator(selector).innerText();
    expect(shown.split('Gracias por escribirnos.').length - 1).toBe(1);
    await undo(editor);
    await expect.poll(() => editor.model()).toBe('');
    expect(editor.errors.map(String)).toEqual([]);
    await editor.close();
  });

  it('Lexical: execCommand drops the newlines; that attempt is undone and paste inserts the reply once', async () => {
    const editor = await openEditor('lexical');
    const selector = '[data-lexical-editor]';
    await editor.page.waitForSelector(selector);
    const result = await insert(editor, selector, 'lexical', TEXTS.es, ['execCommand', 'paste']);
    expect(result).toMatchObject({ ok: true, strategy: 'paste', tried: ['execCommand', 'paste'] });
    expect(result.failures[0]?.reason).toMatch(/^missing/);
    await expect.poll(() => editor.model()).toBe(TEXTS.es);
    expect(editor.errors.map(String)).toEqual([]);
    await editor.close();
  });

  it('a Lexical box an adapter labelled only "contenteditable" is recognised and gets Lexical’s order', async () => {
    const editor = await openEditor('lexical');
    const selector = '[data-lexical-editor]';
    await editor.page.waitForSelector(selector);
    const result = await insert(editor, selector, 'contenteditable', TEXTS.en);
    expect(result).toMatchObject({ ok: true, strategy: 'paste', tried: ['paste'] });
    await expect.poll(() => editor.model()).toBe(TEXTS.en);
    await editor.close();
  });

  it('React textarea: the value setter + input event (the textarea fallback) reaches React state', async () => {
    const editor = await openEditor('textarea');
    await editor.page.waitForSelector('textarea');
    const result = await insert(editor, 'textarea', 'textarea', TEXTS.es, ['valueSetter']);
    expect(result).toMatchObject({ ok: true, strategy: 'valueSetter' });
    await expect.poll(() => editor.model()).toBe(TEXTS.es);
    await expect.poll(() => editor.submitEnabled()).toBe(true);
    await editor.close();
  });

  it('Draft.js: execCommand garbles a multi-line text beyond undo, and the engine says so (not in its order)', async () => {
    const editor = await openEditor('draftjs');
    const selector = '[data-testid="tweetTextarea_0"]';
    await editor.page.waitForSelector(selector);
    const result = await insert(editor, selector, 'draftjs', TEXTS.es, ['execCommand', 'paste']);
    // It stops rather than paste on top of the mess (which would show the lines twice).
    expect(result).toMatchObject({ ok: false, strategy: '', tried: ['execCommand'] });
    expect(result.error).toMatch(/could not be removed/);
    expect(asReply(await editor.model())).not.toBe(TEXTS.es);
    await editor.close();
  });
});
