// document.execCommand('insertText'): the browser's own editing command, exactly what typing does. It fires
// beforeinput/input (trusted), so Draft.js, Lexical, ProseMirror, Slate, Quill and plain contenteditables
// register it as typed, React sees a textarea's change, and the browser's undo stack gets one entry.
// Newlines in the text become paragraph breaks (contenteditable) or newlines (textarea).
import type { Strategy } from './types';

export const execCommand: Strategy = {
  name: 'execCommand',
  applies: () => typeof document.execCommand === 'function',
  insert(element, text) {
    element.ownerDocument.execCommand('insertText', false, text);
  },
  undo: ['native', 'editor'],
};
