// Mastodon runs on thousands of domains. Vocero knows a default list of large instances; the CM adds
// their own, and any page whose DOM is Mastodon's web UI is recognised too (isMastodonPage).
// Kept free of side effects and DOM globals: the build may import it in Node.

/** Large general-purpose instances (by active users, 2024–2026), hostnames in lower case. */
export const DEFAULT_MASTODON_INSTANCES: readonly string[] = [
  'mastodon.social',
  'mastodon.online',
  'mstdn.social',
  'mas.to',
  'mastodon.world',
  'mastodon.cloud',
  'mastodon.art',
  'mastodonapp.uk',
  'mstdn.jp',
  'pawoo.net',
  'fosstodon.org',
  'hachyderm.io',
  'infosec.exchange',
  'techhub.social',
  'universeodon.com',
  'masto.ai',
  'mindly.social',
  'sfba.social',
  'ioc.exchange',
  'aus.social',
  'mastodon.scot',
  'mastodon.green',
  'troet.cafe',
  'chaos.social',
  'det.social',
  'social.vivaldi.net',
  'toot.community',
  'mastodon.nl',
  'mastodon.ie',
  'piaille.fr',
  'mastodon.uno',
  'masto.es',
  'mastodon.com.br',
];

/** "https://Mastodon.Social/@x" or "mastodon.social" → "mastodon.social"; "" for anything else. */
export function normalizeInstance(input: string): string {
  const raw = input.trim().toLowerCase();
  if (!raw) return '';
  try {
    const host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
    return /^[a-z0-9.-]+\.[a-z0-9-]{2,}$/.test(host) ? host.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** True for a default instance or one the CM added (hostnames, URLs or mixed case all accepted). */
export function isMastodonHost(hostname: string, extra: readonly string[] = []): boolean {
  const host = normalizeInstance(hostname);
  if (!host) return false;
  return DEFAULT_MASTODON_INSTANCES.includes(host) || extra.some((h) => normalizeInstance(h) === host);
}

/**
 * True when the document is Mastodon's web UI, whatever its domain: the React root `div#mastodon` with
 * `data-props` (mastodon-1), else the server-rendered `og:site_name` "Mastodon hosted on <domain>" or the
 * initial-state script with a Mastodon-shaped `meta`.
 */
export function isMastodonPage(doc: Document): boolean {
  try {
    const root = doc.getElementById('mastodon');
    if (root?.hasAttribute('data-props')) return true;
    const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
    if (/\bmastodon\b/i.test(site)) return true;
    const state = doc.getElementById('initial-state');
    return (
      state?.getAttribute('type') === 'application/json' &&
      /"meta":\{[^}]*"domain"/.test(state.textContent?.slice(0, 2000) ?? '')
    );
  } catch {
    return false;
  }
}
