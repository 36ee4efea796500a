import { useLiveQuery } from 'dexie-react-hooks';
import { SelectField } from '@/components/ui/SelectField';
import { t } from '@/components/i18n';
import { getSettings, setSetting, type UiLanguage } from '@/storage/settings';
import { BrandRules } from './BrandRules';
import { CrisisSettings } from './CrisisSettings';
import { MastodonInstances } from './MastodonInstances';
import { SwitchedOffSites } from './SwitchedOffSites';
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
      <SelectField
        label={t('settings_language')}
        testId="settings-language"
        value={settings.language}
        options={LANGUAGES.map(({ value, label }) => [value, t(label)] as const)}
        onChange={(language) => void setSetting('language', language)}
      />
      <BrandRules rules={settings.brandRules} />
      <TagCorrections />
      <CrisisSettings crisis={settings.crisis} />
      <SwitchedOffSites hostnames={settings.disabledSites} />
      <MastodonInstances hosts={settings.mastodonInstances} />
    </section>
  );
}
