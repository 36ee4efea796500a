import { t } from '@/components/i18n';
import { ACTIONS } from '@/storage/entities';
import type { LogFilter } from '@/storage/logQueries';
import { PLATFORMS } from '@/sites/types';
import { ACTION_KEY, NETWORK_LABEL, SENTIMENT_KEY } from './labels';

const SENTIMENT_OPTIONS = ['positive', 'neutral', 'negative', 'none'] as const;

/** The filter bar of the log page: every change is applied at once (the list follows live). */
export function LogFilters({
  filter,
  onChange,
}: {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
}) {
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  return (
    <form className="log-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="field">
        {t('log_filter_from')}
        <input
          type="date"
          data-testid="log-filter-from"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label className="field">
        {t('log_filter_to')}
        <input
          type="date"
          data-testid="log-filter-to"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: e.target.value })}
        />
      </label>
      <label className="field">
        {t('log_filter_network')}
        <select
          data-testid="log-filter-network"
          value={filter.platform ?? ''}
          onChange={(e) => set({ platform: e.target.value as LogFilter['platform'] })}
        >
          <option value="">{t('log_filter_any')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {NETWORK_LABEL[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('log_filter_action')}
        <select
          data-testid="log-filter-action"
          value={filter.action ?? ''}
          onChange={(e) => set({ action: e.target.value as LogFilter['action'] })}
        >
          <option value="">{t('log_filter_any')}</option>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(ACTION_KEY[a])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('log_filter_sentiment')}
        <select
          data-testid="log-filter-sentiment"
          value={filter.sentiment ?? ''}
          onChange={(e) => set({ sentiment: e.target.value as LogFilter['sentiment'] })}
        >
          <option value="">{t('log_filter_any')}</option>
          {SENTIMENT_OPTIONS.map((s) => (
            <option key={s} value={s}>
              {t(SENTIMENT_KEY[s]!)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('log_filter_author')}
        <input
          type="search"
          data-testid="log-filter-author"
          value={filter.author ?? ''}
          onChange={(e) => set({ author: e.target.value })}
        />
      </label>
      <label className="field grow">
        {t('log_filter_text')}
        <input
          type="search"
          data-testid="log-filter-text"
          value={filter.text ?? ''}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <button type="button" className="link" data-testid="log-filter-clear" onClick={() => onChange({})}>
        {t('log_filter_clear')}
      </button>
    </form>
  );
}
