// execCommand per line: insertText for each line and insertLineBreak between them, for editors that take
// typed text but not a newline inside one insertText. Several undo steps, so it comes after the others.
import type { Strategy } from './types';

export const execCommandLines: Strategy = {
  name: 'execCommandLines',
  applies: () => typeof document.execCommand === 'function',
  insert(element, text) {
    const doc = element.ownerDocument;
    text.split(/\r\n?|\n/).forEach((line, i) => {
      if (i > 0) doc.execCommand('insertLineBreak');
      if (line) doc.execCommand('insertText', false, line);
    });
  },
  undo: ['native', 'editor'],
};
