import type { ReactNode } from 'react';
import { t } from '@/components/i18n';
import { useLanguage } from '@/components/i18n/useLanguage';
import { ROUTES, ROUTE_LABEL, type Route } from './routes';
import { useHashRoute } from './useHashRoute';
import { BackupPage } from './pages/BackupPage';
import { LogPage } from './pages/LogPage';
import { PeoplePage } from './pages/PeoplePage';
import { ReportsPage } from './pages/ReportsPage';
import { SettingsPage } from './pages/SettingsPage';
import { TemplatesPage } from './pages/TemplatesPage';
import { VoicePage } from './pages/VoicePage';

/** One page component per route, one file each in pages/. */
const PAGES: Record<Route, () => ReactNode> = {
  templates: () => <TemplatesPage />,
  voice: () => <VoicePage />,
  people: () => <PeoplePage />,
  log: () => <LogPage />,
  reports: () => <ReportsPage />,
  backup: () => <BackupPage />,
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
