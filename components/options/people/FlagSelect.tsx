import { useState } from 'react';
import { t, uiLanguage } from '@/components/i18n';
import { BUILT_IN_FLAG_KINDS, flagKindLabel, normalizeFlagKind } from '@/core/people/flagKinds';

const CUSTOM = '__custom';

/** The flag kinds: none, the built-in ones, the custom ones in use, and "other kind…" (typed in). */
export function FlagSelect({
  value,
  customKinds,
  label,
  onChange,
  allowNone = true,
  testId,
}: {
  value: string;
  customKinds: readonly string[];
  label: string;
  onChange: (kind: string) => void;
  allowNone?: boolean;
  testId?: string;
}) {
  const [typing, setTyping] = useState(false);
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const lang = uiLanguage();
  const kinds = [
    ...BUILT_IN_FLAG_KINDS,
    ...customKinds.filter((k) => !(BUILT_IN_FLAG_KINDS as readonly string[]).includes(k)),
  ];
  if (value && !kinds.includes(value)) kinds.push(value);

  if (typing) {
    const commit = () => {
      const kind = normalizeFlagKind(draft);
      if (!kind) return setInvalid(true);
      setTyping(false);
      setDraft('');
      setInvalid(false);
      onChange(kind);
    };
    return (
      <input
        className="people-kind-input"
        autoFocus
        value={draft}
        maxLength={30}
        aria-label={t('people_flag_customPrompt')}
        placeholder={t('people_flag_customPrompt')}
        aria-invalid={invalid || undefined}
        title={invalid ? t('people_flag_customInvalid') : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => (draft.trim() ? commit() : setTyping(false))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setTyping(false);
        }}
      />
    );
  }
  return (
    <select
      value={value}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        if (event.target.value === CUSTOM) setTyping(true);
        else onChange(event.target.value);
      }}
    >
      {allowNone && <option value="">{t('people_flag_none')}</option>}
      {kinds.map((kind) => (
        <option key={kind} value={kind}>
          {flagKindLabel(kind, lang)}
        </option>
      ))}
      <option value={CUSTOM}>{t('people_flag_custom')}</option>
    </select>
  );
}
