import { useMemo, type ReactNode } from 'react';
import type { Lang } from '@/components/i18n';
import { sentimentShare, type Report } from '@/core/reports/aggregate';
import { actionKey, networkLabel, SENTIMENT_KEY } from '@/components/options/log/labels';
import { flagKindLabel } from '@/core/people/flagKinds';
import { BarChart, COLORS } from './BarChart';
import { longDay, percent, rt, shortDay } from './reportText';

function Table({ head, rows, testId }: { head: string[]; rows: (string | number)[][]; testId?: string }) {
  return (
    <table className="report-table" data-testid={testId}>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Card({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <section className="report-card" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** "@laura_m (X)" from "x:laura_m". */
const personLabel = (key: string) => {
  const [network, ...handle] = key.split(':');
  return `@${handle.join(':')} (${networkLabel(network ?? '')})`;
};

/**
 * The report: key figures, the five charts with their figures, escalations and flagged people, all in
 * `lang`. `chart` holds the per-day series (a daily report shows the week up to that day for context).
 */
export function ReportView({
  report,
  chart,
  lang,
  generatedAt,
}: {
  report: Report;
  chart: { perDay: Report['perDay']; people: Report['people'] };
  lang: Lang;
  generatedAt: string;
}) {
  const r = (key: Parameters<typeof rt>[1], subs?: (string | number)[]) => rt(lang, key, subs);
  const { totals } = report;
  const title =
    report.period === 'day'
      ? r('report_title_day', [longDay(lang, report.from)])
      : r('report_title_week', [longDay(lang, report.from), longDay(lang, report.to)]);
  const sentimentLabel = (s: string) => r(SENTIMENT_KEY[s]!);
  const charts = useMemo(() => {
    const days = chart.perDay.days.map((day) => shortDay(lang, day));
    const networks = report.sentimentByNetwork.map((n) => networkLabel(n.network));
    const shares = report.sentimentByNetwork.map(sentimentShare);
    return {
      perDay: {
        labels: days,
        series: [{ label: r('report_total'), color: COLORS.accent, values: chart.perDay.counts }],
      },
      share: {
        labels: networks,
        stacked: true,
        unit: '%',
        series: (['positive', 'neutral', 'negative'] as const).map((s) => ({
          label: sentimentLabel(s),
          color: COLORS[s],
          values: shares.map((share) => Math.round(share[s] * 1000) / 10),
        })),
      },
      templates: {
        labels: report.topTemplates
          .slice(0, 8)
          .map(([name]) => (name.length > 11 ? `${name.slice(0, 10)}…` : name)),
        series: [
          {
            label: r('report_count'),
            color: COLORS.blue,
            values: report.topTemplates.slice(0, 8).map(([, n]) => n),
          },
        ],
      },
      replies: {
        labels: report.repliesByNetwork.map(([network]) => networkLabel(network)),
        series: [
          {
            label: r('report_count'),
            color: COLORS.accent,
            values: report.repliesByNetwork.map(([, n]) => n),
          },
        ],
      },
      people: {
        labels: days,
        series: [{ label: r('report_distinct'), color: COLORS.blue, values: chart.people.distinct }],
      },
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report, chart, lang]);

  const actionName = (action: string) => {
    const key = actionKey(action);
    return key ? r(key) : action;
  };
  return (
    <article className="report" lang={lang} data-testid="report">
      <header className="report-header">
        <h2 data-testid="report-title">{title}</h2>
        <p className="muted">{r('report_generated', [generatedAt])}</p>
      </header>
      <div className="report-kpis" data-testid="report-kpis">
        <div>
          <strong>{totals.total}</strong>
          <span>{r('report_total')}</span>
        </div>
        {Object.entries(totals.byAction)
          .sort((a, b) => b[1] - a[1])
          .map(([action, n]) => (
            <div key={action}>
              <strong>{n}</strong>
              <span>{actionName(action)}</span>
            </div>
          ))}
        <div>
          <strong>{report.people.total}</strong>
          <span>{r('report_distinct')}</span>
        </div>
      </div>
      {totals.total === 0 && <p className="muted">{r('reports_empty')}</p>}
      <div className="report-grid">
        <Card title={r('reports_perDay')} testId="chart-per-day">
          <BarChart {...charts.perDay} height={170} />
        </Card>
        <Card title={r('reports_sentimentShare')} testId="chart-sentiment">
          <BarChart {...charts.share} height={170} />
          <Table
            head={[
              r('report_network'),
              sentimentLabel('positive'),
              sentimentLabel('neutral'),
              sentimentLabel('negative'),
            ]}
            rows={report.sentimentByNetwork.map((n) => {
              const share = sentimentShare(n);
              return [
                networkLabel(n.network),
                percent(share.positive),
                percent(share.neutral),
                percent(share.negative),
              ];
            })}
            testId="table-sentiment"
          />
        </Card>
        <Card title={r('reports_topTemplates')} testId="chart-templates">
          <BarChart {...charts.templates} height={150} />
          <Table
            head={[r('report_template'), r('report_count')]}
            rows={report.topTemplates.slice(0, 5)}
            testId="table-templates"
          />
        </Card>
        <Card title={r('reports_repliesNetwork')} testId="chart-replies">
          <BarChart {...charts.replies} height={150} />
          <Table
            head={[r('report_network'), r('report_count')]}
            rows={report.repliesByNetwork.map(([network, n]) => [networkLabel(network), n])}
            testId="table-replies"
          />
        </Card>
        <Card title={r('reports_people')} testId="chart-people">
          <BarChart {...charts.people} height={150} />
          <Table
            head={[r('report_person'), r('report_count')]}
            rows={report.people.top.slice(0, 5).map(([key, n]) => [personLabel(key), n])}
            testId="table-people"
          />
        </Card>
        <Card title={r('report_escalations')} testId="report-escalations">
          {report.escalations.length === 0 ? (
            <p className="muted">{r('report_none')}</p>
          ) : (
            <ul className="report-list">
              {report.escalations.slice(0, 10).map((row, i) => (
                <li key={i}>
                  <span className="muted">
                    {row.timestamp.slice(report.period === 'day' ? 11 : 5, 16).replace('T', ' ')}
                  </span>{' '}
                  {networkLabel(row.platform)} @{row.author}: {(row.note || row.itemText || '').slice(0, 120)}
                </li>
              ))}
            </ul>
          )}
          <h3>{r('report_flagged')}</h3>
          {report.flagged.length === 0 ? (
            <p className="muted">{r('report_none')}</p>
          ) : (
            <ul className="report-list">
              {report.flagged.slice(0, 10).map(([key, flag]) => (
                <li key={key}>
                  {personLabel(key)}: {flagKindLabel(flag, lang)}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </article>
  );
}
