import { useState } from 'react';
import { t, type MessageKey } from '@/components/i18n';
import type { CsvError } from '@/core/people/csv';
import { importPeopleCsv, previewPeopleCsv, type ImportMode, type ImportPreview } from '@/storage/people';

const SHOWN = 20;

export const csvErrorText = (e: CsvError): string =>
  `${e.row ? `${t('people_import_row', [e.row])}: ` : ''}${t(`people_csvError_${e.code}` as MessageKey, [e.field])}`;

/** Import: pick a file, see what would change (or why it is refused), then apply. Nothing is written before. */
export function CsvImport() {
  const [text, setText] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [done, setDone] = useState('');

  const load = async (file: File | undefined, nextMode = mode) => {
    setDone('');
    if (!file) return;
    const content = await file.text();
    setText(content);
    setPreview(await previewPeopleCsv(content, nextMode));
  };
  const changeMode = async (next: ImportMode) => {
    setMode(next);
    if (text !== null) setPreview(await previewPeopleCsv(text, next));
  };
  const reset = () => {
    setText(null);
    setPreview(null);
  };
  const apply = async () => {
    if (text === null) return;
    const result = await importPeopleCsv(text, mode);
    if (!result.ok) return setPreview(result);
    reset();
    setDone(t('people_import_done', [result.added.length, result.updated.length, result.removed]));
  };

  return (
    <fieldset className="group" data-testid="people-import">
      <legend>{t('people_import')}</legend>
      <div className="inline-form">
        <label className="field">
          <span>{t('people_import_file')}</span>
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="people-import-file"
            onChange={(event) => void load(event.target.files?.[0])}
          />
        </label>
        <label className="field">
          <span>{t('people_import_mode')}</span>
          <select value={mode} onChange={(event) => void changeMode(event.target.value as ImportMode)}>
            <option value="merge">{t('people_import_merge')}</option>
            <option value="replace">{t('people_import_replace')}</option>
          </select>
        </label>
      </div>
      {preview && !preview.ok && (
        <div role="alert" className="error" data-testid="people-import-errors">
          <p>{t('people_import_refused')}</p>
          <ul>
            {preview.errors.slice(0, SHOWN).map((e, i) => (
              <li key={i}>{csvErrorText(e)}</li>
            ))}
          </ul>
          {preview.errors.length > SHOWN && <p>{t('people_import_more', [preview.errors.length - SHOWN])}</p>}
        </div>
      )}
      {preview?.ok && (
        <div data-testid="people-import-preview">
          <p>
            {t('people_import_preview', [
              preview.added.length,
              preview.updated.length,
              preview.unchanged,
              preview.removed,
            ])}
          </p>
          <ul className="people-preview">
            {preview.added.slice(0, SHOWN).map((p) => (
              <li key={`+${p.platform}:${p.handle}`} data-change="added">
                + {p.platform} @{p.handle} {p.flag && `· ${p.flag}`} {p.note && `· ${p.note}`}
              </li>
            ))}
            {preview.updated.slice(0, SHOWN).map(({ before, after }) => (
              <li key={`~${after.platform}:${after.handle}`} data-change="updated">
                ~ {after.platform} @{after.handle}: {before.flag || '—'} → {after.flag || '—'}
                {before.note !== after.note && ` · “${before.note}” → “${after.note}”`}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="people-import-apply" onClick={() => void apply()}>
            {t('people_import_apply')}
          </button>{' '}
          <button type="button" onClick={reset}>
            {t('people_import_cancel')}
          </button>
        </div>
      )}
      {done && (
        <p role="status" data-testid="people-import-done">
          {done}
        </p>
      )}
    </fieldset>
  );
}
