import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PEOPLE_RULES } from '@/core/people/rules';
import { db } from '@/storage/db';
import {
  confirmAutomatic,
  countInteraction,
  dismissAutomatic,
  flagAuthor,
  flagsFor,
  mergePeople,
  seeAuthors,
  setPersonNote,
  unflagAuthor,
  unmergePerson,
} from '@/storage/people';
import { getPeopleRules, setPeopleRules } from '@/storage/peopleRules';
import { groupPeople } from '@/core/people/groups';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

const rules = { ...DEFAULT_PEOPLE_RULES, minCommentsOnPage: 3 };

describe('flag and unflag', () => {
  it('upserts by network and handle and logs each change as an interaction', async () => {
    const first = await flagAuthor({
      platform: 'x',
      handle: '@Laura_M',
      displayName: 'Laura M.',
      profileUrl: 'https://x.com/laura_m',
      flag: 'VIP',
      note: 'Periodista',
      itemId: 'x:1',
      itemUrl: 'https://x.com/laura_m/status/1',
      itemText: 'Hola',
    });
    expect(first).toMatchObject({ handle: 'laura_m', flag: 'vip', automatic: false, interactionCount: 1 });
    expect(first.firstSeen).toMatch(/^\d{4}-\d\d-\d\dT/);
    const again = await flagAuthor({ platform: 'x', handle: 'laura_m', flag: 'advocate' });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ flag: 'advocate', note: 'Periodista', displayName: 'Laura M.' });
    const off = await unflagAuthor('x', 'LAURA_M', { itemId: 'x:2' });
    expect(off).toMatchObject({ flag: '', interactionCount: 3 });
    expect(await db().people.count()).toBe(1);
    const log = await db().interactions.orderBy('id').toArray();
    expect(log.map((i) => [i.action, i.author, i.flag, i.itemId])).toEqual([
      ['flag', 'laura_m', 'vip', 'x:1'],
      ['flag', 'laura_m', 'advocate', ''],
      ['unflag', 'laura_m', 'advocate', 'x:2'],
    ]);
    expect(log[0]).toMatchObject({ itemUrl: 'https://x.com/laura_m/status/1', note: 'Periodista' });
    expect(log[0]!.day).toBe(log[0]!.timestamp.slice(0, 10));
  });

  it('refuses an invalid kind or handle and writes nothing', async () => {
    await expect(flagAuthor({ platform: 'x', handle: 'a', flag: '<b>' })).rejects.toThrow(/flag/);
    await expect(flagAuthor({ platform: 'x', handle: '  ', flag: 'vip' })).rejects.toThrow(/handle/);
    await expect(flagAuthor({ platform: 'myspace' as 'x', handle: 'a', flag: 'vip' })).rejects.toThrow(
      /platform/,
    );
    expect(await db().people.count()).toBe(0);
    expect(await db().interactions.count()).toBe(0);
  });

  it('counts interactions logged elsewhere on the author’s row', async () => {
    await flagAuthor({ platform: 'youtube', handle: 'canal', flag: 'troll' });
    await countInteraction('youtube', '@Canal');
    await countInteraction('youtube', 'unknown');
    expect((await db().people.toArray())[0]!.interactionCount).toBe(2);
    expect(await db().people.count()).toBe(1);
  });

  it('edits notes', async () => {
    const p = await flagAuthor({ platform: 'x', handle: 'a', flag: 'vip' });
    await setPersonNote(p.id!, '=HYPERLINK("http://evil")');
    expect((await db().people.get(p.id!))!.note).toBe('=HYPERLINK("http://evil")');
  });
});

