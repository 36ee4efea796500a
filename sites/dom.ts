// Helpers every site adapter uses: pages differ, but reading an item's text and telling which editor a
// reply box is do not.
import type { EditorKind } from './types';

/** Whitespace folded to single spaces, trimmed; "" for nothing. */
export const clean = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();

const BLOCK = /^(DIV|P|BR|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TR|SECTION|ARTICLE)$/;

/** textContent with spaces at block boundaries and the alt text of emoji images (<img alt="🎉">). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'IMG') out += (c as Element).getAttribute('alt') ?? '';
        else if (tag === 'TEMPLATE' || tag === 'SCRIPT' || tag === 'STYLE') continue;
        else if (BLOCK.test(tag)) {
          out += ' ';
          walk(c);
          out += ' ';
        } else walk(c);
      }
    }
  };
  walk(el);
  return clean(out);
}

/**
 * Which editor engine a reply box belongs to, from the marks each engine puts on its root. The adapters
 * and the insertion engine (editors/) both ask this one function.
 */
export function detectEditorKind(element: Element): EditorKind {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') return 'textarea';
  if (element.closest('[data-lexical-editor]')) return 'lexical';
  if (element.closest('.public-DraftEditor-content, .DraftEditor-root')) return 'draftjs';
  if (element.closest('.ql-editor')) return 'quill';
  if (element.closest('.ProseMirror')) return 'prosemirror';
  if (element.closest('[data-slate-editor]')) return 'slate';
  // isContentEditable also covers inherited editing; the attribute is what a page without layout shows.
  return (element as HTMLElement).isContentEditable || element.getAttribute('contenteditable') === 'true'
    ? 'contenteditable'
    : 'unknown';
}
