import { useState } from 'react';
import { t } from '@/components/i18n';
import type { PeopleRules } from '@/core/people/rules';
import { setPeopleRules } from '@/storage/peopleRules';
import { FlagSelect } from './FlagSelect';

function Threshold({
  label,
  value,
  fallback,
  testId,
  onChange,
}: {
  label: string;
  value: number | null;
  fallback: number;
  testId: string;
  onChange: (value: number | null) => void;
}) {
  const [draft, setDraft] = useState(String(value ?? fallback));
  const [invalid, setInvalid] = useState(false);
  const commit = (text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) return setInvalid(true);
    setInvalid(false);
    if (n !== value) onChange(n);
  };
  return (
    <div className="people-rule">
      <label>
        <input
          type="checkbox"
          data-testid={`${testId}-on`}
          checked={value !== null}
          onChange={(event) => onChange(event.target.checked ? Math.max(1, Number(draft) || fallback) : null)}
        />{' '}
        {label}
      </label>
      <input
        type="number"
        min={1}
        step={1}
        data-testid={testId}
        aria-label={label}
        disabled={value === null}
        value={draft}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={(event) => commit(event.target.value)}
        onKeyDown={(event) => event.key === 'Enter' && commit(event.currentTarget.value)}
      />
      {invalid && <span className="error">{t('people_rules_invalid')}</span>}
    </div>
  );
}

/** The automatic flag rules (settings key 'peopleRules'); each change is saved at once. */
export function RulesForm({ rules, customKinds }: { rules: PeopleRules; customKinds: readonly string[] }) {
  const save = (patch: Partial<PeopleRules>) => void setPeopleRules(patch);
  return (
    <fieldset className="group" data-testid="people-rules">
      <legend>{t('people_rules')}</legend>
      <p className="muted">{t('people_rules_help')}</p>
      <label className="people-rule">
        <input
          type="checkbox"
          data-testid="people-rules-verified"
          checked={rules.verified}
          onChange={(event) => save({ verified: event.target.checked })}
        />{' '}
        {t('people_rules_verified')}
      </label>
      <Threshold
        label={t('people_rules_minFollowers')}
        value={rules.minFollowers}
        fallback={100_000}
        testId="people-rules-followers"
        onChange={(minFollowers) => save({ minFollowers })}
      />
      <Threshold
        label={t('people_rules_minComments')}
        value={rules.minCommentsOnPage}
        fallback={3}
        testId="people-rules-comments"
        onChange={(minCommentsOnPage) => save({ minCommentsOnPage })}
      />
      <label className="people-rule">
        {t('people_rules_kind')}{' '}
        <FlagSelect
          value={rules.flagKind}
          customKinds={customKinds}
          label={t('people_rules_kind')}
          allowNone={false}
          testId="people-rules-kind"
          onChange={(flagKind) => save({ flagKind })}
        />
      </label>
    </fieldset>
  );
}
