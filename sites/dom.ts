// Helpers every site adapter uses: pages differ, but reading an item's text and telling which editor a
// reply box is do not.
import type { EditorKind } from './types';

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

// Reading a.href from Vocero's isolated world costs about 2.5 µs per link (the URL is parsed and
// serialised again); on a page of thousands of items that was a third of the time spent reading them. Most
// links the sites write need no parsing: the URL parser gives back exactly what the attribute says
// (https://url.spec.whatwg.org/#concept-basic-url-parser) for an absolute http(s) URL on a plain
// lower-case host name (no port, no user) or a path from the root, made only of characters that no
// percent-encode set touches, with no dot segment and no backslash. Everything else is parsed as before.
const KEPT = String.raw`[\w\-.~!$&()*+,;=:@/%?#]*`;
const PLAIN_ABSOLUTE = new RegExp(String.raw`^https?://(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*/${KEPT}$`);
const PLAIN_FROM_ROOT = new RegExp(String.raw`^/(?!/)${KEPT}$`);
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?#]|$)/i;

/**
 * `new URL(href, base).href` when `href` is one of the plain forms above (`baseOrigin`: the base URL's
 * origin, or null when it has none), else null: the caller parses it.
 */
export function resolvePlainHref(href: string, baseOrigin: string | null): string | null {
  if (DOT_SEGMENT.test(href)) return null;
  if (PLAIN_ABSOLUTE.test(href)) return href;
  if (baseOrigin !== null && PLAIN_FROM_ROOT.test(href)) return baseOrigin + href;
  return null;
}

interface PageBase {
  /** The page has an http(s) address (not a capture read from a file, not about:blank). */
  http: boolean;
  /** The origin a path from the root resolves against, when the page alone decides it; else null. */
  plainOrigin: string | null;
}
const pageBases = new WeakMap<Document, PageBase>();
function pageBase(doc: Document): PageBase {
  let base = pageBases.get(doc);
  if (!base) {
    const http = /^https?:\/\//.test(doc.URL);
    // A page with a <base> takes the parser throughout (one added later is not noticed: the sites add none).
    const plainOrigin = http && !doc.querySelector('base[href]') ? new URL(doc.URL).origin : null;
    pageBases.set(doc, (base = { http, plainOrigin }));
  }
  return base;
}

/** What `link.href` says (the absolute URL, "" without an href), parsing only links that need it. */
export function linkUrl(link: Element | null | undefined): string {
  const href = link?.getAttribute('href');
  if (!link || href == null) return '';
  const plain = resolvePlainHref(href, pageBase(link.ownerDocument).plainOrigin);
  return plain ?? (link as Partial<HTMLAnchorElement>).href ?? '';
}

/**
 * An href as a link on `el`'s page would resolve it, or against `fallbackOrigin` where the page has no
 * http(s) address of its own (a capture read from a file); "" unless the result is an http(s) URL.
 */
export function absoluteUrl(href: string | null | undefined, el: Element, fallbackOrigin?: string): string {
  if (!href) return '';
  const doc = el.ownerDocument;
  const base = pageBase(doc);
  const plain = resolvePlainHref(href, base.http ? base.plainOrigin : (fallbackOrigin ?? null));
  if (plain !== null) return plain;
  try {
    const against = base.http ? doc.baseURI : fallbackOrigin;
    const url = against ? new URL(href, against) : new URL(href);
    return /^https?:$/.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/**
 * Which editor engine a reply box belongs to, from the marks each engine puts on its root. The adapters
 * and the insertion engine (editors/) both ask this one function.
 */
export function detectEditorKind(element: Element): EditorKind {
  if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') return 'textarea';
  if (element.closest('[data-lexical-editor]')) return 'lexical';
  if (element.closest('.public-DraftEditor-content, .DraftEditor-root')) return 'draftjs';
  if (element.closest('.ql-editor')) return 'quill';
  if (element.closest('.ProseMirror')) return 'prosemirror';
  if (element.closest('[data-slate-editor]')) return 'slate';
  // isContentEditable also covers inherited editing; the attribute is what a page without layout shows.
  return (element as HTMLElement).isContentEditable || element.getAttribute('contenteditable') === 'true'
    ? 'contenteditable'
    : 'unknown';
}
