// What every adapter promises (sites/types.ts): its methods never throw, whatever DOM the site ships
// tomorrow. defineAdapter keeps that promise once for all of them, so each adapter writes only what it
// reads: a method that throws answers null (uiAnchor: the item itself).
import type { SiteAdapter } from './types';

const orNull =
  <R>(read: (element: Element) => R | null) =>
  (element: Element): R | null => {
    try {
      return read(element);
    } catch {
      return null;
    }
  };

export function defineAdapter(adapter: SiteAdapter): SiteAdapter {
  return {
    ...adapter,
    extract: orNull((el) => adapter.extract(el)),
    replyButton: orNull((el) => adapter.replyButton(el)),
    replyBox: orNull((el) => adapter.replyBox(el)),
    uiAnchor(element) {
      try {
        return adapter.uiAnchor(element);
      } catch {
        return element;
      }
    },
  };
}

/** `matches` for a site on these registrable domains and their subdomains (www., m., old., country ones). */
export const onDomain =
  (...domains: string[]) =>
  (url: URL): boolean =>
    /^https?:$/.test(url.protocol) &&
    domains.some((domain) => url.hostname === domain || url.hostname.endsWith(`.${domain}`));
