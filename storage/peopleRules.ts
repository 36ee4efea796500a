// The automatic flag rules, stored under the settings key 'peopleRules' (a missing or damaged row reads as the
// defaults: verified on, 100,000 followers, comments-on-one-page off, kind "influencer").
import * as v from 'valibot';
import { DEFAULT_FLAG_KIND, normalizeFlagKind } from '@/core/people/flagKinds';
import { DEFAULT_PEOPLE_RULES, type PeopleRules } from '@/core/people/rules';
import { db, type VoceroDB } from './db';

export const PEOPLE_RULES_KEY = 'peopleRules';
export { DEFAULT_PEOPLE_RULES, type PeopleRules };

const threshold = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1e12)));
export const PeopleRulesSchema = v.object({
  verified: v.boolean(),
  minFollowers: threshold,
  minCommentsOnPage: threshold,
  flagKind: v.pipe(
    v.string(),
    v.check(
      (s) => normalizeFlagKind(s) !== null,
      'flagKind: lower-case letters, digits, spaces, - or _, at most 30',
    ),
  ),
});

export async function getPeopleRules(database: VoceroDB = db()): Promise<PeopleRules> {
  const stored = (await database.settings.get(PEOPLE_RULES_KEY))?.value;
  const merged = { ...DEFAULT_PEOPLE_RULES, ...(typeof stored === 'object' && stored ? stored : {}) };
  const result = v.safeParse(PeopleRulesSchema, merged);
  if (!result.success) return { ...DEFAULT_PEOPLE_RULES };
  return { ...result.output, flagKind: normalizeFlagKind(result.output.flagKind) ?? DEFAULT_FLAG_KIND };
}

/** Validates and stores the rules (throws with the field's name when invalid); returns what was stored. */
export async function setPeopleRules(
  rules: Partial<PeopleRules>,
  database: VoceroDB = db(),
): Promise<PeopleRules> {
  return database.transaction('rw', database.settings, async () => {
    const next = { ...(await getPeopleRules(database)), ...rules };
    const result = v.safeParse(PeopleRulesSchema, next);
    if (!result.success) {
      const issue = result.issues[0];
      throw new Error(`peopleRules.${String(issue.path?.[0]?.key ?? '')}: ${issue.message}`);
    }
    const value = { ...result.output, flagKind: normalizeFlagKind(result.output.flagKind)! };
    await database.settings.put({ key: PEOPLE_RULES_KEY, value });
    return value;
  });
}
