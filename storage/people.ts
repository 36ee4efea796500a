// People the CM flags (influencer, advocate, detractor, VIP, troll or a custom kind), one row per network and
// handle. The background calls seeAuthors for every batch of items a page shows (last seen, automatic rules)
// and flagAuthor / unflagAuthor from an item's flag button; the options page lists, edits, merges, imports
// and exports them. Flag and unflag are logged as interactions in the same transaction as the change.
import { DEFAULT_FLAG_KIND, normalizeFlagKind } from '@/core/people/flagKinds';
import { evaluateRules, RULE_IDS, type PeopleRules } from '@/core/people/rules';
import { parsePeopleCsv, peopleToCsv, type CsvError, type PersonRecord } from '@/core/people/csv';
import { normalizeHandle, personKey } from '@/core/people/types';
import { localIsoTimestamp } from '@/core/time';
import { PLATFORMS, type Platform } from '@/sites/types';
import { db, type VoceroDB } from './db';
import type { Interaction, Person } from './entities';

export { personKey, normalizeHandle };

/** The item the CM acted on, for the log. */
export interface ItemContext {
  itemId?: string;
  itemUrl?: string;
  itemText?: string;
}

export interface FlagAuthorInput extends ItemContext {
  platform: Platform;
  handle: string;
  displayName?: string;
  profileUrl?: string;
  flag: string;
  note?: string;
  automatic?: boolean;
}

/** How an author is flagged, as the overlay needs it. */
export interface AuthorFlag {
  personId: number;
  flag: string;
  automatic: boolean;
  /** The rule behind an automatic flag. */
  reason: string;
  note: string;
}

/** An author as a page shows them (sites/types.ts ItemAuthor plus the network). */
export interface SeenAuthor {
  platform: Platform;
  handle: string;
  displayName?: string;
  profileUrl?: string;
  verified?: boolean;
  followers?: number | string | null;
}

/** A stored person: by id (options page) or by network and handle (overlay). */
export type PersonRef = number | { platform: Platform; handle: string };

const MAX_NOTE = 5000;
/** seeAuthors writes lastSeen at most this often per person. */
const SEEN_RESOLUTION_MS = 60_000;

const toFlag = (p: Person): AuthorFlag => ({
  personId: p.id!,
  flag: p.flag,
  automatic: p.automatic,
  reason: p.autoReason ?? '',
  note: p.note,
});

function cleanHandle(handle: string): string {
  const clean = normalizeHandle(handle ?? '');
  if (!clean || /\s/.test(clean) || clean.length > 100) throw new Error(`handle: invalid "${handle}"`);
  return clean;
}

function cleanKind(flag: string): string {
  const kind = normalizeFlagKind(flag);
  if (!kind) throw new Error(`flag: invalid kind "${flag}" (letters, digits, spaces, - or _, at most 30)`);
  return kind;
}

const cleanNote = (note: string | undefined) => String(note ?? '').slice(0, MAX_NOTE);

function byKey(database: VoceroDB, platform: Platform, handle: string) {
  return database.people.where('[platform+handle]').equals([platform, handle]);
}

async function resolve(database: VoceroDB, ref: PersonRef): Promise<Person | undefined> {
  if (typeof ref === 'number') return database.people.get(ref);
  return byKey(database, ref.platform, normalizeHandle(ref.handle)).first();
}

/** The interaction row for a flag change, written beside it (counted on the person by the caller). */
function logRow(
  database: VoceroDB,
  person: Person,
  action: 'flag' | 'unflag',
  flag: string,
  ctx: ItemContext,
  timestamp: string,
) {
  const row: Interaction = {
    timestamp,
    day: timestamp.slice(0, 10),
    platform: person.platform,
    action,
    author: person.handle,
    itemId: String(ctx.itemId ?? ''),
    itemUrl: String(ctx.itemUrl ?? ''),
    itemText: String(ctx.itemText ?? ''),
    sentiment: '',
    intent: [],
    template: '',
    replyText: '',
    flag,
    note: person.note,
  };
  return database.interactions.add(row);
}

function newPerson(platform: Platform, handle: string, now: string): Person {
  return {
    platform,
    handle,
    displayName: '',
    profileUrl: '',
    flag: '',
    note: '',
    automatic: false,
    firstSeen: now,
    lastSeen: now,
    interactionCount: 0,
  };
}

