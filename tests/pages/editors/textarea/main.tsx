// A React-controlled <textarea value onChange> (Mastodon's composer, many site forms): the text lives in
// React state; the DOM value only follows it.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { setupEditorPage } from '../shell';

let current = '';

function TextareaComposer({ changed }: { changed: () => void }) {
  const [value, setValue] = useState('');
  // The model is React's committed state.
  useEffect(() => {
    current = value;
    changed();
  }, [value, changed]);
  return (
    <textarea
      className="autosuggest-textarea__textarea"
      placeholder="Reply…"
      rows={4}
      value={value}
      onChange={(event) => setValue(event.target.value)}
    />
  );
}

setupEditorPage({
  name: 'React textarea',
  mount(host, changed) {
    createRoot(host).render(<TextareaComposer changed={changed} />);
    return { modelText: () => current };
  },
});
