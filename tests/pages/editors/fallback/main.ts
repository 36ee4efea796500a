// A custom editor that ignores the engine's first strategy for a contenteditable, to prove the fallback:
// it keeps its own model, takes text only from real keys and paste events (with its own undo), cancels
// every beforeinput, and re-renders from its model after any `input` it did not make, so what
// execCommand put into the DOM is thrown away at once (as editors with their own model do).
import { setupEditorPage, type EditorPage } from '../shell';

const swallowing: EditorPage = {
  name: 'Custom editor that swallows beforeinput',
  mount(host, changed) {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    root.className = 'custom-editor';
    root.setAttribute('role', 'textbox');
    root.style.cssText = 'min-height: 3em; border: 1px solid #999';
    host.append(root);
    let model = '';
    const history: string[] = [];
    const render = () => {
      root.replaceChildren(
        ...model.split('\n').map((line) => {
          const block = document.createElement('div');
          block.append(line ? document.createTextNode(line) : document.createElement('br'));
          return block;
        }),
      );
      const range = document.createRange();
      range.selectNodeContents(root);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      changed();
    };
    const insert = (text: string) => {
      history.push(model);
      model += text;
      render();
    };
    root.addEventListener('beforeinput', (event) => event.preventDefault());
    root.addEventListener('input', render);
    root.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'z') {
        event.preventDefault();
        if (history.length) model = history.pop()!;
        render();
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        insert(event.key);
      }
    });
    root.addEventListener('paste', (event) => {
      event.preventDefault();
      insert(event.clipboardData?.getData('text/plain') ?? '');
    });
    return { modelText: () => model };
  },
};

setupEditorPage(swallowing);
