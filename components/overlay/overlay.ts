// The on-page overlay: the adapter recognises items, the scanner feeds new/changed ones, the background
// tags them in batches (sentiment, intent, the CM's overrides and flags: the model and the database live
// there, off the page's main thread), and each item gets the contract's data-vocero-* attributes plus its
// `vocero-ui` host. Nothing else of the page is touched.
import { MAX_TAGGED_TEXT, type ItemTag, type TagRequest } from '@/messaging/protocol';
import type { ExtractedItem, SiteAdapter } from '@/sites/types';
import { Scanner } from './scanner';
import { renderItemUi, UI_HOST_TAG, type ItemUiHandlers } from './itemUi';
import { NearViewport } from './nearViewport';
import { SLICE_MS, yieldToPage } from './slices';
import { siteTheme } from './theme';

export interface Overlay {
  stop(): void;
  /** Looks at the whole page again (after a single-page navigation); unchanged items are still skipped. */
  rescan(): void;
  /** Resolves when every queued item has been tagged and drawn (tests, benchmarks). */
  idle(): Promise<void>;
  /** Tags and redraws the items that match (an override or a flag changed in some tab). */
  refresh(matches: (item: ExtractedItem) => boolean): void;
  /** The item currently shown by an element carrying data-vocero-item="id", with its tag. */
  itemById(id: string): { element: Element; item: ExtractedItem; tag: ItemTag | undefined } | null;
  /** The item an element belongs to (e.g. the reply box the CM is typing in), if any. */
  itemAround(node: Element): { element: Element; item: ExtractedItem; tag: ItemTag | undefined } | null;
}

/** Asks the background for the tags of a batch of items (one message per scanner slice). */
export type Tagger = (items: TagRequest[]) => Promise<ItemTag[]>;

/** Writes the contract's attributes; `fresh`: the element has none of Vocero's yet (no reading back). */
function annotate(element: Element, item: ExtractedItem, tag: ItemTag, fresh: boolean): void {
  // Later passes (a recycled node, a changed tag) write only what changed: the site's own attribute
  // observers, if any, see no churn.
  const set = (name: string, value: string) => {
    if (fresh || element.getAttribute(name) !== value) element.setAttribute(name, value);
  };
  set('data-vocero-item', item.id);
  set('data-vocero-platform', item.platform);
  set('data-vocero-author', item.author.handle);
  set('data-vocero-sentiment', tag.sentiment);
  set('data-vocero-intent', tag.intent.join(' '));
  if (tag.flag) set('data-vocero-flag', tag.flag);
  else element.removeAttribute('data-vocero-flag'); // also one a cloned node brought along
}

/**
 * UI hosts are inserted in few, large batches: each insertion dirties the layout of the item's container,
 * and on a page of thousands of items every frame with a dirty container re-lays out all its children
 * (measured: 2.2 s of layout and pre-paint for 5,000 comments when hosts went in with every 8 ms slice).
 * Batches every ~100 ms, each under 30 ms of work, keep that to a handful of layouts.
 */
const UI_BATCH_DELAY_MS = 100;
const UI_BATCH_BUDGET_MS = 30;
/**
 * The first items of a page get their UI at once; past that (pages of thousands of items) an item gets it
 * when it comes within ~2 screens of the viewport. Attributes are set on every item regardless. Measured on
 * 5,000 comments: drawing every host costs ~170 µs per comment in layout and pre-paint alone.
 */
const EAGER_UI_ITEMS = 300;
/** Items per tagging message; the background accepts up to 2,000. */
const MAX_BATCH = 500;
/** "Near the viewport": within two screens above or below it. */
const LAZY_UI_SCREENS = 2;

