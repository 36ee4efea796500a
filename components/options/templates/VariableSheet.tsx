import { t } from '@/components/i18n';
import type { TemplateLang } from '@/core/templating/types';
import { canonicalName, VARIABLES } from '@/core/templating/variables';

/** The variables cheat-sheet: each one in the template's language, with its other-language name; click inserts. */
export function VariableSheet({ lang, onInsert }: { lang: TemplateLang; onInsert(snippet: string): void }) {
  const other: TemplateLang = lang === 'es' ? 'en' : 'es';
  return (
    <aside className="tpl-variables" data-testid="templates-variables">
      <h3>{t('templates_variables')}</h3>
      <p className="muted">{t('templates_variablesHint')}</p>
      <ul>
        {VARIABLES.map((variable) => {
          const name = canonicalName(variable, lang);
          return (
            <li key={name}>
              <button
                type="button"
                className="tpl-chip"
                data-variable={name}
                // Keep the focus (and the caret) in the wording being edited.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(`{${name}}`)}
              >
                {`{${name}}`}
              </button>{' '}
              <span className="muted">
                {variable.describe[lang]} · {`{${canonicalName(variable, other)}}`}
              </span>
            </li>
          );
        })}
        <li>
          <button
            type="button"
            className="tpl-chip"
            data-variable="?"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onInsert(t('templates_promptSnippet'))}
          >
            {t('templates_promptSnippet')}
          </button>{' '}
          <span className="muted">
            {t('templates_promptName')}: {t('templates_promptDescribe')}
          </span>
        </li>
      </ul>
      <p className="muted">{t('templates_syntaxHelp')}</p>
    </aside>
  );
}
