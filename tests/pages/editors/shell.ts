// The frame every editor test page shares: one comment ("item") with the site's own Reply button, the
// reply editor, and a submit button whose disabled state follows the editor's own model (empty → disabled),
// as on the real sites. With `?closed` in the address the editor is not there until Reply is clicked, and
// then appears a little later (like YouTube's simplebox or X's reply dialog).
//
// The test reads the model through `window.editorModelText()` (the editor's own API, never the DOM).

export interface MountedEditor {
  /** The text held by the editor's own model, read through its API. */
  modelText(): string;
}

export interface EditorPage {
  /** Shown in the page title and heading. */
  name: string;
  /** Builds the editor inside `host`; calls `changed()` whenever the model changes. */
  mount(host: HTMLElement, changed: () => void): MountedEditor;
  /** Classes / attributes the real site puts around its reply box. */
  hostClass?: string;
}

declare global {
  interface Window {
    editorModelText(): string | null;
    editorReady: boolean;
    /** How many times the site's own Reply button was clicked. */
    replyClicks: number;
  }
}

export function setupEditorPage(page: EditorPage): void {
  document.title = `${page.name} (editor test page)`;
  const closed = new URLSearchParams(location.search).has('closed');
  document.body.innerHTML = `
    <main>
      <h1>${page.name}</h1>
      <article class="item" data-testid="item">
        <p class="item-text">Hola, ¿hacen envíos a Chile? Gracias</p>
        <button type="button" class="reply-button" data-testid="reply">Reply</button>
        <div class="reply-area"></div>
      </article>
    </main>`;
  const area = document.querySelector<HTMLElement>('.reply-area')!;
  let editor: MountedEditor | null = null;
  window.editorReady = false;
  window.replyClicks = 0;
  window.editorModelText = () => (editor ? editor.modelText() : null);

  const open = () => {
    if (editor) return;
    const host = document.createElement('div');
    host.className = `reply-box ${page.hostClass ?? ''}`.trim();
    const submit = document.createElement('button');
    submit.type = 'button';
    submit.dataset.testid = 'submit';
    submit.textContent = 'Send';
    submit.disabled = true;
    area.append(host, submit);
    const changed = () => {
      submit.disabled = !editor || editor.modelText().trim() === '';
    };
    editor = page.mount(host, changed);
    changed();
    window.editorReady = true;
  };

  document.querySelector('.reply-button')!.addEventListener('click', () => {
    window.replyClicks++;
    // The real sites build the box asynchronously (a dialog, a lazily loaded component).
    setTimeout(open, 120);
  });
  if (!closed) open();
}
