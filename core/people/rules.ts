// Automatic flags: an author is flagged when the page shows a verified mark, a follower/subscriber count at
// or above N, or at least N of their comments on one page. Pure: the background passes what the page showed.
import { parseCount } from '../count';
import { DEFAULT_FLAG_KIND, normalizeFlagKind } from './flagKinds';

export const RULE_IDS = ['verified', 'followers', 'comments'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface PeopleRules {
  /** Flag authors the page shows as verified. */
  verified: boolean;
  /** Flag authors with at least this many followers/subscribers (where the page shows it); null = off. */
  minFollowers: number | null;
  /** Flag authors with at least this many comments on one page; null = off. */
  minCommentsOnPage: number | null;
  /** The kind automatic flags get. */
  flagKind: string;
}

export const DEFAULT_PEOPLE_RULES: PeopleRules = {
  verified: true,
  minFollowers: 100_000,
  minCommentsOnPage: null,
  flagKind: DEFAULT_FLAG_KIND,
};

/** What a rule needs to know of an author: the page's verified mark and follower count (parsed or as shown). */
export interface RuleAuthor {
  verified?: boolean;
  followers?: number | string | null;
}

export interface RuleContext {
  /** How many comments by this author the page shows. */
  commentsOnPage?: number;
}

export interface RuleMatch {
  flag: string;
  reason: RuleId;
}

const threshold = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;

/** Every rule this author meets, in RULE_IDS order. */
export function matchingRules(rules: PeopleRules, author: RuleAuthor, context: RuleContext = {}): RuleId[] {
  const matched: RuleId[] = [];
  if (rules.verified && author.verified === true) matched.push('verified');
  const minFollowers = threshold(rules.minFollowers);
  if (minFollowers !== null) {
    const followers = typeof author.followers === 'number' ? author.followers : parseCount(author.followers);
    if (followers !== null && Number.isFinite(followers) && followers >= minFollowers)
      matched.push('followers');
  }
  const minComments = threshold(rules.minCommentsOnPage);
  if (minComments !== null && (context.commentsOnPage ?? 0) >= minComments) matched.push('comments');
  return matched;
}

/**
 * The automatic flag this author gets, or null. `dismissed` lists the rules the CM dismissed for this
 * author: they never flag them again (another rule still may).
 */
export function evaluateRules(
  rules: PeopleRules,
  author: RuleAuthor,
  context: RuleContext = {},
  dismissed: readonly string[] = [],
): RuleMatch | null {
  const reason = matchingRules(rules, author, context).find((id) => !dismissed.includes(id));
  if (!reason) return null;
  return { flag: normalizeFlagKind(rules.flagKind) ?? DEFAULT_FLAG_KIND, reason };
}