/**
 * Flags an author (creating their row if new) and logs a 'flag' interaction in the same transaction.
 * A manual flag replaces an automatic one; an automatic one never replaces a manual one.
 */
export async function flagAuthor(input: FlagAuthorInput, database: VoceroDB = db()): Promise<Person> {
  if (!(PLATFORMS as readonly string[]).includes(input.platform))
    throw new Error(`platform: unknown "${input.platform}"`);
  const handle = cleanHandle(input.handle);
  const flag = cleanKind(input.flag);
  const now = localIsoTimestamp();
  return database.transaction('rw', database.people, database.interactions, async () => {
    const existing = await byKey(database, input.platform, handle).first();
    const person: Person = existing ? { ...existing } : newPerson(input.platform, handle, now);
    if (input.automatic && existing?.flag && !existing.automatic) return existing;
    if (input.displayName) person.displayName = String(input.displayName).slice(0, 200);
    if (input.profileUrl) person.profileUrl = String(input.profileUrl).slice(0, 2000);
    if (input.note !== undefined) person.note = cleanNote(input.note);
    person.flag = flag;
    person.automatic = Boolean(input.automatic);
    if (!person.automatic) {
      delete person.autoReason;
      delete person.confirmed;
    }
    person.lastSeen = now;
    person.interactionCount += 1;
    person.id = await database.people.put(person);
    await logRow(database, person, 'flag', flag, input, now);
    return person;
  });
}

/**
 * Removes an author's flag and logs 'unflag'. Unflagging an automatic flag dismisses its rule; unflagging a
 * manual one dismisses every rule (the CM decided: no rule flags them again). Undefined if not stored.
 */
export async function unflagAuthor(
  platform: Platform,
  handle: string,
  ctx: ItemContext = {},
  database: VoceroDB = db(),
): Promise<Person | undefined> {
  return unflag(database, { platform, handle }, ctx);
}

async function unflag(database: VoceroDB, ref: PersonRef, ctx: ItemContext): Promise<Person | undefined> {
  const now = localIsoTimestamp();
  return database.transaction('rw', database.people, database.interactions, async () => {
    const existing = await resolve(database, ref);
    if (!existing) return undefined;
    if (!existing.flag) return existing;
    const person: Person = { ...existing };
    // Unflagging or dismissing is the CM's decision about this person: no rule flags them again (another
    // rule re-flagging at once, e.g. followers after verified, would undo the CM's click).
    const dismissed = new Set([...(person.dismissedRules ?? []), ...RULE_IDS]);
    const previous = person.flag;
    person.flag = '';
    person.automatic = false;
    person.dismissedRules = [...dismissed];
    delete person.autoReason;
    delete person.confirmed;
    person.interactionCount += 1;
    await database.people.put(person);
    await logRow(database, person, 'unflag', previous, ctx, now);
    return person;
  });
}

/** The CM keeps an automatic flag: it becomes theirs (automatic false, confirmed true), logged as 'flag'. */
export async function confirmAutomatic(
  ref: PersonRef,
  ctx: ItemContext = {},
  database: VoceroDB = db(),
): Promise<Person | undefined> {
  const now = localIsoTimestamp();
  return database.transaction('rw', database.people, database.interactions, async () => {
    const existing = await resolve(database, ref);
    if (!existing?.flag || !existing.automatic) return existing;
    const person: Person = { ...existing, automatic: false, confirmed: true };
    person.interactionCount += 1;
    await database.people.put(person);
    await logRow(database, person, 'flag', person.flag, ctx, now);
    return person;
  });
}

/** The CM rejects an automatic flag: removed, logged as 'unflag', and that rule never flags them again. */
export async function dismissAutomatic(
  ref: PersonRef,
  ctx: ItemContext = {},
  database: VoceroDB = db(),
): Promise<Person | undefined> {
  const existing = await resolve(database, ref);
  if (!existing?.flag || !existing.automatic) return existing;
  return unflag(database, existing.id!, ctx);
}

/** Edits a person's note (the whole group's head note when called with the head's id). */
export async function setPersonNote(ref: PersonRef, note: string, database: VoceroDB = db()): Promise<void> {
  await database.transaction('rw', database.people, async () => {
    const person = await resolve(database, ref);
    if (person) await database.people.update(person.id!, { note: cleanNote(note) });
  });
}

