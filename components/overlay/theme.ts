/** Light or dark, following the site: the luminance of the page's own background colour. */
export function siteTheme(doc: Document = document): 'light' | 'dark' {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const match = getComputedStyle(el).backgroundColor.match(
      /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/,
    );
    if (!match || match[4] === '0') continue; // transparent: look further up
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
  }
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
