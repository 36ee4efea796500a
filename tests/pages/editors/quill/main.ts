// Quill 2 (LinkedIn's comment box): the real `quill` package with its default modules (clipboard,
// keyboard, history), mounted the way LinkedIn does (.ql-container > .ql-editor[contenteditable]).
import 'quill/dist/quill.core.css';
import Quill from 'quill';
import { setupEditorPage } from '../shell';

setupEditorPage({
  name: 'Quill 2',
  hostClass: 'comments-comment-box__form',
  mount(host, changed) {
    const container = document.createElement('div');
    host.append(container);
    const quill = new Quill(container, { placeholder: 'Add a comment…' });
    quill.on('text-change', () => changed());
    return { modelText: () => quill.getText() };
  },
});