/** Counts one logged interaction on the author's row, if stored. Call it from logInteraction (same tx). */
export async function countInteraction(
  platform: Platform,
  handle: string,
  database: VoceroDB = db(),
  by = 1,
): Promise<void> {
  const clean = normalizeHandle(handle ?? '');
  if (!clean) return;
  await byKey(database, platform, clean).modify((p) => {
    p.interactionCount = (p.interactionCount ?? 0) + by;
  });
}

/** The flags of these authors (only the flagged ones are in the map, keyed by personKey). */
export async function flagsFor(
  keys: readonly { platform: Platform; handle: string }[],
  database: VoceroDB = db(),
): Promise<Map<string, AuthorFlag>> {
  const wanted = uniqueKeys(keys.map((k) => [k.platform, normalizeHandle(k.handle)] as const));
  const result = new Map<string, AuthorFlag>();
  if (!wanted.length) return result;
  const rows = await database.transaction('r', database.people, () => getByKeys(database, wanted));
  for (const p of rows) if (p?.flag) result.set(personKey(p.platform, p.handle), toFlag(p));
  return result;
}

/**
 * The stored rows for these keys, in one read transaction: one indexed get per key, all in flight at once.
 * (Dexie's bulkGet takes primary keys only; `anyOf` on the compound index walks a cursor and is ~100× slower
 * for 500 scattered keys — see tests/bench/people.bench.ts.)
 */
function getByKeys(database: VoceroDB, keys: readonly [Platform, string][]): Promise<(Person | undefined)[]> {
  return Promise.all(keys.map(([platform, handle]) => database.people.get({ platform, handle })));
}

function uniqueKeys(pairs: readonly (readonly [Platform, string])[]): [Platform, string][] {
  const seen = new Set<string>();
  const out: [Platform, string][] = [];
  for (const [platform, handle] of pairs) {
    if (!handle) continue;
    const key = personKey(platform, handle);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([platform, handle]);
  }
  return out;
}

export interface SeeOptions {
  rules: PeopleRules;
  /** Comments by each author on this page so far (keyed by personKey); the batch's own count is the floor. */
  commentsOnPage?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  now?: string;
}

/**
 * For each batch of items a page shows: refreshes last seen (and name/profile) of known people, applies the
 * automatic rules, and returns the flag of every flagged author of the batch, keyed by personKey.
 * Precedence: a manual flag wins; an automatic flag stays; a dismissed rule never flags again.
 * One indexed get per author (all in flight) and one bulk write per batch; automatic flags are not logged (they are not the CM's act).
 */
export async function seeAuthors(
  authors: readonly SeenAuthor[],
  options: SeeOptions,
  database: VoceroDB = db(),
): Promise<Map<string, AuthorFlag>> {
  const now = options.now ?? localIsoTimestamp();
  const counts = options.commentsOnPage;
  const pageCount = (key: string): number =>
    (counts instanceof Map ? counts.get(key) : (counts as Record<string, number> | undefined)?.[key]) ?? 0;
  const batch = new Map<string, { author: SeenAuthor; handle: string; count: number }>();
  for (const author of authors) {
    const handle = normalizeHandle(author.handle ?? '');
    if (!handle || !(PLATFORMS as readonly string[]).includes(author.platform)) continue;
    const key = personKey(author.platform, handle);
    const entry = batch.get(key);
    if (entry) {
      entry.count += 1;
      // The richest sighting wins (a later item may show the verified mark or the follower count).
      if (author.verified) entry.author = { ...entry.author, verified: true };
      if (author.followers != null && entry.author.followers == null)
        entry.author = { ...entry.author, followers: author.followers };
    } else batch.set(key, { author, handle, count: 1 });
  }
  const result = new Map<string, AuthorFlag>();
  if (!batch.size) return result;
  const keys = [...batch.values()].map((e) => [e.author.platform, e.handle] as [Platform, string]);
  const nowMs = Date.parse(now);

  return database.transaction('rw', database.people, async () => {
    const stored = await getByKeys(database, keys);
    const known = new Map<string, Person>();
    for (const p of stored) if (p) known.set(personKey(p.platform, p.handle), p);
    const writes: Person[] = [];
    for (const [key, { author, handle, count }] of batch) {
      const existing = known.get(key);
      let person = existing;
      let changed = false;
      if (person && !(Date.parse(person.lastSeen) > nowMs - SEEN_RESOLUTION_MS)) {
        person = { ...person, lastSeen: now };
        changed = true;
      }
      const name = author.displayName ? String(author.displayName).slice(0, 200) : '';
      const url = author.profileUrl ? String(author.profileUrl).slice(0, 2000) : '';
      if (person && ((name && name !== person.displayName) || (url && url !== person.profileUrl))) {
        person = { ...person, displayName: name || person.displayName, profileUrl: url || person.profileUrl };
        changed = true;
      }
      if (!person?.flag) {
        const match = evaluateRules(
          options.rules,
          author,
          { commentsOnPage: Math.max(count, pageCount(key)) },
          person?.dismissedRules ?? [],
        );
        if (match) {
          person = {
            ...(person ?? { ...newPerson(author.platform, handle, now), displayName: name, profileUrl: url }),
            flag: match.flag,
            automatic: true,
            autoReason: match.reason,
          };
          changed = true;
        }
      }
      if (person && changed) writes.push(person);
      if (person?.flag && person.id !== undefined) result.set(key, toFlag(person));
    }
    if (writes.length) {
      const ids = await database.people.bulkPut(writes, { allKeys: true });
      writes.forEach((p, i) => {
        p.id = ids[i] as number;
        if (p.flag) result.set(personKey(p.platform, p.handle), toFlag(p));
      });
    }
    return result;
  });
}

