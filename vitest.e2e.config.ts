import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real headless Chromium (see tests/e2e/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
