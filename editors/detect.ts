// Which editor engine an element belongs to, from the marks each engine puts on its root (the same rules
// the site adapters use). Used when an adapter could not tell (kind 'unknown').
import type { EditorKind } from '../sites/types';

export function detectEditorKind(element: Element): EditorKind {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') return 'textarea';
  if (element.closest('[data-lexical-editor]')) return 'lexical';
  if (element.closest('.public-DraftEditor-content, .DraftEditor-root')) return 'draftjs';
  if (element.closest('.ql-editor')) return 'quill';
  if (element.closest('.ProseMirror')) return 'prosemirror';
  if (element.closest('[data-slate-editor]')) return 'slate';
  return (element as HTMLElement).isContentEditable ? 'contenteditable' : 'unknown';
}
