// Slate (slate + slate-react + slate-history) with React 19, the usual paragraph-per-line setup.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import { setupEditorPage } from '../shell';

const initialValue: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];
let current: Descendant[] = initialValue;

function SlateComposer({ changed }: { changed: () => void }) {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const [, setValue] = useState(initialValue);
  return (
    <Slate
      editor={editor}
      initialValue={initialValue}
      onChange={(value) => {
        current = value;
        setValue(value);
        changed();
      }}
    >
      <Editable placeholder="Write a reply…" style={{ minHeight: '3em', border: '1px solid #999' }} />
    </Slate>
  );
}

setupEditorPage({
  name: 'Slate',
  mount(host, changed) {
    createRoot(host).render(<SlateComposer changed={changed} />);
    return { modelText: () => current.map((block) => Node.string(block)).join('\n') };
  },
});
