import { useLiveQuery } from 'dexie-react-hooks';
import { SelectField } from '@/components/ui/SelectField';
import { useMemo, useState } from 'react';
import { t, uiLanguage, type Lang } from '@/components/i18n';
import { ReportView } from '@/components/options/reports/ReportView';
import '@/components/options/reports/reports.css';
import { addDays, buildReport, peopleSeen, perDay, periodRange, type Period } from '@/core/reports/aggregate';
import { localDay, localIsoTimestamp } from '@/core/time';
import { db } from '@/storage/db';

/** Charts of the log and the printable daily or weekly report, in Spanish or English. */
export function ReportsPage() {
  const [period, setPeriod] = useState<Period>('week');
  const [day, setDay] = useState(localDay());
  const [lang, setLang] = useState<Lang>(uiLanguage());
  const { from, to } = periodRange(period, day);
  // A daily report's per-day charts show the week up to that day, for context.
  const chartFrom = period === 'day' ? addDays(day, -6) : from;
  const rows = useLiveQuery(
    () => db().interactions.where('day').between(chartFrom, to, true, true).toArray(),
    [chartFrom, to],
  );
  const view = useMemo(() => {
    if (!rows) return undefined;
    return {
      report: buildReport(rows, period, from, to),
      chart: { perDay: perDay(rows, chartFrom, to), people: peopleSeen(rows, chartFrom, to) },
      generatedAt: localIsoTimestamp().slice(0, 16).replace('T', ' '),
    };
  }, [rows, period, from, to, chartFrom]);

  return (
    <section className="reports-page">
      <p className="no-print">{t('page_reports_intro')}</p>
      <form className="report-controls no-print" onSubmit={(event) => event.preventDefault()}>
        <SelectField<Period>
          label={t('reports_period')}
          testId="report-period"
          value={period}
          options={[
            ['day', t('reports_day')],
            ['week', t('reports_week')],
          ]}
          onChange={setPeriod}
        />
        <label className="field">
          {t('reports_date')}
          <input
            type="date"
            data-testid="report-date"
            value={day}
            required
            onChange={(e) => e.target.value && setDay(e.target.value)}
          />
        </label>
        <SelectField<Lang>
          label={t('reports_language')}
          testId="report-language"
          value={lang}
          options={[
            ['es', t('settings_language_es')],
            ['en', t('settings_language_en')],
          ]}
          onChange={setLang}
        />
        <button type="button" data-testid="report-print" onClick={() => window.print()}>
          {t('reports_print')}
        </button>
      </form>
      {view && <ReportView {...view} lang={lang} />}
    </section>
  );
}
