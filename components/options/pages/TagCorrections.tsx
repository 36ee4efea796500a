import { useLiveQuery } from 'dexie-react-hooks';
import { t, tn } from '@/components/i18n';
import { downloadText } from '@/components/ui/download';
import { localDay } from '@/core/time';
import { db } from '@/storage/db';

/** The CM's tag corrections, exportable as labelled data (the classify command's input plus labels). */
export function TagCorrections() {
  const count = useLiveQuery(() => db().overrides.count()) ?? 0;
  const exportJsonl = async () => {
    const rows = await db().overrides.orderBy('updatedAt').toArray();
    const lines = rows.map((row) =>
      JSON.stringify({
        id: row.itemId,
        text: row.itemText,
        sentiment: row.sentiment,
        intent: row.intent,
        platform: row.platform,
        author: row.author,
        url: row.itemUrl,
        labelledAt: row.updatedAt,
      }),
    );
    downloadText(
      `vocero-labels-${localDay()}.jsonl`,
      lines.join('\n') + (lines.length ? '\n' : ''),
      'application/x-ndjson',
    );
  };
  return (
    <fieldset className="group" data-testid="tag-corrections">
      <legend>{t('settings_corrections')}</legend>
      <p className="muted">{tn('settings_corrections_help', count)}</p>
      <button
        type="button"
        data-testid="export-labels"
        disabled={count === 0}
        onClick={() => void exportJsonl()}
      >
        {t('settings_corrections_export')}
      </button>
    </fieldset>
  );
}
