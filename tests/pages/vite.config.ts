// Builds the test pages (small real apps: a React virtualised timeline, pages with the sites' editors)
// into .output/test-pages/, which the end-to-end tests serve on localhost.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = import.meta.dirname;
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '../../.output/test-pages'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { 'virtual-timeline': resolve(here, 'virtual-timeline/index.html') },
    },
  },
});
