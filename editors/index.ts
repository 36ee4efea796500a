// The insertion engine: puts a reply into a site's reply box so that the site's editor registers it as if
// typed. An ordered list of strategies per editor kind (order.ts); each attempt is read back and verified
// (text.ts); an attempt that left the wrong text is undone before the next one is tried, so the reply never
// arrives twice. Pure DOM: it runs in the content script's isolated world and never touches page objects.
import type { EditorKind, ReplyBox } from '../sites/types';
import { detectEditorKind } from '../sites/dom';
import { editableTarget, focusAtEnd, isShown, pressShortcut, selectAllIn, sleep } from './dom';
import { strategyOrder } from './order';
import { STRATEGIES, type Strategy, type StrategyName } from './strategies';
import { normalizeText, readDomText, readEditorText, sameText, verifyInsertion, type Verdict } from './text';

export interface InsertResult {
  ok: boolean;
  /** The strategy that succeeded ('' when none did). */
  strategy: StrategyName | '';
  /** Every strategy tried, in order. */
  tried: StrategyName[];
  /** Why each strategy that was tried and lost failed. */
  failures: { strategy: StrategyName; reason: string }[];
  error?: string;
  /** Milliseconds from the call to the verified result. */
  ms: number;
}

export interface InsertOptions {
  /** A per-site override of the strategy order. */
  order?: readonly StrategyName[];
  /** How long one attempt may take to show up in the editor (ms). */
  settleMs?: number;
  /** Replace the box's whole content instead of appending (a voice-guide fix of the reply). */
  replace?: boolean;
}

/** Waits until the editor shows the text exactly once (or `settleMs` passes), then checks it stays. */
async function settle(
  element: HTMLElement,
  kind: EditorKind,
  before: string,
  text: string,
  settleMs: number,
): Promise<Verdict> {
  const read = () => readEditorText(element, kind);
  const deadline = Date.now() + settleMs;
  let verdict = verifyInsertion(before, read(), text);
  // Editors update their DOM synchronously, in a microtask or after a React render: poll briefly.
  while (!verdict.ok && Date.now() < deadline) {
    await sleep(verdict.reason === 'unchanged' ? 10 : 25);
    verdict = verifyInsertion(before, read(), text);
  }
  if (!verdict.ok) return verdict;
  // An editor that did not accept a change re-renders from its model a moment later: look again.
  await sleep(30);
  return verifyInsertion(before, read(), text);
}

interface Snapshot {
  /** What the editor's model rendered (readEditorText). */
  model: string;
  /** Everything the element shows (readDomText). */
  dom: string;
}

const snapshot = (element: HTMLElement, kind: EditorKind): Snapshot => ({
  model: readEditorText(element, kind),
  dom: readDomText(element),
});

/**
 * Takes back what a failed attempt left, by the strategy's undo means, until the editor reads as before.
 * When only the DOM changed (the editor's model did not take the text), only the browser's undo is used:
 * the editor's own undo would take back an earlier change of the user's.
 */
async function cleanUp(
  element: HTMLElement,
  kind: EditorKind,
  before: Snapshot,
  strategy: Strategy,
): Promise<boolean> {
  const modelClean = () => sameText(readEditorText(element, kind), before.model);
  const clean = () => modelClean() && sameText(readDomText(element), before.dom);
  const waitClean = async () => {
    for (let i = 0; i < 10; i++) {
      if (clean()) return true;
      await sleep(15);
    }
    return false;
  };
  if (clean()) return true;
  const means = modelClean() ? strategy.undo.filter((m) => m === 'native') : strategy.undo;
  for (const how of means) {
    focusAtEnd(element);
    if (how === 'native') element.ownerDocument.execCommand('undo');
    else pressShortcut(element, 'z');
    if (await waitClean()) return true;
  }
  // The model is as before and only stray DOM is left: the editor's next render replaces it.
  return modelClean();
}

/**
 * Inserts `text` at the end of the reply box, trying the kind's strategies in order until one reads back
 * right. Never throws.
 */
