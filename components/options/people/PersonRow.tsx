import { memo } from 'react';
import { t, tn, type MessageKey, uiLanguage } from '@/components/i18n';
import type { PersonGroup } from '@/core/people/groups';
import type { Person } from '@/storage/entities';
import { FlagSelect } from './FlagSelect';

export interface RowActions {
  toggle(id: number): void;
  setFlag(group: PersonGroup<Person>, kind: string): void;
  confirm(group: PersonGroup<Person>): void;
  dismiss(group: PersonGroup<Person>): void;
  setNote(group: PersonGroup<Person>, note: string): void;
  separate(person: Person): void;
}

const formatDay = (iso: string, lang: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(lang, { dateStyle: 'medium' });
};

/** One person (all their networks) in the list. Plain text only: names and notes may be hostile. */
export const PersonRow = memo(function PersonRow({
  group,
  selected,
  customKinds,
  actions,
}: {
  group: PersonGroup<Person>;
  selected: boolean;
  customKinds: readonly string[];
  actions: RowActions;
}) {
  const lang = uiLanguage();
  const name = group.displayName;
  const reason = group.members.find((m) => m.automatic && m.flag)?.autoReason;
  return (
    <div
      className="people-row"
      role="row"
      data-testid="people-row"
      data-person-id={group.id}
      data-flag={group.flag || undefined}
      aria-selected={selected}
    >
      <input
        type="checkbox"
        checked={selected}
        aria-label={t('people_select', [name])}
        onChange={() => actions.toggle(group.id)}
      />
      <div className="people-who">
        <strong className="people-name">{name}</strong>
        <span className="people-handles">
          {group.members.map((m, i) => (
            <span key={m.id} className="people-handle" data-platform={m.platform}>
              <span className="people-platform">{m.platform}</span>{' '}
              {m.profileUrl && /^https?:\/\//i.test(m.profileUrl) ? (
                <a href={m.profileUrl} target="_blank" rel="noreferrer noopener">
                  @{m.handle}
                </a>
              ) : (
                `@${m.handle}`
              )}
              {i > 0 && (
                <button
                  type="button"
                  className="link people-separate"
                  title={t('people_separate')}
                  aria-label={`${t('people_separate')} @${m.handle}`}
                  onClick={() => actions.separate(m)}
                >
                  ×
                </button>
              )}
            </span>
          ))}
        </span>
      </div>
      <div className="people-flag">
        <FlagSelect
          value={group.flag}
          customKinds={customKinds}
          label={t('people_flag', [name])}
          onChange={(kind) => actions.setFlag(group, kind)}
        />
        {group.automatic && (
          <span
            className="people-auto"
            title={reason ? t(`people_automatic_reason_${reason}` as MessageKey) : ''}
          >
            {t('people_automatic')}
            <button type="button" className="link" onClick={() => actions.confirm(group)}>
              {t('people_confirm')}
            </button>
            <button type="button" className="link" onClick={() => actions.dismiss(group)}>
              {t('people_dismiss')}
            </button>
          </span>
        )}
      </div>
      <input
        key={group.head.note}
        className="people-note"
        defaultValue={group.head.note}
        placeholder={t('people_notePlaceholder')}
        aria-label={t('people_note', [name])}
        maxLength={5000}
        onBlur={(event) => {
          if (event.target.value !== group.head.note) actions.setNote(group, event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') {
            event.currentTarget.value = group.head.note;
            event.currentTarget.blur();
          }
        }}
      />
      <span className="people-meta muted">
        <span>{t('people_lastSeen', [formatDay(group.lastSeen, lang)])}</span>
        <span>{tn('people_interactions', group.interactionCount)}</span>
      </span>
    </div>
  );
});
