// A plain contenteditable like YouTube's comment box (#contenteditable-root inside the simplebox): the
// page keeps its own copy of the text, updated only from `input` events (what YouTube's component listens
// to), and enables the submit button from that copy.
import { setupEditorPage } from '../shell';

setupEditorPage({
  name: 'Plain contenteditable',
  hostClass: 'ytd-commentbox',
  mount(host, changed) {
    const root = document.createElement('div');
    root.id = 'contenteditable-root';
    root.className = 'style-scope yt-formatted-string';
    root.contentEditable = 'true';
    root.setAttribute('aria-label', 'Add a reply…');
    root.style.cssText = 'min-height: 2em; border-bottom: 1px solid #999';
    host.append(root);
    let text = '';
    root.addEventListener('input', () => {
      text = root.innerText.replace(/\n$/, '');
      changed();
    });
    return { modelText: () => text };
  },
});
