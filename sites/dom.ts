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
