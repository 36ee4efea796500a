import { useDeferredValue, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { t, tn, uiLanguage } from '@/components/i18n';
import { BUILT_IN_FLAG_KINDS, flagKindLabel, isBuiltInFlagKind } from '@/core/people/flagKinds';
import { groupPeople, type PersonGroup } from '@/core/people/groups';
import { searchPeople, type PeopleSort } from '@/core/people/search';
import { localDay } from '@/core/time';
import { downloadText } from '@/components/ui/download';
import { db } from '@/storage/db';
import type { Person } from '@/storage/entities';
import {
  confirmAutomatic,
  dismissAutomatic,
  exportPeopleCsv,
  flagAuthor,
  mergePeople,
  setPersonNote,
  unflagAuthor,
  unmergePerson,
} from '@/storage/people';
import { getPeopleRules } from '@/storage/peopleRules';
import { CsvImport } from '../people/CsvImport';
import { PeopleList } from '../people/PeopleList';
import type { RowActions } from '../people/PersonRow';
import { RulesForm } from '../people/RulesForm';
import '../people/people.css';

const SORTS: PeopleSort[] = ['lastSeen', 'name', 'interactions', 'flag'];
type Origin = 'any' | 'auto' | 'manual';

// Every change goes through storage/people.ts: flag and unflag are logged like on the page.
const actions: RowActions = {
  toggle: () => undefined, // replaced per render (needs the selection state)
  setFlag: (group, kind) =>
    void (async () => {
      for (const m of group.members)
        if (kind) await flagAuthor({ platform: m.platform, handle: m.handle, flag: kind });
        else if (m.flag) await unflagAuthor(m.platform, m.handle);
    })(),
  confirm: (group) =>
    void (async () => {
      for (const m of group.members) if (m.automatic) await confirmAutomatic(m.id!);
    })(),
  dismiss: (group) =>
    void (async () => {
      for (const m of group.members) if (m.automatic) await dismissAutomatic(m.id!);
    })(),
  setNote: (group: PersonGroup<Person>, note: string) => void setPersonNote(group.head.id!, note),
  separate: (person) => void unmergePerson(person.id!),
};

export function PeoplePage() {
  const people = useLiveQuery(() => db().people.toArray(), []);
  const rules = useLiveQuery(() => getPeopleRules(), []);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<PeopleSort>('lastSeen');
  const [flag, setFlag] = useState<string | undefined>(undefined);
  const [origin, setOrigin] = useState<Origin>('any');
  const [selected, setSelected] = useState<number[]>([]);
  const query = useDeferredValue(text);

  const groups = useMemo(() => groupPeople(people ?? []), [people]);
  const customKinds = useMemo(
    () => [...new Set(groups.map((g) => g.flag).filter((k) => k && !isBuiltInFlagKind(k)))].sort(),
    [groups],
  );
  const shown = useMemo(
    () =>
      searchPeople(groups, {
        text: query,
        sort,
        flag,
        automatic: origin === 'any' ? undefined : origin === 'auto',
      }),
    [groups, query, sort, flag, origin],
  );
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const rowActions = useMemo<RowActions>(
    () => ({
      ...actions,
      toggle: (id) =>
        setSelected((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])),
    }),
    [],
  );

  if (!people || !rules) return null;
  const lang = uiLanguage();
  const merge = async () => {
    const chosen = selected.map((id) => groups.find((g) => g.id === id)).filter((g) => g !== undefined);
    const [into] = chosen;
    if (!into || chosen.length < 2) return;
    await mergePeople(
      chosen.flatMap((g) => g.members.map((m) => m.id!)),
      into.id,
    );
    setSelected([]);
  };
  const exportCsv = async () =>
    downloadText(`vocero-people-${localDay()}.csv`, await exportPeopleCsv(), 'text/csv');

  return (
    <section className="people-page">
      <p>{t('page_people_intro')}</p>
      <div className="people-toolbar">
        <input
          type="search"
          className="people-search"
          data-testid="people-search"
          value={text}
          placeholder={t('people_search')}
          aria-label={t('people_search')}
          onChange={(event) => setText(event.target.value)}
        />
        <label>
          {t('people_sort')}{' '}
          <select
            data-testid="people-sort"
            value={sort}
            onChange={(event) => setSort(event.target.value as PeopleSort)}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`people_sort_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('people_filter_flag')}{' '}
          <select
            data-testid="people-filter-flag"
            value={flag ?? '*'}
            onChange={(event) => setFlag(event.target.value === '*' ? undefined : event.target.value)}
          >
            <option value="*">{t('people_filter_all')}</option>
            <option value="">{t('people_filter_unflagged')}</option>
            {[...BUILT_IN_FLAG_KINDS, ...customKinds].map((kind) => (
              <option key={kind} value={kind}>
                {flagKindLabel(kind, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('people_filter_origin')}{' '}
          <select
            data-testid="people-filter-origin"
            value={origin}
            onChange={(event) => setOrigin(event.target.value as Origin)}
          >
            <option value="any">{t('people_filter_origin_any')}</option>
            <option value="auto">{t('people_filter_origin_auto')}</option>
            <option value="manual">{t('people_filter_origin_manual')}</option>
          </select>
        </label>
        <button type="button" data-testid="people-export" onClick={() => void exportCsv()}>
          {t('people_export')}
        </button>
      </div>
      <div className="people-status">
        <span data-testid="people-count" className="muted">
          {tn('people_count', groups.length, [
            shown.length.toLocaleString(lang),
            groups.length.toLocaleString(lang),
          ])}
        </span>
        {selected.length >= 2 ? (
          <>
            <button type="button" data-testid="people-merge" onClick={() => void merge()}>
              {t('people_merge', [selected.length])}
            </button>
            <button type="button" className="link" onClick={() => setSelected([])}>
              {t('people_clearSelection')}
            </button>
          </>
        ) : (
          <span className="muted">{t('people_merge_help')}</span>
        )}
      </div>
      {groups.length === 0 ? (
        <p className="muted">{t('people_empty')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('people_noMatch')}</p>
      ) : (
        <PeopleList groups={shown} selected={selectedSet} customKinds={customKinds} actions={rowActions} />
      )}
      <RulesForm rules={rules} customKinds={customKinds} />
      <CsvImport />
    </section>
  );
}
