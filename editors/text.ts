// Reading back what an editor shows and deciding whether an insertion arrived exactly once. The text
// helpers are pure; readEditorText walks the DOM (no layout needed, so it also runs under happy-dom).

import type { EditorKind } from '../sites/types';
import { detectEditorKind } from '../sites/dom';

const ZERO_WIDTH = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/**
 * The text as a comparison sees it: CRLF/CR → LF, NBSP → space, zero-width characters dropped, spaces at
 * line ends dropped, runs of newlines collapsed to one (editors render a paragraph break as one or two
 * newlines, and an empty paragraph as a `<br>`), no newlines at the ends.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ')
    .replace(ZERO_WIDTH, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n+|\s+$/g, '');
}

/** Non-overlapping occurrences of `needle` in `haystack` (0 for an empty needle). */
export function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}

const squash = (text: string) => text.replace(/\s+/g, '');

export type Verdict =
  { ok: true } | { ok: false; reason: 'unchanged' | 'missing' | 'duplicated' | 'altered'; detail: string };

/**
 * Whether `after` is `before` with `text` added exactly once (anywhere, with any whitespace around it) and
 * nothing else changed. All three are compared normalised (see normalizeText), so the lines of a
 * multi-line text must survive as lines, but blank lines between them are not counted.
 */
export function verifyInsertion(before: string, after: string, text: string): Verdict {
  const b = normalizeText(before);
  const a = normalizeText(after);
  const t = normalizeText(text);
  if (!t) return a === b ? { ok: true } : { ok: false, reason: 'altered', detail: 'text changed' };
  if (a === b) return { ok: false, reason: 'unchanged', detail: 'the editor did not change' };
  const expected = countOccurrences(b, t) + 1;
  const found = countOccurrences(a, t);
  if (found < expected) {
    return { ok: false, reason: 'missing', detail: `text not found as inserted: ${JSON.stringify(a)}` };
  }
  if (found > expected)
    return { ok: false, reason: 'duplicated', detail: `found ${found - expected + 1} times` };
  for (let i = a.indexOf(t); i !== -1; i = a.indexOf(t, i + 1)) {
    if (squash(a.slice(0, i) + a.slice(i + t.length)) === squash(b)) return { ok: true };
  }
  return { ok: false, reason: 'altered', detail: `more than the text changed: ${JSON.stringify(a)}` };
}

/** Same text once normalised (used to check that a failed attempt was cleaned away). */
export const sameText = (a: string, b: string): boolean =>
  squash(normalizeText(a)) === squash(normalizeText(b));

/** Editors' placeholders rendered inside the editable element (not part of the text). */
const PLACEHOLDERS = '[data-slate-placeholder], .public-DraftEditorPlaceholder-root, [data-placeholder-node]';
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TR UL'.split(
    ' ',
  ),
);

function walk(node: Node, out: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.matches(PLACEHOLDERS) || el.tagName === 'STYLE' || el.tagName === 'SCRIPT') continue;
      if (el.tagName === 'BR') out.push('\n');
      else if (BLOCKS.has(el.tagName)) {
        out.push('\n');
        walk(el, out);
        out.push('\n');
      } else walk(el, out);
    }
  }
}

/**
 * Editors whose rendered text carries a mark of their model: only text inside their leaves counts, so text
 * the browser put into the DOM that the editor did not take into its model (Slate leaves a native
 * insertion in its zero-width placeholder and ignores it) does not pass for inserted.
 */
const MODEL_LEAVES: Partial<Record<EditorKind, { leaf: string; block: string }>> = {
  slate: { leaf: '[data-slate-string]', block: '[data-slate-node="element"]' },
  draftjs: { leaf: '[data-text="true"]', block: '[data-block="true"]' },
};

function readModelLeaves(element: Element, marks: { leaf: string; block: string }): string {
  let text = '';
  let block: Element | null = null;
  for (const leaf of element.querySelectorAll(marks.leaf)) {
    const leafBlock = leaf.closest(marks.block);
    if (block && leafBlock !== block) text += '\n';
    block = leafBlock;
    text += leaf.textContent ?? '';
  }
  return text;
}

/** What the editor element shows: a text field's value, or a contenteditable's text with line breaks. */
export function readDomText(element: Element): string {
  if (isTextField(element)) return element.value;
  const out: string[] = [];
  walk(element, out);
  return out.join('');
}

/**
 * The editor's text as far as the DOM tells: for Slate and Draft.js only what their model rendered (see
 * MODEL_LEAVES), for other editors everything shown.
 */
export function readEditorText(element: Element, kind: EditorKind = detectEditorKind(element)): string {
  const marks = MODEL_LEAVES[kind];
  return marks && !isTextField(element) ? readModelLeaves(element, marks) : readDomText(element);
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}