// ---- merge ------------------------------------------------------------------------------------------------

/**
 * Links rows that are the same person on several networks: every row keeps its own data and points to
 * `intoId` (rows already linked to one of them follow). The head gets the first flag and the notes of the
 * others if it has none; every linked row then carries the head's flag, so each network's overlay shows it.
 */
export async function mergePeople(ids: readonly number[], intoId: number, database: VoceroDB = db()) {
  return database.transaction('rw', database.people, async () => {
    const head = await database.people.get(intoId);
    if (!head) throw new Error(`mergePeople: no person ${intoId}`);
    const direct = (await database.people.bulkGet([...new Set(ids)])).filter(
      (p): p is Person => !!p && p.id !== intoId,
    );
    const absorbed = new Set(direct.map((p) => p.id!));
    // Rows linked to one of the merged rows (or to the head's old head) follow.
    const followers = await database.people
      .filter((p) => p.mergedInto !== undefined && (absorbed.has(p.mergedInto) || p.mergedInto === intoId))
      .toArray();
    const members = [...direct, ...followers.filter((p) => !absorbed.has(p.id!) && p.id !== intoId)];
    const newHead: Person = { ...head };
    delete newHead.mergedInto;
    if (!newHead.flag) {
      const flagged = members.find((p) => p.flag);
      if (flagged) Object.assign(newHead, { flag: flagged.flag, automatic: flagged.automatic });
    }
    const notes = [newHead.note, ...members.map((p) => p.note)].filter(Boolean);
    newHead.note = cleanNote([...new Set(notes)].join('\n'));
    const writes = members.map((p) => {
      const row: Person = { ...p, mergedInto: intoId };
      if (newHead.flag) Object.assign(row, { flag: newHead.flag, automatic: newHead.automatic });
      return row;
    });
    await database.people.bulkPut([newHead, ...writes]);
    return [newHead, ...writes];
  });
}

/** Takes one row out of its group (a head's members then point to the next member). */
export async function unmergePerson(id: number, database: VoceroDB = db()): Promise<void> {
  await database.transaction('rw', database.people, async () => {
    const person = await database.people.get(id);
    if (!person) return;
    if (person.mergedInto !== undefined) {
      const copy = { ...person };
      delete copy.mergedInto;
      await database.people.put(copy);
      return;
    }
    const members = await database.people.filter((p) => p.mergedInto === id).toArray();
    const [next, ...rest] = members;
    if (!next) return;
    const nextHead = { ...next };
    delete nextHead.mergedInto;
    await database.people.bulkPut([nextHead, ...rest.map((p) => ({ ...p, mergedInto: next.id! }))]);
  });
}

// ---- CSV --------------------------------------------------------------------------------------------------

