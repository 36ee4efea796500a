// Lexical (Facebook's and Reddit's comment boxes): the real `lexical` packages, vanilla (no React), rich
// text + history, on a contenteditable root the way Facebook mounts it (role="textbox").
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor } from 'lexical';
import { setupEditorPage } from '../shell';

setupEditorPage({
  name: 'Lexical',
  mount(host, changed) {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-label', 'Write a comment…');
    root.setAttribute('spellcheck', 'true');
    root.className = 'comment-editor';
    root.style.cssText = 'min-height: 3em; border: 1px solid #999; padding: 4px; white-space: pre-wrap';
    host.append(root);
    const editor = createEditor({
      namespace: 'vocero-test',
      nodes: [HeadingNode, QuoteNode],
      onError(error) {
        throw error;
      },
    });
    editor.setRootElement(root);
    mergeRegister(
      registerRichText(editor),
      registerHistory(editor, createEmptyHistoryState(), 300),
      editor.registerUpdateListener(() => changed()),
    );
    // getTextContent() joins paragraphs with a blank line; the reply's lines are compared one per paragraph.
    const modelText = () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContent())
          .join('\n'),
      );
    return { modelText };
  },
});
