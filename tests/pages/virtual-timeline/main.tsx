// A React app that treats comment nodes the way a virtualised timeline does (X's): a fixed set of row
// slots keyed by position, so scrolling recycles the same <article> for another comment; new comments
// are inserted at the top, some are removed, and the whole list re-renders on every change.
// The markup is the demo thread's, so the demo adapter recognises it.
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';

interface Comment {
  id: string;
  handle: string;
  name: string;
  text: string;
}

const TEXTS = [
  '¡Me encantó! Gracias 😍',
  'Where is my refund? Still waiting.',
  '¿A qué hora abren?',
  'Not bad at all, the new version is great',
  'Pésima atención, llevo 3 días esperando',
  'ok',
];

let serial = 0;
const makeComment = (): Comment => {
  const n = serial++;
  return {
    id: `v${n}`,
    handle: `user_${n % 37}`,
    name: `User ${n % 37}`,
    text: `${TEXTS[n % TEXTS.length]} #${n}`,
  };
};

const state = { comments: Array.from({ length: 300 }, makeComment), offset: 0, windowSize: 15 };

function Row({ comment }: { comment: Comment }) {
  return (
    <article className="demo-comment" data-comment-id={comment.id}>
      <header className="demo-meta">
        <a className="demo-author" href={`/u/${comment.handle}`}>
          {comment.name}
        </a>
        <span className="demo-handle">@{comment.handle}</span>
      </header>
      <p className="demo-text">{comment.text}</p>
      <footer>
        <button type="button" className="demo-reply">
          Responder
        </button>
      </footer>
    </article>
  );
}

// The test drives the app through window.timeline; each call changes the data and re-renders.
let version = 0;
const listeners = new Set<() => void>();
const rerender = () => {
  version++;
  listeners.forEach((listener) => listener());
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
Object.assign(window, {
  timeline: {
    scrollTo(offset: number) {
      state.offset = Math.max(0, Math.min(offset, state.comments.length - state.windowSize));
      rerender();
    },
    insertTop(count: number) {
      state.comments.unshift(...Array.from({ length: count }, makeComment));
      rerender();
    },
    removeVisible(index: number) {
      state.comments.splice(state.offset + index, 1);
      rerender();
    },
    edit(index: number, text: string) {
      const target = state.comments[state.offset + index];
      if (target) state.comments[state.offset + index] = { ...target, text };
      rerender();
    },
    rerender,
  },
});

function Timeline() {
  useSyncExternalStore(subscribe, () => version);
  const rows = state.comments.slice(state.offset, state.offset + state.windowSize);
  return (
    <main className="demo-thread">
      {rows.map((comment, slot) => (
        // key = slot: React keeps the same DOM node and rewrites its content (recycling).
        <Row key={slot} comment={comment} />
      ))}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Timeline />
  </StrictMode>,
);
