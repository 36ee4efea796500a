// The people list shows one entry per person: rows linked by mergedInto (the same person on several networks)
// form one group, headed by the row the others point to. Pure.
import type { PersonLike } from './types';

export interface PersonGroup<P extends PersonLike = PersonLike> {
  /** The id of the head row (the one the others are merged into). */
  id: number;
  head: P;
  /** The head first, then the linked rows. */
  members: P[];
  displayName: string;
  /** The group's flag: the head's, else the first flagged member's; "" when none. */
  flag: string;
  automatic: boolean;
  lastSeen: string;
  firstSeen: string;
  interactionCount: number;
  /** Lower-case, accent-free text searched by name, handle and note. */
  haystack: string;
}

/** Lower-case without accents ("Peña" → "pena"), for search. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Follows mergedInto to the head (guarding against cycles and links to rows that are gone). */
function headOf<P extends PersonLike>(person: P, byId: ReadonlyMap<number, P>): P {
  let current = person;
  for (let hops = 0; hops < 10 && current.mergedInto !== undefined; hops++) {
    const next = byId.get(current.mergedInto);
    if (!next || next === current) break;
    current = next;
  }
  return current;
}

export function groupPeople<P extends PersonLike>(people: readonly P[]): PersonGroup<P>[] {
  const byId = new Map<number, P>();
  for (const p of people) if (p.id !== undefined) byId.set(p.id, p);
  const groups = new Map<number, P[]>();
  for (const p of people) {
    if (p.id === undefined) continue;
    const head = headOf(p, byId);
    const list = groups.get(head.id!);
    if (list) list.push(p);
    else groups.set(head.id!, [p]);
  }
  const result: PersonGroup<P>[] = [];
  for (const [id, list] of groups) {
    const head = byId.get(id)!;
    const members = [head, ...list.filter((p) => p !== head)];
    const flagged = head.flag ? head : members.find((p) => p.flag);
    let lastSeen = '';
    let firstSeen = '';
    let interactionCount = 0;
    let haystack = '';
    for (const m of members) {
      if (m.lastSeen > lastSeen) lastSeen = m.lastSeen;
      if (!firstSeen || m.firstSeen < firstSeen) firstSeen = m.firstSeen;
      interactionCount += m.interactionCount;
      haystack += `${m.displayName}\n@${m.handle}\n${m.note}\n`;
    }
    result.push({
      id,
      head,
      members,
      displayName: head.displayName || members.find((m) => m.displayName)?.displayName || head.handle,
      flag: flagged?.flag ?? '',
      automatic: flagged?.automatic ?? false,
      lastSeen,
      firstSeen,
      interactionCount,
      haystack: fold(haystack),
    });
  }
  return result;
}
