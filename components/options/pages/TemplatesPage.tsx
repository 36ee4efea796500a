// Options #/templates: the CM's reply templates, searched with the picker's own search, and the editor.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { t, uiLanguage } from '@/components/i18n';
import { buildIndex, searchTemplates } from '@/core/templating/search';
import { db } from '@/storage/db';
import { emptyDraft, listTemplates } from '@/storage/templates';
import { draftOf } from '../templates/draft';
import { TemplateEditor } from '../templates/TemplateEditor';
import '../templates/templates.css';

const NEW = 'new';

export function TemplatesPage() {
  const templates = useLiveQuery(() => listTemplates());
  const voice = useLiveQuery(() => db().voice.get('default'));
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const index = useMemo(() => buildIndex(templates ?? []), [templates]);
  const shown = useMemo(
    () =>
      query.trim()
        ? searchTemplates(index, query, { limit: 500 }).map((hit) => hit.template)
        : (templates ?? []),
    [index, query, templates],
  );
  if (!templates) return null;
  const current = selected && selected !== NEW ? templates.find((tpl) => tpl.id === selected) : undefined;
  const initial = current ? draftOf(current) : { ...emptyDraft(), lang: uiLanguage() };

  return (
    <section className="tpl-page">
      <p>{t('page_templates_intro')}</p>
      <div className="tpl-layout">
        <nav className="tpl-list" aria-label={t('nav_templates')}>
          <input
            type="search"
            data-testid="templates-search"
            value={query}
            placeholder={t('templates_search')}
            aria-label={t('templates_search')}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button
            type="button"
            className="primary"
            data-testid="template-new"
            onClick={() => setSelected(NEW)}
          >
            {t('templates_new')}
          </button>
          {templates.length === 0 && <p className="muted">{t('templates_none')}</p>}
          {templates.length > 0 && shown.length === 0 && (
            <p className="muted">{t('templates_noMatch', [query])}</p>
          )}
          <ul>
            {shown.map((tpl) => (
              <li key={tpl.id}>
                <button
                  type="button"
                  data-testid="template-item"
                  data-template-id={tpl.id}
                  aria-current={tpl.id === selected ? 'true' : undefined}
                  onClick={() => setSelected(tpl.id)}
                >
                  <span className="name">{tpl.name}</span>
                  <span className="meta">
                    {tpl.lang !== 'any' && <span className="lang">{tpl.lang}</span>}
                    {tpl.category && <span className="muted"> {tpl.category}</span>}
                    {tpl.shortcut && <code> {tpl.shortcut}</code>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {selected && (selected === NEW || current) ? (
          <TemplateEditor
            key={`${selected}:${current?.updatedAt ?? ''}`}
            template={current ?? null}
            initial={initial}
            others={templates}
            voice={voice ?? undefined}
            onSelect={setSelected}
          />
        ) : (
          <p className="muted">{t('templates_pick')}</p>
        )}
      </div>
    </section>
  );
}
