import { t, type MessageKey } from '@/components/i18n';
import type { BackupTable, ImportResult } from '@/storage/backup';

const TABLE_LABEL: Record<BackupTable, MessageKey> = {
  templates: 'nav_templates',
  voice: 'nav_voice',
  people: 'nav_people',
  interactions: 'nav_log',
  settings: 'nav_settings',
  overrides: 'backup_table_overrides',
  escalations: 'backup_table_escalations',
};

const COLUMNS = [
  ['added', 'backup_col_added'],
  ['changed', 'backup_col_changed'],
  ['unchanged', 'backup_col_unchanged'],
  ['kept', 'backup_col_kept'],
  ['removed', 'backup_col_removed'],
] as const;

/** What an import will do, table by table (names of rows are shown as plain text). */
export function ImportPreview({ result }: { result: Extract<ImportResult, { ok: true }> }) {
  const when = result.exportedAt.slice(0, 16).replace('T', ' ');
  return (
    <div className="backup-preview" data-testid="backup-preview">
      <h3>{t('backup_preview_title')}</h3>
      <p>
        {t(result.kind === 'backup' ? 'backup_kind_backup' : 'backup_kind_kit', [when])}{' '}
        {result.author && t('backup_kit_author', [result.author])}
      </p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('backup_col_table')}</th>
            {COLUMNS.map(([, label]) => (
              <th key={label} scope="col">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(Object.keys(result.diff) as BackupTable[]).map((table) => {
            const diff = result.diff[table]!;
            const examples = [...diff.examples.added, ...diff.examples.changed].slice(0, 5);
            return (
              <tr key={table} data-table={table}>
                <th scope="row">
                  {t(TABLE_LABEL[table])}
                  {examples.length > 0 && <div className="muted backup-examples">{examples.join(', ')}</div>}
                </th>
                {COLUMNS.map(([key]) => (
                  <td key={key} data-col={key}>
                    {diff[key]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
