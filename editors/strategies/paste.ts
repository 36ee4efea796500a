// A synthetic paste: a ClipboardEvent carrying a DataTransfer with text/plain. Editors that own their model
// (Draft.js, Lexical, Quill, ProseMirror, Slate) read clipboardData in their paste handler and insert the
// text as one change (one undo step), splitting lines into paragraphs. The browser does nothing with an
// untrusted paste, so a page without a handler is left unchanged.
import type { Strategy } from './types';

export function plainTextTransfer(text: string): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  return data;
}

export const paste: Strategy = {
  name: 'paste',
  applies: (element) => element.isContentEditable,
  insert(element, text) {
    element.dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: plainTextTransfer(text),
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  },
  undo: ['editor', 'native'],
};
