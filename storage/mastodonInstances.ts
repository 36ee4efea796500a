// Mastodon instances the CM adds. The store build declares the content script only on the default list
// (sites/matches.ts); for another instance the CM grants that one origin (an optional host permission,
// asked from the settings page) and the background registers the same content script there.
import { browser } from 'wxt/browser';
import { DEFAULT_MASTODON_INSTANCES, normalizeInstance } from '@/sites/mastodon/instances';
import { db, type VoceroDB } from './db';
import { getSettings, setSetting } from './settings';

export const CUSTOM_SCRIPT_ID = 'vocero-mastodon-custom';
export const originOf = (host: string) => `https://${host}/*`;

/** Hostnames as the CM typed them → normalised, de-duplicated, without the ones already built in. */
export function cleanInstanceList(input: readonly string[]): string[] {
  const hosts = input.map(normalizeInstance).filter((h) => h && !DEFAULT_MASTODON_INSTANCES.includes(h));
  return [...new Set(hosts)].sort();
}

/** Registers the content script on every custom instance whose origin the CM granted. */
export async function registerCustomInstances(database: VoceroDB = db()): Promise<string[]> {
  const { mastodonInstances } = await getSettings(database);
  const granted: string[] = [];
  for (const host of mastodonInstances)
    if (await browser.permissions.contains({ origins: [originOf(host)] })) granted.push(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
  if (granted.length)
    await browser.scripting.registerContentScripts([
      {
        id: CUSTOM_SCRIPT_ID,
        matches: granted.map(originOf),
        js: ['content-scripts/overlay.js'],
        runAt: 'document_idle',
      },
    ]);
  return granted;
}

export async function saveCustomInstances(
  input: readonly string[],
  database: VoceroDB = db(),
): Promise<string[]> {
  const hosts = cleanInstanceList(input);
  await setSetting('mastodonInstances', hosts, database);
  return registerCustomInstances(database);
}
