// What a site adapter tells the rest of Vocero about a page. Plain data: templates, sentiment and the
// log never touch the site's DOM themselves (the Briskine split: site plugins vs editor strategies).

export const PLATFORMS = [
  'x',
  'youtube',
  'facebook',
  'instagram',
  'linkedin',
  'reddit',
  'tiktok',
  'mastodon',
  'demo',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** How text gets into a reply box; picks the insertion strategy (see editors/). */
export type EditorKind =
  'draftjs' | 'lexical' | 'quill' | 'prosemirror' | 'slate' | 'contenteditable' | 'textarea' | 'unknown';

export interface ItemAuthor {
  displayName: string;
  /** Lower-case, no leading "@"; "" when the page shows none. */
  handle: string;
  profileUrl: string;
  verified: boolean;
  /** Follower/subscriber count when the page shows it next to this author (parsed), else null. */
  followers: number | null;
}

export interface ExtractedItem {
  platform: Platform;
  /** `<platform>:<site id or hash of author+text>`: unique on the page, stable across re-renders. */
  id: string;
  author: ItemAuthor;
  text: string;
  permalink: string;
  /** ISO 8601 when the page shows a machine-readable time, else null. */
  time: string | null;
}

export interface ReplyBox {
  element: HTMLElement;
  kind: EditorKind;
}

export interface SiteAdapter {
  platform: Platform;
  /** True when this adapter handles pages at this URL. */
  matches(url: URL): boolean;
  /** CSS selector for the site's own element of one comment/post. */
  itemSelector: string;
  /** Reads one item. Never throws: returns null for anything it does not recognise. */
  extract(element: Element): ExtractedItem | null;
  /** The site's own reply button for this item, if shown. */
  replyButton(element: Element): HTMLElement | null;
  /** The reply box that belongs to this item (or the page's composer), if present now. */
  replyBox(element: Element): ReplyBox | null;
  /** Where Vocero's `vocero-ui` host is placed for this item (inserted as its last child). */
  uiAnchor(element: Element): Element;
}
