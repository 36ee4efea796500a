// Which strategies are tried, in order, for each kind of editor: first one whose result reads back right
// wins. Measured in real Chromium against the real editor packages (tests/e2e/editors.e2e.ts).
import type { EditorKind } from '../sites/types';
import type { StrategyName } from './strategies/types';

export const STRATEGY_ORDER: Record<EditorKind, readonly StrategyName[]> = {
  // execCommand breaks Draft.js on a multi-line text (React removeChild errors, lines out of order).
  draftjs: ['paste', 'beforeinputText'],
  // execCommand drops the newlines; paste makes one paragraph per line, beforeinput one paragraph.
  lexical: ['paste', 'beforeinputText', 'execCommand', 'domRange'],
  quill: ['paste', 'execCommand', 'execCommandLines'],
  prosemirror: ['paste', 'execCommand'],
  // Slate takes no execCommand text into its model (it stays in the DOM only) and no synthetic paste.
  slate: ['beforeinputPaste', 'beforeinputText', 'paste'],
  contenteditable: ['execCommand', 'paste', 'beforeinputPaste', 'execCommandLines', 'domRange'],
  textarea: ['execCommand', 'valueSetter'],
  unknown: ['execCommand', 'paste', 'beforeinputPaste', 'beforeinputText', 'valueSetter', 'domRange'],
};

/** The order for `kind`, less the strategies that cannot act on this element. */
export function strategyOrder(kind: EditorKind): readonly StrategyName[] {
  return STRATEGY_ORDER[kind] ?? STRATEGY_ORDER.unknown;
}