describe('seeAuthors', () => {
  const author = (handle: string, extra = {}) => ({
    platform: 'x' as const,
    handle,
    displayName: handle,
    ...extra,
  });

  it('applies the rules to unknown authors and stores only the flagged ones', async () => {
    const flags = await seeAuthors(
      [author('big', { followers: '1.2M' }), author('blue', { verified: true }), author('nobody')],
      { rules },
    );
    expect([...flags.keys()].sort()).toEqual(['x:big', 'x:blue']);
    expect(flags.get('x:big')).toMatchObject({ flag: 'influencer', automatic: true, reason: 'followers' });
    expect(await db().people.count()).toBe(2);
    expect(await db().interactions.count()).toBe(0);
  });

  it('counts comments on the page: the batch itself and what the page reported', async () => {
    const batch = [author('chatty'), author('chatty'), author('chatty'), author('quiet')];
    expect([...(await seeAuthors(batch, { rules })).keys()]).toEqual(['x:chatty']);
    const more = await seeAuthors([author('quiet')], { rules, commentsOnPage: new Map([['x:quiet', 4]]) });
    expect(more.get('x:quiet')?.reason).toBe('comments');
  });

  it('manual beats automatic; dismissed stays dismissed; confirm keeps it as manual', async () => {
    await flagAuthor({ platform: 'x', handle: 'manual', flag: 'detractor' });
    await seeAuthors([author('auto', { verified: true })], { rules });
    const seen = await seeAuthors(
      [author('manual', { verified: true }), author('auto', { verified: true })],
      {
        rules,
      },
    );
    expect(seen.get('x:manual')).toMatchObject({ flag: 'detractor', automatic: false });
    expect(seen.get('x:auto')).toMatchObject({ flag: 'influencer', automatic: true });

    await dismissAutomatic({ platform: 'x', handle: 'auto' });
    const after = await seeAuthors([author('auto', { verified: true })], { rules });
    expect(after.has('x:auto')).toBe(false);
    // Dismissed means no rule flags them again, not even another one.
    const other = await seeAuthors([author('auto', { verified: true, followers: '2M' })], { rules });
    expect(other.has('x:auto')).toBe(false);
    await seeAuthors([author('auto2', { followers: '2M' })], { rules });
    await confirmAutomatic({ platform: 'x', handle: 'auto2' });
    const confirmed = await flagsFor([{ platform: 'x', handle: 'auto2' }]);
    expect(confirmed.get('x:auto2')).toMatchObject({ flag: 'influencer', automatic: false });
    expect((await db().people.where('[platform+handle]').equals(['x', 'auto2']).first())?.confirmed).toBe(
      true,
    );
    // After the CM unflags someone by hand, no rule flags them again either.
    await unflagAuthor('x', 'manual');
    const none = await seeAuthors([author('manual', { verified: true, followers: '9M' })], { rules });
    expect(none.has('x:manual')).toBe(false);
    const actions = (await db().interactions.toArray()).map((i) => `${i.action}:${i.author}`);
    expect(actions).toEqual(['flag:manual', 'unflag:auto', 'flag:auto2', 'unflag:manual']);
  });

  it('updates last seen, names and profile of known people', async () => {
    const p = await flagAuthor({ platform: 'x', handle: 'laura', flag: 'vip' });
    const later = '2099-01-01T10:00:00.000+01:00';
    await seeAuthors([author('laura', { displayName: 'Laura R.', profileUrl: 'https://x.com/laura' })], {
      rules,
      now: later,
    });
    expect(await db().people.get(p.id!)).toMatchObject({
      lastSeen: later,
      displayName: 'Laura R.',
      profileUrl: 'https://x.com/laura',
      firstSeen: p.firstSeen,
    });
  });

  it('ignores authors without a handle', async () => {
    expect((await seeAuthors([author('', { verified: true })], { rules })).size).toBe(0);
  });
});

describe('merge', () => {
  it('links rows across networks, keeps them all, and the list shows one person', async () => {
    const x = await flagAuthor({
      platform: 'x',
      handle: 'laura',
      displayName: 'Laura',
      flag: 'vip',
      note: 'X',
    });
    const yt = (
      await seeAuthors([{ platform: 'youtube', handle: 'lauracanal', verified: true }], { rules })
    ).get('youtube:lauracanal')!;
    const ig = await flagAuthor({ platform: 'instagram', handle: 'laura.ig', flag: 'advocate', note: 'IG' });
    await mergePeople([yt.personId, ig.id!], x.id!);
    const rows = await db().people.toArray();
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.mergedInto === x.id)).toHaveLength(2);
    expect(rows.every((r) => r.flag === 'vip')).toBe(true);
    const groups = groupPeople(rows);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members.map((m) => m.platform)).toEqual(['x', 'youtube', 'instagram']);
    expect(groups[0]!.head.note).toBe('X\nIG');
    // A later merge into another head carries the whole group along.
    const fb = await flagAuthor({ platform: 'facebook', handle: 'lauraf', flag: 'vip' });
    await mergePeople([x.id!], fb.id!);
    expect(groupPeople(await db().people.toArray())).toHaveLength(1);
    await unmergePerson(ig.id!);
    expect(groupPeople(await db().people.toArray())).toHaveLength(2);
  });
});

describe('rules settings', () => {
  it('reads defaults and validates what it stores', async () => {
    expect(await getPeopleRules()).toEqual({
      verified: true,
      minFollowers: 100000,
      minCommentsOnPage: null,
      flagKind: 'influencer',
    });
    await setPeopleRules({ minCommentsOnPage: 4, flagKind: 'VIP' });
    expect(await getPeopleRules()).toMatchObject({ minCommentsOnPage: 4, flagKind: 'vip' });
    await expect(setPeopleRules({ minFollowers: -5 })).rejects.toThrow(/minFollowers/);
    await expect(setPeopleRules({ flagKind: '<script>' })).rejects.toThrow(/flagKind/);
    await db().settings.put({ key: 'peopleRules', value: { verified: 'yes' } });
    expect((await getPeopleRules()).verified).toBe(true);
  });
});
