// How the overlay shares the page's main thread: work runs in slices of at most SLICE_MS, and between
// slices it yields a macrotask, so input and rendering run in between.

/** Half a frame: the page keeps the rest. */
export const SLICE_MS = 8;

/** A macrotask lets input and rendering run between slices; requestIdleCallback can starve on busy pages. */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
