// Last resort for a plain contenteditable that takes nothing else: put text nodes and <br>s at the caret
// with a DOM Range, then tell the page with an `input` event. No undo entry; never used for editors that
// keep their own model (their next render would throw the text away or break).
import type { Strategy } from './types';

export const domRange: Strategy = {
  name: 'domRange',
  applies: (element) => element.isContentEditable,
  insert(element, text) {
    const doc = element.ownerDocument;
    const selection = doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const fragment = doc.createDocumentFragment();
    text.split(/\r\n?|\n/).forEach((line, i) => {
      if (i > 0) fragment.append(doc.createElement('br'));
      if (line) fragment.append(doc.createTextNode(line));
    });
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    element.dispatchEvent(
      new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }),
    );
  },
  undo: ['native'],
};
