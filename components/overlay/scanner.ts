// Finds the site's items incrementally: a MutationObserver queues only new or changed nodes, and the
// queue is drained in short slices that yield back to the page. Nothing runs while the tab is hidden.
//
// An item is re-processed only when its reading changes (virtualised timelines such as X's recycle the
// same <article> for another tweet); an unchanged item is never processed twice.

import { SLICE_MS, yieldToPage } from './slices';

export interface ScannerOptions<T> {
  root: ParentNode & Node;
  itemSelector: string;
  /** Reads one item, or null when the element is not an item (yet). */
  read(item: Element): T | null;
  /** Whether two readings show the same item (same id, author and text): then it is not processed again. */
  same(a: T, b: T): boolean;
  /** Annotates one item whose reading is new. */
  process(item: Element, reading: T): void;
  /** Longest slice of work before yielding to the page, in ms. */
  sliceMs?: number;
  /** Nodes to ignore: our own UI hosts. */
  isOwnNode(node: Node): boolean;
  /** Called whenever the queue has been drained (tests and benchmarks wait on it). */
  onIdle?(): void;
}

export class Scanner<T> {
  /** The reading each element was last processed with. */
  private readonly processed = new WeakMap<Element, T>();
  private readonly queue = new Set<Element>();
  private observer: MutationObserver | undefined;
  private draining = false;
  private stopped = false;
  private readonly sliceMs: number;

  constructor(private readonly options: ScannerOptions<T>) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
  }

  start(): void {
    this.stopped = false;
    this.enqueueWithin(this.options.root);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.options.root, { childList: true, subtree: true, characterData: true });
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.queue.clear();
    document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** Items waiting to be looked at. */
  queued(): number {
    return this.queue.size;
  }

  isIdle(): boolean {
    return !this.draining && this.queue.size === 0;
  }

  /** The reading this element was processed with, if it was. */
  readingOf(item: Element): T | undefined {
    return this.processed.get(item);
  }

  /** Processes these items again even if their content did not change (their tags or flags did). */
  refresh(items: Iterable<Element>): void {
    for (const item of items) {
      this.processed.delete(item);
      this.queue.add(item);
    }
    this.schedule();
  }

  /** Looks at every item on the page again; those whose reading did not change are skipped. */
  rescan(): void {
    this.enqueueWithin(this.options.root);
    this.schedule();
  }

  /** Work paused while the tab was hidden resumes when it is shown again. */
  private onVisibility = () => {
    if (!document.hidden) this.schedule();
  };

  private onMutations(records: MutationRecord[]): void {
    const { itemSelector, isOwnNode } = this.options;
    for (const record of records) {
      if (isOwnNode(record.target)) continue;
      // A change inside an item (text edited, node recycled) re-queues that item.
      const target =
        record.target.nodeType === Node.ELEMENT_NODE
          ? (record.target as Element)
          : record.target.parentElement;
      const owner = target?.closest(itemSelector);
      if (owner) this.queue.add(owner);
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || isOwnNode(node)) continue;
        this.enqueueWithin(node as Element);
      }
    }
    this.schedule();
  }

  private enqueueWithin(node: ParentNode & Node): void {
    const { itemSelector } = this.options;
    if (node instanceof Element && node.matches(itemSelector)) this.queue.add(node);
    for (const item of node.querySelectorAll(itemSelector)) this.queue.add(item);
  }

  private schedule(): void {
    if (this.draining || this.stopped || this.queue.size === 0) return;
    this.draining = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    const { read, same, process, onIdle } = this.options;
    try {
      while (this.queue.size > 0 && !this.stopped) {
        if (document.hidden) return; // resumed by visibilitychange
        const sliceEnd = performance.now() + this.sliceMs;
        for (const item of this.queue) {
          this.queue.delete(item);
          if (!item.isConnected) continue;
          const reading = read(item);
          if (reading === null) continue;
          // An unchanged item keeps the reading it was processed with: work still in flight for it (its
          // tags) finds the same reading when it lands.
          const before = this.processed.get(item);
          if (before !== undefined && same(before, reading)) continue;
          this.processed.set(item, reading);
          process(item, reading);
          if (performance.now() >= sliceEnd) break;
        }
        if (this.queue.size > 0) await yieldToPage();
      }
      onIdle?.();
    } finally {
      this.draining = false;
      if (this.queue.size > 0 && !document.hidden && !this.stopped) this.schedule();
    }
  }
}
