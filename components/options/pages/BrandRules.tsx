import { useState } from 'react';
import { t } from '@/components/i18n';
import { INTENTS, type Intent, type Sentiment } from '@/storage/entities';
import { setSetting, type BrandRule } from '@/storage/settings';

const MAX_PHRASE = 100;

/** Phrases that force a tag before the model (settings.brandRules); saved as the CM edits. */
export function BrandRules({ rules }: { rules: BrandRule[] }) {
  const [draft, setDraft] = useState('');
  const save = (next: BrandRule[]) => void setSetting('brandRules', next);
  const update = (index: number, patch: Partial<BrandRule>) =>
    save(rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));

  return (
    <fieldset className="group" data-testid="brand-rules">
      <legend>{t('settings_rules')}</legend>
      <p className="muted">{t('settings_rules_help')}</p>
      {rules.map((rule, index) => (
        <div className="rule" key={`${index}:${rule.phrase}`}>
          <strong>{rule.phrase}</strong>
          <select
            aria-label={t('settings_rules_sentiment')}
            value={rule.sentiment ?? ''}
            onChange={(event) =>
              update(index, { sentiment: (event.target.value || undefined) as Sentiment | undefined })
            }
          >
            <option value="">{t('settings_rules_keep')}</option>
            {(['positive', 'neutral', 'negative'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`badge_${s}`)}
              </option>
            ))}
          </select>
          {INTENTS.map((intent) => (
            <label key={intent} className="check">
              <input
                type="checkbox"
                checked={rule.intent?.includes(intent) ?? false}
                onChange={(event) => {
                  const set = new Set<Intent>(rule.intent ?? []);
                  if (event.target.checked) set.add(intent);
                  else set.delete(intent);
                  update(index, { intent: INTENTS.filter((i) => set.has(i)) });
                }}
              />
              {t(`intent_${intent}`)}
            </label>
          ))}
          <button type="button" onClick={() => save(rules.filter((_, i) => i !== index))}>
            {t('settings_rules_remove')}
          </button>
        </div>
      ))}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const phrase = draft.trim().slice(0, MAX_PHRASE);
          if (!phrase || rules.some((r) => r.phrase.toLowerCase() === phrase.toLowerCase())) return;
          save([...rules, { phrase }]);
          setDraft('');
        }}
      >
        <input
          value={draft}
          maxLength={MAX_PHRASE}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('settings_rules_phrase')}
          aria-label={t('settings_rules_phrase')}
        />
        <button type="submit">{t('settings_rules_add')}</button>
      </form>
    </fieldset>
  );
}
