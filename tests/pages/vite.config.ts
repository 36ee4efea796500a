// Builds the test pages (small real apps: a React virtualised timeline, pages with the sites' editors)
// into .output/test-pages/, which the end-to-end tests serve on localhost.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
/** One page per editor engine (tests/pages/editors/<name>/), used by tests/e2e/editors.e2e.ts. */
const EDITOR_PAGES = [
  'draftjs',
  'lexical',
  'quill',
  'prosemirror',
  'slate',
  'contenteditable',
  'textarea',
  'fallback',
];
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  // draft-js's fbjs reads Node's `global`.
  define: { global: 'globalThis' },
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../.output/test-pages'),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        'virtual-timeline': resolve(here, 'virtual-timeline/index.html'),
        ...Object.fromEntries(
          EDITOR_PAGES.map((name) => [`editors-${name}`, resolve(here, `editors/${name}/index.html`)]),
        ),
      },
    },
  },
});
