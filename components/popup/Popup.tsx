import { browser } from 'wxt/browser';
import { localDay } from '@/core/time';
import { logToCsv, logToJson } from '@/core/export/logExport';
import { t } from '@/components/i18n';
import { useLanguage } from '@/components/i18n/useLanguage';
import { downloadText } from '@/components/ui/download';
import { interactionsOfDay } from '@/storage/interactions';
import { OpenEscalations } from './OpenEscalations';
import { SiteSwitch } from './SiteSwitch';
import { TodaySummary } from './TodaySummary';

/** The day's log as the contract's CSV or as JSON; marked for the benchmark (tests/bench/log.bench.ts). */
export async function exportDay(day: string, format: 'csv' | 'json'): Promise<void> {
  performance.mark('vocero-export-start');
  const rows = await interactionsOfDay(day);
  const text = format === 'csv' ? logToCsv(rows) : logToJson(rows);
  performance.mark('vocero-export-end');
  performance.measure('vocero-export', 'vocero-export-start', 'vocero-export-end');
  if (format === 'csv') downloadText(`vocero-${day}.csv`, text, 'text/csv');
  else downloadText(`vocero-${day}.json`, text, 'application/json');
}

export function Popup() {
  const lang = useLanguage();
  const day = localDay();
  if (lang === undefined) return null;
  return (
    <main className="popup" lang={lang}>
      <h1>{t('popup_title')}</h1>
      <TodaySummary day={day} />
      <OpenEscalations />
      <SiteSwitch />
      <div className="actions">
        <button type="button" data-testid="export-today-csv" onClick={() => void exportDay(day, 'csv')}>
          {t('popup_exportCsv')}
        </button>
        <button type="button" data-testid="export-today-json" onClick={() => void exportDay(day, 'json')}>
          {t('popup_exportJson')}
        </button>
        <button
          type="button"
          className="link"
          data-testid="open-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup_openOptions')}
        </button>
      </div>
    </main>
  );
}
