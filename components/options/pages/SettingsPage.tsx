import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '@/components/i18n';
import { getSettings, setSetting, type UiLanguage } from '@/storage/settings';
import { BrandRules } from './BrandRules';
import { CrisisSettings } from './CrisisSettings';
import { MastodonInstances } from './MastodonInstances';
import { TagCorrections } from './TagCorrections';

const LANGUAGES: { value: UiLanguage; label: Parameters<typeof t>[0] }[] = [
  { value: 'auto', label: 'settings_language_auto' },
  { value: 'es', label: 'settings_language_es' },
  { value: 'en', label: 'settings_language_en' },
];

export function SettingsPage() {
  const settings = useLiveQuery(() => getSettings());
  if (!settings) return null;
  return (
    <section>
      <p>{t('page_settings_intro')}</p>
      <label className="field">
        <span>{t('settings_language')}</span>
        <select
          data-testid="settings-language"
          value={settings.language}
          onChange={(event) => void setSetting('language', event.target.value as UiLanguage)}
        >
          {LANGUAGES.map(({ value, label }) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <BrandRules rules={settings.brandRules} />
      <TagCorrections />
      <CrisisSettings crisis={settings.crisis} />
      <MastodonInstances hosts={settings.mastodonInstances} />
    </section>
  );
}
