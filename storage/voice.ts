// The brand's voice guide: one row, id "default". Reads fill in defaults; saves trim, drop blank rows,
// validate every field (bounded, within what the backup file format accepts) and stamp updatedAt.
import * as v from 'valibot';
import { localIsoTimestamp } from '@/core/time';
import { PLATFORMS } from '@/sites/types';
import { db, type VoceroDB } from './db';
import type { VoiceGuide } from './entities';

export const VOICE_ID = 'default';

export const DEFAULT_VOICE_GUIDE: VoiceGuide = {
  id: VOICE_ID,
  brandName: '',
  persona: '',
  toneWords: [],
  spanishAddress: 'tu',
  avoid: [],
  preferred: [],
  emojiPolicy: 'few',
  signOffs: [],
  maxLength: {},
  escalationContacts: [],
  updatedAt: '',
};

/** What the form edits: everything but the id and the timestamp. */
export type VoiceGuideDraft = Omit<VoiceGuide, 'id' | 'updatedAt'>;

export const VOICE_LIMITS = {
  brandName: 200,
  persona: 5000,
  word: 100,
  replacement: 200,
  list: 500,
  agent: 100,
  signOff: 300,
  kind: 100,
  name: 200,
  email: 254,
  maxLength: 100_000,
} as const;

const L = VOICE_LIMITS;
const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));
const needed = (max: number) => v.pipe(text(max), v.minLength(1));

const schema = v.strictObject({
  brandName: text(L.brandName),
  persona: text(L.persona),
  toneWords: v.pipe(v.array(needed(L.word)), v.maxLength(L.list)),
  spanishAddress: v.picklist(['tu', 'usted', 'vos']),
  avoid: v.pipe(
    v.array(v.strictObject({ word: needed(L.word), replacement: text(L.replacement) })),
    v.maxLength(L.list),
  ),
  preferred: v.pipe(v.array(needed(L.word)), v.maxLength(L.list)),
  emojiPolicy: v.picklist(['none', 'few', 'free']),
  signOffs: v.pipe(
    v.array(v.strictObject({ agent: text(L.agent), signOff: needed(L.signOff) })),
    v.maxLength(L.list),
  ),
  maxLength: v.record(
    v.picklist(PLATFORMS),
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(L.maxLength)),
  ),
  escalationContacts: v.pipe(
    v.array(
      v.strictObject({
        kind: needed(L.kind),
        name: text(L.name),
        email: v.union([v.literal(''), v.pipe(text(L.email), v.email())]),
      }),
    ),
    v.maxLength(L.list),
  ),
});

export class VoiceGuideError extends Error {
  constructor(
    /** Each problem as "field.path: message". */
    readonly issues: string[],
  ) {
    super(`Invalid voice guide: ${issues.join('; ')}`);
    this.name = 'VoiceGuideError';
  }
}

const blank = (s: string | undefined) => !s?.trim();
const uniqueBy = <T>(rows: T[], key: (row: T) => string) => {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row).trim().toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Keeps the draft's own fields (not id or updatedAt), drops empty rows and repeated entries (the form
 * leaves blank lines while the CM types). */
export function tidyDraft(draft: VoiceGuideDraft): VoiceGuideDraft {
  return {
    brandName: draft.brandName,
    persona: draft.persona,
    spanishAddress: draft.spanishAddress,
    emojiPolicy: draft.emojiPolicy,
    toneWords: uniqueBy(
      draft.toneWords.filter((w) => !blank(w)),
      (w) => w,
    ),
    avoid: uniqueBy(
      draft.avoid.filter((row) => !blank(row.word)),
      (row) => row.word,
    ),
    preferred: uniqueBy(
      draft.preferred.filter((w) => !blank(w)),
      (w) => w,
    ),
    signOffs: uniqueBy(
      draft.signOffs.filter((row) => !blank(row.signOff)),
      (row) => row.agent,
    ),
    maxLength: Object.fromEntries(
      Object.entries(draft.maxLength).filter(([, n]) => n !== undefined && n !== null && !Number.isNaN(n)),
    ),
    escalationContacts: draft.escalationContacts.filter(
      (row) => !(blank(row.kind) && blank(row.name) && blank(row.email)),
    ),
  };
}

/** Validates a draft (after tidyDraft); throws VoiceGuideError listing every problem. */
export function validateVoiceGuide(draft: VoiceGuideDraft): VoiceGuideDraft {
  const result = v.safeParse(schema, tidyDraft(draft));
  if (!result.success)
    throw new VoiceGuideError(
      result.issues.map((issue) => `${v.getDotPath(issue) ?? '(guide)'}: ${issue.message}`),
    );
  return result.output as VoiceGuideDraft;
}

/** The guide, with defaults for anything missing (also when none was ever saved). */
export async function getVoiceGuide(database: VoceroDB = db()): Promise<VoiceGuide> {
  const stored = await database.voice.get(VOICE_ID);
  return { ...DEFAULT_VOICE_GUIDE, ...stored, id: VOICE_ID };
}

/** Validates and saves the guide; returns what was stored. */
export async function saveVoiceGuide(draft: VoiceGuideDraft, database: VoceroDB = db()): Promise<VoiceGuide> {
  const clean = validateVoiceGuide(draft);
  const guide: VoiceGuide = { ...clean, id: VOICE_ID, updatedAt: localIsoTimestamp() };
  await database.voice.put(guide);
  return guide;
}
