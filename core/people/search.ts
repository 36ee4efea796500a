// Search, filter and sort of the people list. A simple, predictable search: every word of the query must
// occur (accent- and case-insensitive) in the person's names, handles or notes. 10,000 people: a few ms.
import { fold, type PersonGroup } from './groups';

export type PeopleSort = 'name' | 'lastSeen' | 'interactions' | 'flag';

export interface PeopleQuery {
  text?: string;
  /** A flag kind, "" for unflagged people only, or undefined for everyone. */
  flag?: string;
  /** true: automatic flags only; false: manual flags only; undefined: both. */
  automatic?: boolean;
  sort?: PeopleSort;
  /** Default: ascending for name and flag, descending (newest, most) for last seen and interactions. */
  descending?: boolean;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Each group's place in name order, computed once per list (so every sort compares numbers). */
const nameRanks = new WeakMap<readonly PersonGroup[], Map<PersonGroup, number>>();
function rankByName(groups: readonly PersonGroup[]): Map<PersonGroup, number> {
  let ranks = nameRanks.get(groups);
  if (!ranks) {
    const sorted = [...groups].sort((a, b) => collator.compare(a.displayName, b.displayName) || a.id - b.id);
    ranks = new Map(sorted.map((g, i) => [g, i]));
    nameRanks.set(groups, ranks);
  }
  return ranks;
}

export function searchPeople<G extends PersonGroup>(groups: readonly G[], query: PeopleQuery = {}): G[] {
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const result = groups.filter((g) => {
    if (query.flag !== undefined && g.flag !== query.flag) return false;
    if (query.automatic !== undefined && (!g.flag || g.automatic !== query.automatic)) return false;
    for (const w of words) if (!g.haystack.includes(w)) return false;
    return true;
  });
  const ranks = rankByName(groups);
  const byName = (a: G, b: G) => ranks.get(a)! - ranks.get(b)!;
  const sort = query.sort ?? 'lastSeen';
  const compare: (a: G, b: G) => number =
    sort === 'name'
      ? byName
      : sort === 'lastSeen'
        ? (a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0)
        : sort === 'interactions'
          ? (a, b) => b.interactionCount - a.interactionCount
          : // Flagged first, by kind; unflagged last.
            (a, b) => (a.flag === b.flag ? 0 : !a.flag ? 1 : !b.flag ? -1 : a.flag < b.flag ? -1 : 1);
  const natural = sort === 'name' || sort === 'flag';
  const descending = query.descending ?? !natural;
  const flip = descending !== !natural;
  result.sort((a, b) => (flip ? -compare(a, b) : compare(a, b)) || byName(a, b));
  return result;
}
