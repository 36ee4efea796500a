import { t, type MessageKey } from '@/components/i18n';
import { SelectField } from '@/components/ui/SelectField';
import { ACTIONS } from '@/storage/entities';
import type { LogFilter } from '@/storage/logQueries';
import { PLATFORMS } from '@/sites/types';
import { ACTION_KEY, NETWORK_LABEL, SENTIMENT_KEY } from './labels';

const SENTIMENT_OPTIONS = ['positive', 'neutral', 'negative', 'none'] as const;

type TextField = 'from' | 'to' | 'author' | 'text';
type ChoiceField = 'platform' | 'action' | 'sentiment';

interface FieldProps {
  filter: LogFilter;
  set: (patch: Partial<LogFilter>) => void;
  label: MessageKey;
  testId: string;
}

function TextFilter({
  filter,
  set,
  label,
  testId,
  field,
  type,
  grow = false,
}: FieldProps & { field: TextField; type: 'date' | 'search'; grow?: boolean }) {
  return (
    <label className={grow ? 'field grow' : 'field'}>
      {t(label)}
      <input
        type={type}
        data-testid={testId}
        value={filter[field] ?? ''}
        onChange={(e) => set({ [field]: e.target.value })}
      />
    </label>
  );
}

function ChoiceFilter({
  filter,
  set,
  label,
  testId,
  field,
  options,
}: FieldProps & { field: ChoiceField; options: readonly (readonly [value: string, label: string])[] }) {
  return (
    <SelectField
      label={t(label)}
      testId={testId}
      value={filter[field] ?? ''}
      options={[['', t('log_filter_any')], ...options]}
      // The options are exactly the field's values, so the cast cannot let a stranger in.
      onChange={(value) => set({ [field]: value } as Partial<LogFilter>)}
    />
  );
}

/** The filter bar of the log page: every change is applied at once (the list follows live). */
export function LogFilters({
  filter,
  onChange,
}: {
  filter: LogFilter;
  onChange: (filter: LogFilter) => void;
}) {
  const set = (patch: Partial<LogFilter>) => onChange({ ...filter, ...patch });
  const common = { filter, set };
  return (
    <form className="log-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <TextFilter {...common} field="from" type="date" label="log_filter_from" testId="log-filter-from" />
      <TextFilter {...common} field="to" type="date" label="log_filter_to" testId="log-filter-to" />
      <ChoiceFilter
        {...common}
        field="platform"
        label="log_filter_network"
        testId="log-filter-network"
        options={PLATFORMS.map((p) => [p, NETWORK_LABEL[p]] as const)}
      />
      <ChoiceFilter
        {...common}
        field="action"
        label="log_filter_action"
        testId="log-filter-action"
        options={ACTIONS.map((a) => [a, t(ACTION_KEY[a])] as const)}
      />
      <ChoiceFilter
        {...common}
        field="sentiment"
        label="log_filter_sentiment"
        testId="log-filter-sentiment"
        options={SENTIMENT_OPTIONS.map((s) => [s, t(SENTIMENT_KEY[s]!)] as const)}
      />
      <TextFilter
        {...common}
        field="author"
        type="search"
        label="log_filter_author"
        testId="log-filter-author"
      />
      <TextFilter
        {...common}
        field="text"
        type="search"
        label="log_filter_text"
        testId="log-filter-text"
        grow
      />
      <button type="button" className="link" data-testid="log-filter-clear" onClick={() => onChange({})}>
        {t('log_filter_clear')}
      </button>
    </form>
  );
}
