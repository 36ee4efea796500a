// Text helpers every site adapter uses: pages differ, but reading an item's text does not.

/** Whitespace folded to single spaces, trimmed; "" for nothing. */
export const clean = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, ' ').trim();

const BLOCK = /^(DIV|P|BR|LI|UL|OL|BLOCKQUOTE|H[1-6]|PRE|TR|SECTION|ARTICLE)$/;

/** textContent with spaces at block boundaries and the alt text of emoji images (<img alt="🎉">). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'IMG') out += (c as Element).getAttribute('alt') ?? '';
        else if (tag === 'TEMPLATE' || tag === 'SCRIPT' || tag === 'STYLE') continue;
        else if (BLOCK.test(tag)) {
          out += ' ';
          walk(c);
          out += ' ';
        } else walk(c);
      }
    }
  };
  walk(el);
  return clean(out);
}

// A link's absolute URL without the URL parser in the common cases. `a.href` parses and resolves every
// time (~3 µs in Chromium; two links per item add up on pages of thousands). An absolute https link or a
// root-relative path made only of characters the parser keeps as they are comes out of it unchanged
// (prefixed with the page's origin); anything else (dot segments, spaces, non-ASCII, a <base>) still goes
// through the parser.
const KEPT = String.raw`[\w\-.~!$&()*+,;=:@/%?#]*`;
const ROOT_RELATIVE = new RegExp(String.raw`^/(?!/)${KEPT}$`);
const ABSOLUTE_HTTPS = new RegExp(String.raw`^https://[a-z0-9-]+(?:\.[a-z0-9-]+)*/${KEPT}$`);
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i; // the parser folds these, %2e included
const withoutBase = new WeakMap<Document, boolean>();

export function linkUrl(link: Element | null | undefined): string {
  if (!link) return '';
  const raw = link.getAttribute('href');
  if (raw === null) return '';
  const doc = link.ownerDocument;
  let baseFree = withoutBase.get(doc);
  if (baseFree === undefined) withoutBase.set(doc, (baseFree = doc.querySelector('base[href]') === null));
  const path = raw.split(/[?#]/, 1)[0]!;
  if (baseFree && !DOT_SEGMENT.test(path)) {
    if (ROOT_RELATIVE.test(raw) && /^https?:$/.test(doc.location?.protocol ?? ''))
      return doc.location!.origin + raw;
    if (ABSOLUTE_HTTPS.test(raw)) return raw;
  }
  return link instanceof HTMLAnchorElement ? link.href : new URL(raw, doc.baseURI).href;
}
