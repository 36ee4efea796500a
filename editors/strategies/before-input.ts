// A synthetic beforeinput, for editors driven by Input Events Level 2 (Lexical, Slate and custom ones):
// `insertFromPaste` with a DataTransfer, or `insertText` with data. The browser performs nothing for an
// untrusted beforeinput; only the editor's own handler can act on it.
import { plainTextTransfer } from './paste';
import type { Strategy } from './types';

const beforeInput = (inputType: string, text: string) =>
  new InputEvent('beforeinput', {
    inputType,
    data: inputType === 'insertText' ? text : null,
    dataTransfer: inputType === 'insertFromPaste' ? plainTextTransfer(text) : null,
    bubbles: true,
    cancelable: true,
    composed: true,
  });

export const beforeinputPaste: Strategy = {
  name: 'beforeinputPaste',
  applies: (element) => element.isContentEditable,
  insert(element, text) {
    element.dispatchEvent(beforeInput('insertFromPaste', text));
  },
  undo: ['editor', 'native'],
};

export const beforeinputText: Strategy = {
  name: 'beforeinputText',
  applies: (element) => element.isContentEditable,
  insert(element, text) {
    element.dispatchEvent(beforeInput('insertText', text));
  },
  undo: ['editor', 'native'],
};
