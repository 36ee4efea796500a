// Small DOM helpers shared by the strategies: the editable element, the caret, waiting.
import { isTextField } from './text';

const EDITABLE =
  'textarea, input:not([type]), input[type="text"], input[type="search"], [contenteditable]:not([contenteditable="false"])';

/** The element text really goes into: `element` itself, else the first editable inside it. */
export function editableTarget(element: HTMLElement): HTMLElement {
  if (isTextField(element) || element.isContentEditable) {
    // A node inside an editor: climb to the editing host (the editor's root element).
    let host = element;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  return element.querySelector<HTMLElement>(EDITABLE) ?? element;
}

/** The deepest last position inside `root` where a caret can sit: after its last text, or in its last leaf. */
function endPoint(root: Node): { node: Node; offset: number } {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('[data-slate-placeholder], .public-DraftEditorPlaceholder-root')) continue;
    last = node as Text;
  }
  // Slate's zero-width placeholder for an empty line is a text node too: putting the caret after it is right.
  if (last) return { node: last, offset: last.data.length };
  let leaf: Node = root;
  while (leaf.lastChild && leaf.lastChild.nodeType === 1 && (leaf.lastChild as Element).tagName !== 'BR') {
    leaf = leaf.lastChild;
  }
  return { node: leaf, offset: leaf === root ? root.childNodes.length : 0 };
}

/** Focuses the editor and puts a collapsed caret at the end of its text. */
export function focusAtEnd(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  if (isTextField(element)) {
    const end = element.value.length;
    element.setSelectionRange(end, end);
    return;
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const { node, offset } = endPoint(element);
  const range = element.ownerDocument.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Selects everything in the box, so the next insertion replaces it (a fix of the whole reply). */
export function selectAllIn(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  if (isTextField(element)) {
    element.select();
    return;
  }
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  // From the first to the last character, not the element's own boundaries: editors such as Lexical map
  // a selection of the root's children to "around the paragraphs" and keep empty ones on either side.
  const range = element.ownerDocument.createRange();
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first: Text | null = null;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.replace(/[\u200b\ufeff]/g, '')) continue;
    first ??= node;
    last = node;
  }
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.data.length);
  } else range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Whether the caret is inside `element` (editors that lose focus to a re-render are refocused). */
export function caretInside(element: HTMLElement): boolean {
  if (isTextField(element)) return element.ownerDocument.activeElement === element;
  const selection = element.ownerDocument.getSelection();
  return !!selection?.anchorNode && element.contains(selection.anchorNode);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether an element is in the page and laid out (not display:none, not detached). */
export function isShown(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

/** A keyboard shortcut as the editors' own key handlers see it (Ctrl on Linux/Windows, ⌘ on macOS). */
export function pressShortcut(element: HTMLElement, key: string, { shift = false } = {}): boolean {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const init: KeyboardEventInit = {
    key,
    code: `Key${key.toUpperCase()}`,
    keyCode: key.toUpperCase().charCodeAt(0),
    which: key.toUpperCase().charCodeAt(0),
    ctrlKey: !mac,
    metaKey: mac,
    shiftKey: shift,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
  const down = new KeyboardEvent('keydown', init);
  const handled = !element.dispatchEvent(down);
  element.dispatchEvent(new KeyboardEvent('keyup', init));
  return handled;
}
