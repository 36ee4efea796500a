// Settings are key/value rows; each key has a typed default here, so a missing row reads as the default.
import { db, type VoceroDB } from './db';

import type { BrandRule } from '@/core/sentiment/brandRules';

export type { BrandRule };
export type UiLanguage = 'auto' | 'es' | 'en';

export interface Settings {
  language: UiLanguage;
  /** Hostnames where the CM switched Vocero off. */
  disabledSites: string[];
  /** Mastodon instances the CM added beyond the built-in list (hostnames). */
  mastodonInstances: string[];
  /** Applied before the model, in order; the first rule whose phrase occurs sets the sentiment. */
  brandRules: BrandRule[];
  /** Crisis warning: share of negative items (0–1) on a page or in the session, once at least minItems. */
  crisis: { threshold: number; minItems: number };
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  disabledSites: [],
  mastodonInstances: [],
  brandRules: [],
  crisis: { threshold: 0.4, minItems: 10 },
};

export async function getSettings(database: VoceroDB = db()): Promise<Settings> {
  const rows = await database.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function setSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  database: VoceroDB = db(),
): Promise<void> {
  await database.settings.put({ key, value });
}

/** Adds or removes a hostname from the sites where Vocero is switched off; returns the new settings. */
export async function setSiteEnabled(
  hostname: string,
  enabled: boolean,
  database: VoceroDB = db(),
): Promise<Settings> {
  return database.transaction('rw', database.settings, async () => {
    const current = (await getSettings(database)).disabledSites.filter((site) => site !== hostname);
    await setSetting('disabledSites', enabled ? current : [...current, hostname], database);
    return getSettings(database);
  });
}
