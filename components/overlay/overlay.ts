// The on-page overlay: the adapter recognises items, the scanner feeds new/changed ones, and each gets
// the contract's data-vocero-* attributes plus its `vocero-ui` host. Nothing else of the page is touched.
import { hashString } from '@/core/hash';
import type { ExtractedItem, SiteAdapter } from '@/sites/types';
import { Scanner } from './scanner';
import { renderItemUi, UI_HOST_TAG, type ItemUiHandlers } from './itemUi';
import { tagItem, type ItemTag } from './tagging';
import { siteTheme } from './theme';

export interface Overlay {
  stop(): void;
  /** Looks at the whole page again (after a single-page navigation); unchanged items are still skipped. */
  rescan(): void;
  /** Resolves when every queued item has been processed (tests, benchmarks). */
  idle(): Promise<void>;
}

/** Adapters must never throw, but one broken site must not take the overlay down either. */
function safeExtract(adapter: SiteAdapter, element: Element): ExtractedItem | null {
  try {
    return adapter.extract(element);
  } catch {
    return null;
  }
}

export function annotate(element: Element, item: ExtractedItem, tag: ItemTag, flag: string): void {
  const set = (name: string, value: string) => {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  };
  set('data-vocero-item', item.id);
  set('data-vocero-platform', item.platform);
  set('data-vocero-author', item.author.handle);
  set('data-vocero-sentiment', tag.sentiment);
  set('data-vocero-intent', tag.intent.join(' '));
  if (flag) set('data-vocero-flag', flag);
  else element.removeAttribute('data-vocero-flag');
}

export function startOverlay(
  adapter: SiteAdapter,
  handlers: ItemUiHandlers,
  root: Element = document.body,
): Overlay {
  const theme = siteTheme();
  const extracted = new WeakMap<Element, ExtractedItem>();
  let idleWaiters: (() => void)[] = [];

  const scanner = new Scanner({
    root,
    itemSelector: adapter.itemSelector,
    isOwnNode: (node) => node.nodeName.toLowerCase() === UI_HOST_TAG,
    signature(element) {
      const item = safeExtract(adapter, element);
      if (!item) return null;
      extracted.set(element, item);
      return `${item.id}|${item.author.handle}|${hashString(item.text)}`;
    },
    process(element) {
      const item = extracted.get(element);
      if (!item) return;
      const tag = tagItem(item.text);
      annotate(element, item, tag, '');
      let anchor: Element = element;
      try {
        anchor = adapter.uiAnchor(element);
      } catch {
        // fall back to the item itself
      }
      renderItemUi(anchor, { itemId: item.id, ...tag, flag: '' }, handlers, theme);
    },
    onIdle() {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    },
  });
  scanner.start();

  return {
    stop: () => scanner.stop(),
    rescan: () => scanner.rescan(),
    idle: () =>
      scanner.isIdle() ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve)),
  };
}