export async function insertText(
  box: ReplyBox | { element: HTMLElement; kind: EditorKind },
  text: string,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const started = performance.now();
  const tried: StrategyName[] = [];
  const failures: InsertResult['failures'] = [];
  const done = (ok: boolean, strategy: StrategyName | '', error?: string): InsertResult => ({
    ok,
    strategy,
    tried,
    failures,
    ...(error ? { error } : {}),
    ms: Math.round(performance.now() - started),
  });
  try {
    if (!normalizeText(text)) return done(false, '', 'nothing to insert');
    const element = editableTarget(box.element);
    if (!element.isConnected) return done(false, '', 'the reply box is not in the page');
    // The box's kind was read on the box; the editable element inside it (a wrapper's editor) may tell more.
    const detected =
      box.kind === 'unknown' || box.kind === 'contenteditable' ? detectEditorKind(element) : box.kind;
    const kind = detected === 'unknown' ? box.kind : detected;
    const order = options.order ?? strategyOrder(kind);
    for (const name of order) {
      const strategy = STRATEGIES[name];
      if (!strategy.applies(element)) continue;
      tried.push(name);
      if (options.replace) selectAllIn(element);
      else focusAtEnd(element);
      // Let the editor see the focus and the caret (they sync their selection on selectionchange).
      await sleep(0);
      const before = snapshot(element, kind);
      try {
        strategy.insert(element, text);
      } catch (error) {
        failures.push({ strategy: name, reason: `threw: ${String(error)}` });
        if (!(await cleanUp(element, kind, before, strategy))) break;
        continue;
      }
      const verdict = await settle(
        element,
        kind,
        options.replace ? '' : before.model,
        text,
        options.settleMs ?? 300,
      );
      if (verdict.ok) return done(true, name);
      failures.push({ strategy: name, reason: `${verdict.reason}: ${verdict.detail}` });
      if (!(await cleanUp(element, kind, before, strategy))) {
        return done(
          false,
          '',
          `${name} left text in the box that could not be removed; stopped to avoid a duplicate`,
        );
      }
    }
    return done(false, '', 'no strategy got the text into this editor');
  } catch (error) {
    return done(false, '', String(error));
  }
}

export interface ReplyBoxSource {
  replyButton(element: Element): HTMLElement | null;
  replyBox(element: Element): ReplyBox | null;
}

/** A reply box that is there and usable now. */
const openBox = (source: ReplyBoxSource, item: Element): ReplyBox | null => {
  const box = source.replyBox(item);
  return box && isShown(box.element) ? box : null;
};

/**
 * The item's reply box, opened with the site's own Reply button when it is absent or hidden: clicks it once
 * and waits (DOM mutations, plus a slow poll for changes inside shadow roots) up to `timeoutMs`.
 *
 * A box outside the item (a page-level composer such as X's "What is happening?!") is only used as it is
 * when the item has no Reply button; otherwise the button is clicked and the box it opens is awaited: a new
 * one (X's reply dialog, YouTube's and Reddit's inline boxes), or the same one once the site focuses it for
 * the reply (Mastodon's composer switches to reply mode).
 */
export async function openReplyBox(
  source: ReplyBoxSource,
  item: Element,
  timeoutMs = 3000,
): Promise<ReplyBox | null> {
  const existing = openBox(source, item);
  const button = source.replyButton(item);
  if (existing && (item.contains(existing.element) || !button)) return existing;
  if (!button) return null;
  const before = existing?.element;
  button.click();
  return new Promise((resolve) => {
    const doc = item.ownerDocument;
    let settled = false;
    const finish = (box: ReplyBox | null) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(box);
    };
    const check = () => {
      const box = openBox(source, item);
      if (box && (box.element !== before || doc.activeElement === box.element)) finish(box);
    };
    const observer = new MutationObserver(check);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    const poll = setInterval(check, 100);
    const timer = setTimeout(() => finish(null), timeoutMs);
    check();
  });
}

export { detectEditorKind } from '../sites/dom';
export { STRATEGY_ORDER, strategyOrder } from './order';
export { STRATEGIES, type StrategyName } from './strategies';
export { normalizeText, readDomText, readEditorText, verifyInsertion } from './text';
