import { useEffect, useState } from 'react';
import { t } from '@/components/i18n';
import { ImportPreview } from '@/components/options/backup/ImportPreview';
import '@/components/options/backup/backup.css';
import { downloadText } from '@/components/ui/download';
import { localDay } from '@/core/time';
import {
  exportBackup,
  exportBrandKit,
  fileName,
  importFile,
  previewImport,
  type ImportMode,
  type ImportResult,
} from '@/storage/backup';

/** Export everything or a brand kit; import with a preview of what changes, merge or replace. */
export function BackupPage() {
  const [text, setText] = useState<string>();
  const [mode, setMode] = useState<ImportMode>('merge');
  const [preview, setPreview] = useState<ImportResult>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (text === undefined) return;
    let live = true;
    void previewImport(text, mode).then((result) => live && setPreview(result));
    return () => {
      live = false;
    };
  }, [text, mode]);

  const save = async (kind: 'backup' | 'brand-kit') => {
    const file = kind === 'backup' ? await exportBackup() : await exportBrandKit();
    downloadText(fileName(kind, localDay()), JSON.stringify(file, null, 1), 'application/json');
  };
  const choose = async (file: File | undefined) => {
    setDone(false);
    setPreview(undefined);
    setText(file ? await file.text() : undefined);
  };
  const apply = async () => {
    if (text === undefined) return;
    setBusy(true);
    const result = await importFile(text, mode);
    setBusy(false);
    setPreview(result);
    if (result.ok) {
      setDone(true);
      setText(undefined);
    }
  };

  return (
    <section className="backup-page">
      <p>{t('page_backup_intro')}</p>
      <fieldset className="group">
        <legend>{t('backup_export_title')}</legend>
        <div className="backup-export">
          <button type="button" data-testid="backup-export-all" onClick={() => void save('backup')}>
            {t('backup_export_all')}
          </button>
          <span className="muted">{t('backup_export_all_help')}</span>
          <button type="button" data-testid="backup-export-kit" onClick={() => void save('brand-kit')}>
            {t('backup_export_kit')}
          </button>
          <span className="muted">{t('backup_export_kit_help')}</span>
        </div>
      </fieldset>
      <fieldset className="group">
        <legend>{t('backup_import_title')}</legend>
        <label className="field">
          {t('backup_import_file')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="backup-file"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
        <div className="backup-modes" role="radiogroup">
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="backup-mode"
                value={m}
                data-testid={`backup-mode-${m}`}
                checked={mode === m}
                onChange={() => setMode(m)}
              />{' '}
              {t(m === 'merge' ? 'backup_mode_merge' : 'backup_mode_replace')}
            </label>
          ))}
        </div>
        {preview && !preview.ok && (
          <p className="error" role="alert" data-testid="backup-error">
            {t('backup_refused', [preview.reason])}
          </p>
        )}
        {preview?.ok && <ImportPreview result={preview} />}
        {done && (
          <p role="status" data-testid="backup-done">
            {t('backup_done')}
          </p>
        )}
        {preview?.ok && !done && (
          <button type="button" data-testid="backup-apply" disabled={busy} onClick={() => void apply()}>
            {t('backup_apply')}
          </button>
        )}
      </fieldset>
    </section>
  );
}
