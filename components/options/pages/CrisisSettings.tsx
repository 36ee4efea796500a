import { t } from '@/components/i18n';
import { setSetting, type Settings } from '@/storage/settings';

const clamp = (n: number, min: number, max: number) =>
  Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;

/** The crisis warning's threshold (settings.crisis). */
export function CrisisSettings({ crisis }: { crisis: Settings['crisis'] }) {
  return (
    <fieldset className="group" data-testid="crisis-settings">
      <legend>{t('settings_crisis')}</legend>
      <p className="muted">{t('settings_crisis_help')}</p>
      <div className="inline-form">
        <label className="field">
          <span>{t('settings_crisis_threshold')}</span>
          <input
            type="number"
            min={5}
            max={100}
            value={Math.round(crisis.threshold * 100)}
            onChange={(event) =>
              void setSetting('crisis', {
                ...crisis,
                threshold: clamp(Number(event.target.value), 5, 100) / 100,
              })
            }
          />
        </label>
        <label className="field">
          <span>{t('settings_crisis_min')}</span>
          <input
            type="number"
            min={1}
            max={1000}
            value={crisis.minItems}
            onChange={(event) =>
              void setSetting('crisis', {
                ...crisis,
                minItems: clamp(Math.round(Number(event.target.value)), 1, 1000),
              })
            }
          />
        </label>
      </div>
    </fieldset>
  );
}
