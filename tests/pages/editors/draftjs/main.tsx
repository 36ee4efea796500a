// Draft.js (X's composer, TikTok's comment box) with React 19: the real `draft-js` package, its own CSS
// classes (.DraftEditor-root / .public-DraftEditor-content) and X's test id on the contenteditable.
import 'draft-js/dist/Draft.css';
import { Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setupEditorPage } from '../shell';

let current = EditorState.createEmpty();

function DraftComposer({ changed }: { changed: () => void }) {
  const [editorState, setEditorState] = useState(current);
  return (
    <div className="DraftComposer" data-testid="tweetTextarea_0RichTextInputContainer">
      <Editor
        editorState={editorState}
        onChange={(next) => {
          current = next;
          setEditorState(next);
          changed();
        }}
        placeholder="Post your reply"
        webDriverTestID="tweetTextarea_0"
        ariaLabel="Post text"
      />
    </div>
  );
}

setupEditorPage({
  name: 'Draft.js',
  mount(host, changed) {
    createRoot(host).render(<DraftComposer changed={changed} />);
    return { modelText: () => current.getCurrentContent().getPlainText() };
  },
});
