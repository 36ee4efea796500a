// ProseMirror (the engine under Tiptap and Mastodon-style rich editors): the real prosemirror-* packages,
// basic schema, history with the usual keymap.
import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { setupEditorPage } from '../shell';

setupEditorPage({
  name: 'ProseMirror',
  mount(host, changed) {
    const view = new EditorView(host, {
      state: EditorState.create({
        schema,
        plugins: [
          history(),
          keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }),
          keymap(baseKeymap),
        ],
      }),
      dispatchTransaction(transaction) {
        view.updateState(view.state.apply(transaction));
        changed();
      },
    });
    const modelText = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n');
    return { modelText };
  },
});
