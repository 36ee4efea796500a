import type { ReactNode } from 'react';
import { t } from '@/components/i18n';
import { useLanguage } from '@/components/i18n/useLanguage';
import { ROUTES, ROUTE_LABEL, type Route } from './routes';
import { useHashRoute } from './useHashRoute';
import { LogPage } from './pages/LogPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { SettingsPage } from './pages/SettingsPage';

const PAGES: Record<Route, () => ReactNode> = {
  templates: () => <PlaceholderPage intro="page_templates_intro" />,
  voice: () => <PlaceholderPage intro="page_voice_intro" />,
  people: () => <PlaceholderPage intro="page_people_intro" />,
  log: () => <LogPage />,
  reports: () => <PlaceholderPage intro="page_reports_intro" />,
  backup: () => <PlaceholderPage intro="page_backup_intro" />,
  settings: () => <SettingsPage />,
};

export function OptionsApp() {
  const lang = useLanguage();
  const route = useHashRoute();
  if (lang === undefined) return null;
  return (
    <div className="options" lang={lang}>
      <nav className="options-nav" aria-label={t('options_title')}>
        <strong className="brand">{t('options_title')}</strong>
        {ROUTES.map((name) => (
          <a key={name} href={`#/${name}`} aria-current={name === route ? 'page' : undefined}>
            {t(ROUTE_LABEL[name])}
          </a>
        ))}
      </nav>
      <main className="options-main" data-route={route}>
        <h1>{t(ROUTE_LABEL[route])}</h1>
        {PAGES[route]()}
      </main>
    </div>
  );
}
