import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { t } from '@/components/i18n';
import type { Interaction } from '@/storage/entities';
import { editNote, rowsByIds } from '@/storage/logQueries';
import { networkLabel, oneActionKey, SENTIMENT_KEY } from './labels';

export const ROW_HEIGHT = 48;
/** Rows are read from the database in chunks around what is on screen, never all at once. */
const CHUNK = 100;
const UNMEASURED = { width: 900, height: 600 };

/** The rows of `ids` that have been read, refreshed whenever the query (ids) changes. */
function useRows(ids: readonly number[], start: number, end: number) {
  const [cache, setCache] = useState<{ ids: readonly number[]; rows: Map<number, Interaction> }>({
    ids,
    rows: new Map(),
  });
  const rows = cache.ids === ids ? cache.rows : new Map<number, Interaction>();
  const first = Math.max(0, Math.floor(start / CHUNK) * CHUNK);
  const last = Math.min(ids.length, Math.ceil((end + 1) / CHUNK) * CHUNK);
  const missing = ids.slice(first, last).some((id) => !rows.has(id));
  useEffect(() => {
    if (!missing) return;
    let live = true;
    void rowsByIds(ids.slice(first, last)).then((read) => {
      if (!live) return;
      setCache((current) => {
        const next = new Map(current.ids === ids ? current.rows : []);
        for (const row of read) next.set(row.id!, row);
        return { ids, rows: next };
      });
    });
    return () => {
      live = false;
    };
  }, [ids, first, last, missing]);
  const patch = (row: Interaction) =>
    setCache((current) => ({ ids: current.ids, rows: new Map(current.rows).set(row.id!, row) }));
  return { rows, patch };
}

function time(timestamp: string) {
  return `${timestamp.slice(0, 10)} ${timestamp.slice(11, 16)}`;
}

function NoteCell({ row, onSaved }: { row: Interaction; onSaved: (row: Interaction) => void }) {
  const [draft, setDraft] = useState<string>();
  if (draft === undefined)
    return (
      <span className="log-note">
        <span className="log-note-text" title={row.note}>
          {row.note}
        </span>
        <button type="button" className="link" data-testid="log-edit-note" onClick={() => setDraft(row.note)}>
          {row.note ? t('log_edit_note') : t('log_add_note')}
        </button>
      </span>
    );
  const save = async () => {
    await editNote(row.id!, draft);
    onSaved({ ...row, note: draft });
    setDraft(undefined);
  };
  return (
    <form
      className="log-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <input
        aria-label={t('log_col_note')}
        data-testid="log-note-input"
        value={draft}
        maxLength={5000}
        autoFocus
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && setDraft(undefined)}
      />
      <button type="submit" data-testid="log-note-save">
        {t('log_save')}
      </button>
      <button type="button" onClick={() => setDraft(undefined)}>
        {t('log_cancel')}
      </button>
    </form>
  );
}

function Row({
  row,
  onDelete,
  onSaved,
}: {
  row: Interaction;
  onDelete: (id: number) => void;
  onSaved: (row: Interaction) => void;
}) {
  const action = oneActionKey(row.action);
  const sentiment = SENTIMENT_KEY[row.sentiment || 'none'];
  const text = row.replyText || row.itemText;
  return (
    <>
      <span className="log-time">{time(row.timestamp)}</span>
      <span>{networkLabel(row.platform)}</span>
      <span className="log-action">{action ? t(action) : row.action}</span>
      <span className="log-author" title={row.author}>
        {row.author ? `@${row.author}` : ''}
      </span>
      <span className="log-text" title={text}>
        {row.template && <span className="log-template">{row.template}</span>} {text}
      </span>
      <span className={`log-sentiment s-${row.sentiment || 'none'}`}>{sentiment ? t(sentiment) : ''}</span>
      <NoteCell row={row} onSaved={onSaved} />
      <button
        type="button"
        className="link danger"
        data-testid="log-delete"
        aria-label={t('log_delete')}
        onClick={() => onDelete(row.id!)}
      >
        {t('log_delete')}
      </button>
    </>
  );
}

/** The matching rows, virtualised: only the rows on screen (plus a few) are in the DOM. */
export function LogList({ ids, onDelete }: { ids: readonly number[]; onDelete: (ids: number[]) => void }) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the hook re-renders us
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Where layout is not measured (tests, a hidden tab) the scroller reports 0 × 0: assume a screenful.
    initialRect: UNMEASURED,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED)),
    getItemKey: (index) => ids[index] ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const { rows, patch } = useRows(ids, items[0]?.index ?? 0, items.at(-1)?.index ?? 0);
  return (
    <div className="log-list" role="table" aria-rowcount={ids.length}>
      <div className="log-row log-head" role="row">
        {[
          'log_col_time',
          'log_filter_network',
          'log_filter_action',
          'log_filter_author',
          'log_col_text',
          'log_filter_sentiment',
          'log_col_note',
        ].map((key) => (
          <span key={key} role="columnheader">
            {t(key as Parameters<typeof t>[0])}
          </span>
        ))}
        <span />
      </div>
      <div className="log-scroller" ref={scroller} data-testid="log-scroller">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids[item.index]!;
            const row = rows.get(id);
            return (
              <div
                key={item.key}
                className="log-row"
                role="row"
                data-testid="log-row"
                data-id={id}
                data-index={item.index}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {row ? <Row row={row} onDelete={(rowId) => onDelete([rowId])} onSaved={patch} /> : null}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
