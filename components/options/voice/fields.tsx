// Small editors the voice form is made of: a comma-separated list and a table of rows.
import { useState } from 'react';
import { t, type MessageKey } from '@/components/i18n';

/** A list edited as "a, b, c"; the text is kept as typed until the field loses focus. */
export function ListField({
  label,
  value,
  onChange,
  testId,
  max,
}: {
  label: MessageKey;
  value: readonly string[];
  onChange: (next: string[]) => void;
  testId: string;
  max: number;
}) {
  const joined = value.join(', ');
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <label className="field">
      <span>{t(label)}</span>
      <input
        data-testid={testId}
        value={typed ?? joined}
        maxLength={max * 20}
        onChange={(event) => {
          setTyped(event.target.value);
          onChange(
            event.target.value
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
              .slice(0, max),
          );
        }}
        onBlur={() => setTyped(null)}
      />
      <small className="muted">{t('voice_list_help')}</small>
    </label>
  );
}

export interface Column<Row> {
  key: keyof Row & string;
  label: MessageKey;
  max: number;
  type?: 'text' | 'email';
}

/** Rows of text cells with add / remove; blank rows are dropped on save. */
export function RowsField<Row extends Record<string, string>>({
  legend,
  help,
  rows,
  columns,
  empty,
  onChange,
  testId,
}: {
  legend: MessageKey;
  help?: MessageKey;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  empty: Row;
  onChange: (next: Row[]) => void;
  testId: string;
}) {
  const update = (index: number, key: keyof Row, text: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: text } : row)));
  return (
    <fieldset className="group voice-rows" data-testid={testId}>
      <legend>{t(legend)}</legend>
      {help && <p className="muted">{t(help)}</p>}
      {rows.map((row, index) => (
        <div className="voice-row" key={index} data-testid={`${testId}-row`}>
          {columns.map((column) => (
            <input
              key={column.key}
              type={column.type ?? 'text'}
              value={row[column.key]}
              maxLength={column.max}
              placeholder={t(column.label)}
              aria-label={t(column.label)}
              data-testid={`${testId}-${column.key}`}
              onChange={(event) => update(index, column.key, event.target.value)}
            />
          ))}
          <button type="button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {t('voice_remove_row')}
          </button>
        </div>
      ))}
      <button type="button" data-testid={`${testId}-add`} onClick={() => onChange([...rows, { ...empty }])}>
        {t('voice_add_row')}
      </button>
    </fieldset>
  );
}
