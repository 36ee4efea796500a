import { useLiveQuery } from 'dexie-react-hooks';
import { t, uiLanguage } from '@/components/i18n';
import { actionKey, networkLabel, SENTIMENT_KEY } from '@/components/options/log/labels';
import { flagKindLabel } from '@/core/people/flagKinds';
import { ranked, type Counts } from '@/core/reports/aggregate';
import { daySummary, type DaySummary } from '@/storage/summary';

/** Marks for the benchmark (tests/bench/log.bench.ts): from asking the database to having the summary. */
async function measuredSummary(day: string): Promise<DaySummary> {
  performance.mark('vocero-summary-start');
  const summary = await daySummary(day);
  performance.mark('vocero-summary-end');
  performance.measure('vocero-summary', 'vocero-summary-start', 'vocero-summary-end');
  return summary;
}

function Breakdown({
  title,
  counts,
  label,
  testId,
}: {
  title: string;
  counts: Counts;
  label: (key: string) => string;
  testId: string;
}) {
  const entries = ranked(counts);
  if (!entries.length) return null;
  return (
    <div className="breakdown" data-testid={testId}>
      <h2>{title}</h2>
      <ul>
        {entries.map(([key, n]) => (
          <li key={key} data-key={key}>
            <span>{label(key)}</span>
            <strong>{n}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Today's totals by action, sentiment and network, and the flagged people seen today. */
export function TodaySummary({ day }: { day: string }) {
  const summary = useLiveQuery(() => measuredSummary(day), [day]);
  const total = summary?.total ?? 0;
  const actionLabel = (key: string) => {
    const message = actionKey(key);
    return message ? t(message) : key;
  };
  const sentimentLabel = (key: string) => {
    const message = SENTIMENT_KEY[key];
    return message ? t(message) : key;
  };
  return (
    <>
      <section className="today" data-ready={summary ? 'true' : undefined} data-testid="today-summary">
        <span className="today-label">{t('popup_todayTotal')}</span>
        <strong className="today-number" data-testid="today-total">
          {total}
        </strong>
        {summary && total === 0 && <p className="muted">{t('popup_emptyDay')}</p>}
      </section>
      {summary && total > 0 && (
        <section className="breakdowns">
          <Breakdown
            title={t('popup_byAction')}
            counts={summary.byAction}
            label={actionLabel}
            testId="today-by-action"
          />
          <Breakdown
            title={t('popup_bySentiment')}
            counts={summary.bySentiment}
            label={sentimentLabel}
            testId="today-by-sentiment"
          />
          <Breakdown
            title={t('popup_byNetwork')}
            counts={summary.byNetwork}
            label={networkLabel}
            testId="today-by-network"
          />
        </section>
      )}
      {summary && (
        <section className="flagged" data-testid="today-flagged">
          <h2>{t('popup_flaggedToday')}</h2>
          {summary.flaggedSeen.length === 0 ? (
            <p className="muted">{t('popup_noFlagged')}</p>
          ) : (
            <ul>
              {summary.flaggedSeen.slice(0, 8).map((person) => (
                <li key={`${person.platform}:${person.handle}`}>
                  <span className="flag-kind" data-kind={person.flag}>
                    {flagKindLabel(person.flag, uiLanguage())}
                  </span>{' '}
                  @{person.handle} <span className="muted">{networkLabel(person.platform)}</span>
                </li>
              ))}
              {summary.flaggedSeen.length > 8 && <li className="muted">+{summary.flaggedSeen.length - 8}</li>}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