/** Every person as CSV (linked rows name their head in `same_as`), formula cells neutralised. */
export async function exportPeopleCsv(database: VoceroDB = db()): Promise<string> {
  const people = await database.people.toArray();
  const byId = new Map(people.map((p) => [p.id!, p]));
  return peopleToCsv(people, (p) => {
    const head = p.mergedInto !== undefined ? byId.get(p.mergedInto) : undefined;
    return head ? personKey(head.platform, head.handle) : '';
  });
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPreview {
  ok: boolean;
  errors: CsvError[];
  /** Rows of the file that are new people / change a stored one / change nothing. */
  added: PersonRecord[];
  updated: { before: Person; after: PersonRecord }[];
  unchanged: number;
  /** People deleted by 'replace' (not in the file). */
  removed: number;
}

const SAME_FIELDS = ['displayName', 'profileUrl', 'flag', 'note', 'automatic'] as const;

async function plan(text: string, mode: ImportMode, database: VoceroDB) {
  const stored = await database.people.toArray();
  const storedByKey = new Map(stored.map((p) => [personKey(p.platform, p.handle), p]));
  const parsed = parsePeopleCsv(String(text ?? ''), {
    platforms: PLATFORMS,
    now: localIsoTimestamp(),
    knownKeys: mode === 'merge' ? new Set(storedByKey.keys()) : undefined,
  });
  const preview: ImportPreview = {
    ok: parsed.errors.length === 0,
    errors: parsed.errors,
    added: [],
    updated: [],
    unchanged: 0,
    removed: 0,
  };
  if (!preview.ok) return { preview, parsed, storedByKey };
  const inFile = new Set<string>();
  for (const { person } of parsed.rows) {
    const key = personKey(person.platform, person.handle);
    inFile.add(key);
    const before = storedByKey.get(key);
    if (!before) preview.added.push(person);
    else if (SAME_FIELDS.some((f) => before[f] !== person[f]))
      preview.updated.push({ before, after: person });
    else preview.unchanged += 1;
  }
  if (mode === 'replace')
    preview.removed = stored.filter((p) => !inFile.has(personKey(p.platform, p.handle))).length;
  return { preview, parsed, storedByKey };
}

/** What importing this file would do, without writing anything. */
export async function previewPeopleCsv(
  text: string,
  mode: ImportMode,
  database: VoceroDB = db(),
): Promise<ImportPreview> {
  return (await plan(text, mode, database)).preview;
}

/**
 * Imports people from CSV in one transaction, after validating every row: a malformed or hostile file changes
 * nothing and the result says why (row-numbered errors). 'merge' updates people in the file and keeps the
 * others (first seen: the earliest, last seen and count: the latest/highest); 'replace' makes the stored
 * people exactly the file's.
 */
export async function importPeopleCsv(
  text: string,
  mode: ImportMode,
  database: VoceroDB = db(),
): Promise<ImportPreview> {
  return database.transaction('rw', database.people, async () => {
    const { preview, parsed, storedByKey } = await plan(text, mode, database);
    if (!preview.ok) return preview;
    if (mode === 'replace') await database.people.clear();
    const rows: Person[] = parsed.rows.map(({ person }) => {
      const { sameAs: _sameAs, ...fields } = person;
      const before =
        mode === 'merge' ? storedByKey.get(personKey(person.platform, person.handle)) : undefined;
      const row: Person = { ...fields, platform: person.platform as Platform };
      if (before) {
        row.id = before.id;
        if (before.mergedInto !== undefined) row.mergedInto = before.mergedInto;
        if (before.firstSeen < row.firstSeen) row.firstSeen = before.firstSeen;
        if (before.lastSeen > row.lastSeen) row.lastSeen = before.lastSeen;
        row.interactionCount = Math.max(before.interactionCount, row.interactionCount);
        if (!row.dismissedRules && before.dismissedRules) row.dismissedRules = before.dismissedRules;
      }
      if (row.flag && !normalizeFlagKind(row.flag)) row.flag = DEFAULT_FLAG_KIND;
      return row;
    });
    const ids = (await database.people.bulkPut(rows, { allKeys: true })) as number[];
    const idByKey = new Map<string, number>(
      storedByKey.size && mode === 'merge' ? [...storedByKey].map(([k, p]) => [k, p.id!]) : [],
    );
    rows.forEach((r, i) => idByKey.set(personKey(r.platform, r.handle), ids[i]!));
    const links: Person[] = [];
    parsed.rows.forEach(({ person }, i) => {
      if (!person.sameAs) return;
      const headId = idByKey.get(person.sameAs);
      if (headId !== undefined && headId !== ids[i])
        links.push({ ...rows[i]!, id: ids[i]!, mergedInto: headId });
    });
    if (links.length) await database.people.bulkPut(links);
    return preview;
  });
}
