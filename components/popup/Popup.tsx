import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { localDay } from '@/core/time';
import { logToCsv, logToJson } from '@/core/export/logExport';
import { t } from '@/components/i18n';
import { useLanguage } from '@/components/i18n/useLanguage';
import { downloadText } from '@/components/ui/download';
import { countOfDay, interactionsOfDay } from '@/storage/interactions';
import { SiteSwitch } from './SiteSwitch';

export function Popup() {
  const lang = useLanguage();
  const day = localDay();
  const total = useLiveQuery(() => countOfDay(day), [day]);

  const exportDay = async (format: 'csv' | 'json') => {
    const rows = await interactionsOfDay(day);
    if (format === 'csv') downloadText(`vocero-${day}.csv`, logToCsv(rows), 'text/csv');
    else downloadText(`vocero-${day}.json`, logToJson(rows), 'application/json');
  };

  if (lang === undefined) return null;
  return (
    <main className="popup" lang={lang}>
      <h1>{t('popup_title')}</h1>
      <section className="today">
        <span className="today-label">{t('popup_todayTotal')}</span>
        <strong className="today-number" data-testid="today-total">
          {total ?? 0}
        </strong>
        {total === 0 && <p className="muted">{t('popup_emptyDay')}</p>}
      </section>
      <SiteSwitch />
      <div className="actions">
        <button type="button" data-testid="export-today-csv" onClick={() => void exportDay('csv')}>
          {t('popup_exportCsv')}
        </button>
        <button type="button" data-testid="export-today-json" onClick={() => void exportDay('json')}>
          {t('popup_exportJson')}
        </button>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_openOptions')}
        </button>
      </div>
    </main>
  );
}
