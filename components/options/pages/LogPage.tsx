import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useState } from 'react';
import { t, tn } from '@/components/i18n';
import { LogFilters } from '@/components/options/log/LogFilters';
import { LogList } from '@/components/options/log/LogList';
import '@/components/options/log/log.css';
import { downloadText } from '@/components/ui/download';
import { logToCsv, logToJson } from '@/core/export/logExport';
import { localDay } from '@/core/time';
import { db } from '@/storage/db';
import type { Interaction } from '@/storage/entities';
import {
  deleteInteractions,
  filteredRows,
  matchingIds,
  undoInteractionsDelete,
  type LogFilter,
} from '@/storage/logQueries';

const UNDO_MS = 10_000;
const NO_IDS: number[] = [];

/** Every interaction, filtered, virtualised; note edits, delete with undo, export of the filtered view. */
export function LogPage() {
  const count = useLiveQuery(() => db().interactions.count());
  const [filter, setFilter] = useState<LogFilter>({});
  // Typing in the search boxes stays responsive; the query follows the latest filter.
  const deferred = useDeferredValue(filter);
  const ids = useLiveQuery(() => matchingIds(deferred), [deferred]);
  const [undo, setUndo] = useState<Interaction[]>();

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const remove = async (which: number[]) => setUndo(await deleteInteractions(which));
  const restore = async () => {
    if (!undo) return;
    setUndo(undefined);
    await undoInteractionsDelete(undo);
  };
  const exportView = async (format: 'csv' | 'json') => {
    const rows = await filteredRows(filter);
    const name = `vocero-log-${filter.from || 'start'}-${filter.to || localDay()}`;
    if (format === 'csv') downloadText(`${name}.csv`, logToCsv(rows), 'text/csv');
    else downloadText(`${name}.json`, logToJson(rows), 'application/json');
  };

  const shown = ids ?? NO_IDS;
  return (
    <section className="log-page">
      <p>{t('page_log_intro')}</p>
      <p data-testid="log-count" className="muted">
        {tn('log_count', count ?? 0)}
      </p>
      <LogFilters filter={filter} onChange={setFilter} />
      <div className="log-toolbar">
        <span data-testid="log-shown" aria-live="polite">
          {tn('log_shown', shown.length, [shown.length.toLocaleString(), (count ?? 0).toLocaleString()])}
        </span>
        <button type="button" data-testid="log-export-csv" onClick={() => void exportView('csv')}>
          {t('log_export_csv')}
        </button>
        <button type="button" data-testid="log-export-json" onClick={() => void exportView('json')}>
          {t('log_export_json')}
        </button>
        {shown.length > 0 && (
          <button
            type="button"
            className="danger"
            data-testid="log-delete-view"
            onClick={() => void remove([...shown])}
          >
            {tn('log_delete_view', shown.length, [shown.length.toLocaleString()])}
          </button>
        )}
      </div>
      {undo && (
        <div className="log-undo" role="status" data-testid="log-undo-bar">
          {tn('log_deleted', undo.length, [undo.length.toLocaleString()])}{' '}
          <button type="button" data-testid="log-undo" onClick={() => void restore()}>
            {t('log_undo')}
          </button>
        </div>
      )}
      {ids && ids.length === 0 ? (
        <p className="muted" data-testid="log-empty">
          {t('log_empty')}
        </p>
      ) : (
        <LogList ids={shown} onDelete={(which) => void remove(which)} />
      )}
    </section>
  );
}
