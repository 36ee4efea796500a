import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

afterEach(() => {
  cleanup(); // Testing Library only cleans up by itself when Vitest globals are on.
  fakeBrowser.reset();
});
