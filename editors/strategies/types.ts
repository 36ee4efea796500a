/** One way of putting text into an editor. It only acts; the engine reads back and verifies. */
export interface Strategy {
  name: StrategyName;
  /** Whether this strategy can act on this element at all (e.g. the value setter needs a text field). */
  applies(element: HTMLElement): boolean;
  /** Inserts `text` at the caret (the engine has focused the editor and put the caret at the end). */
  insert(element: HTMLElement, text: string): void;
  /**
   * How to take back what a failed attempt left, most likely first: `native` = the browser's undo
   * (execCommand), `editor` = the editor's own undo (Ctrl/⌘+Z as its key handler sees it).
   */
  undo: readonly ('native' | 'editor')[];
}

export type StrategyName =
  | 'execCommand'
  | 'execCommandLines'
  | 'paste'
  | 'beforeinputPaste'
  | 'beforeinputText'
  | 'valueSetter'
  | 'domRange';