export function startOverlay(
  adapter: SiteAdapter,
  tagger: Tagger,
  handlers: ItemUiHandlers,
  root: Element = document.body,
  /** Called after each batch with the page's tagged items and the negative ones (crisis warning). */
  onMood?: (mood: { total: number; negative: number }) => void,
): Overlay {
  // Read when the first UI is drawn, not at start: while the page still has style work pending (it is
  // being built), reading a computed style makes Chromium do that work inside Vocero's first task.
  let theme: 'light' | 'dark' | undefined;
  /** What each annotated element shows (one record per element: pages hold thousands). */
  const shown = new WeakMap<Element, { tag: ItemTag; ui: boolean }>();
  const moodById = new Map<string, boolean>(); // item id → negative
  let negativeItems = 0;
  let idleWaiters: (() => void)[] = [];
  let stopped = false;

  // --- tagging: items found in one scanner slice go to the background in one message ---------------
  let batch: { element: Element; item: ExtractedItem }[] = [];
  /** Items seen per author on this page (for the people rule "N comments on one page"). */
  const itemsByAuthor = new Map<string, Set<string>>();
  const tagRequest = (item: ExtractedItem): TagRequest => {
    const { author } = item;
    let seen = itemsByAuthor.get(author.handle);
    if (!seen) itemsByAuthor.set(author.handle, (seen = new Set()));
    seen.add(item.id);
    return {
      id: item.id,
      platform: item.platform,
      author: author.handle,
      text: item.text.slice(0, MAX_TAGGED_TEXT), // the rest is never read
      authorName: author.displayName,
      profileUrl: author.profileUrl,
      verified: author.verified,
      followers: author.followers,
      authorItemsOnPage: author.handle ? seen.size : 0,
    };
  };
  let inFlight = 0;
  const sendBatch = () => {
    const sent = batch;
    batch = [];
    if (!sent.length || stopped) return;
    inFlight++;
    tagger(sent.map(({ item }) => tagRequest(item)))
      .then(async (tags) => {
        // A batch is hundreds of items: shown in slices too, so a reply never holds the page for long.
        for (let i = 0; i < sent.length && !stopped;) {
          const sliceEnd = performance.now() + SLICE_MS;
          for (; i < sent.length && performance.now() < sliceEnd; i++) {
            const { element, item } = sent[i]!;
            const tag = tags[i];
            // The node may have been recycled for another item meanwhile: the newer batch wins.
            if (tag && scanner.readingOf(element) === item) show(element, item, tag);
          }
          if (i < sent.length) await yieldToPage();
        }
        if (!stopped) onMood?.({ total: moodById.size, negative: negativeItems });
      })
      .catch((error: unknown) => console.warn('[vocero] could not tag items:', error))
      .finally(() => {
        inFlight--;
        notifyIfIdle();
      });
  };

  // --- UI hosts: batched, and lazy on big pages --------------------------------------------------------
  const pendingUi = new Set<Element>();
  let uiTimer: ReturnType<typeof setTimeout> | undefined;
  let firstBatch = true;
  let eagerLeft = EAGER_UI_ITEMS;
  const nearViewport = new NearViewport((element) => queueUi(element), LAZY_UI_SCREENS);
  const flushUi = () => {
    uiTimer = undefined;
    const end = performance.now() + UI_BATCH_BUDGET_MS;
    for (const element of pendingUi) {
      pendingUi.delete(element);
      drawUi(element);
      if (performance.now() > end) break;
    }
    if (pendingUi.size > 0) uiTimer = setTimeout(flushUi, UI_BATCH_DELAY_MS);
    notifyIfIdle();
  };
  const queueUi = (element: Element) => {
    const state = shown.get(element);
    if (state) state.ui = true;
    pendingUi.add(element); // drawn with the item's state at that time
    // The first screenful appears at once; the rest comes in batches.
    uiTimer ??= setTimeout(flushUi, firstBatch ? 0 : UI_BATCH_DELAY_MS);
    firstBatch = false;
  };

  /** Draws an item's UI from its latest extraction and tag (none kept per item until then: big pages). */
  const drawUi = (element: Element) => {
    const item = scanner.readingOf(element);
    const tag = shown.get(element)?.tag;
    if (!item || !tag) return;
    theme ??= siteTheme();
    renderItemUi(adapter.uiAnchor(element), { itemId: item.id, ...tag }, handlers, theme);
  };

  const show = (element: Element, item: ExtractedItem, tag: ItemTag) => {
    const negative = tag.sentiment === 'negative';
    const before = moodById.get(item.id);
    if (before !== negative) negativeItems += (negative ? 1 : 0) - (before ? 1 : 0);
    moodById.set(item.id, negative);
    let state = shown.get(element);
    annotate(element, item, tag, state === undefined);
    if (state) state.tag = tag;
    else shown.set(element, (state = { tag, ui: false }));
    if (state.ui || eagerLeft-- > 0) queueUi(element);
    else nearViewport.defer(element);
  };

  const notifyIfIdle = () => {
    if (!scanner.isIdle() || pendingUi.size > 0 || inFlight > 0 || batch.length > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const scanner = new Scanner<ExtractedItem>({
    root,
    itemSelector: adapter.itemSelector,
    isOwnNode: (node) => node.nodeName.toLowerCase() === UI_HOST_TAG,
    read: (element) => adapter.extract(element), // never throws: sites/define.ts
    same: (a, b) => a.id === b.id && a.author.handle === b.author.handle && a.text === b.text,
    process(element, item) {
      if (!batch.length) queueMicrotask(sendBatch); // after this slice, before the scanner yields
      batch.push({ element, item });
      // One message carries at most MAX_BATCH items (the background refuses more: storage/handlers.ts).
      if (batch.length >= MAX_BATCH) sendBatch();
    },
    onIdle: notifyIfIdle,
  });
  scanner.start();
  // A page that already holds many items starts lazy: only items near the viewport get UI.
  if (scanner.queued() > EAGER_UI_ITEMS) eagerLeft = 0;

  return {
    stop: () => {
      stopped = true;
      scanner.stop();
      clearTimeout(uiTimer);
      pendingUi.clear();
      nearViewport.stop();
      batch = [];
    },
    rescan: () => scanner.rescan(),
    refresh(matches) {
      const elements = [...root.querySelectorAll('[data-vocero-item]')].filter((element) => {
        const item = scanner.readingOf(element);
        return item !== undefined && matches(item);
      });
      scanner.refresh(elements);
    },
    itemById(id) {
      const element = root.querySelector(`[data-vocero-item="${CSS.escape(id)}"]`);
      const item = element && scanner.readingOf(element);
      return element && item ? { element, item, tag: shown.get(element)?.tag } : null;
    },
    itemAround(node) {
      const element = node.closest(adapter.itemSelector);
      const item = element && scanner.readingOf(element);
      return element && item ? { element, item, tag: shown.get(element)?.tag } : null;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        notifyIfIdle();
      }),
  };
}
