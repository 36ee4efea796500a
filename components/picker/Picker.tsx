// The template picker: search box first (focused), templates that fit the comment on top, a live preview
// with the variables filled in, fill-in prompts, errors and the network's length limit — all before
// anything is inserted. Fully usable from the keyboard. Rendered as text only (React escapes it).
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { t, uiLanguage } from '@/components/i18n';
import { checkLength } from '@/core/templating/length';
import { render, type RenderResult } from '@/core/templating/render';
import { buildIndex, searchTemplates } from '@/core/templating/search';
import { pickVariant } from '@/core/templating/variants';
import { lintTemplate } from '@/core/voice';
import type { ItemTag, PickerData } from '@/messaging/protocol';
import type { ExtractedItem } from '@/sites/types';
import type { Template } from '@/storage/entities';
import type { PickerStore } from './store';

export interface PickerChoice {
  template: Template;
  variantIndex: number;
  text: string;
}

export interface PickerProps {
  store: PickerStore;
  data: PickerData;
  item: ExtractedItem | null;
  tag: ItemTag | undefined;
  onInsert(choice: PickerChoice): void;
  onClose(): void;
}

interface Preview {
  template: Template;
  variantIndex: number;
  result: RenderResult;
  over: number;
  limit: number;
}

export function Picker({ store, data, item, tag, onInsert, onClose }: PickerProps) {
  const { query, selected, answers, status, setQuery, move, select, answer } = useStore(store);
  const search = useRef<HTMLInputElement>(null);
  const index = useMemo(() => buildIndex(data.templates), [data.templates]);
  const platform = item?.platform ?? 'demo';
  const hits = useMemo(
    () =>
      searchTemplates(index, query, {
        lang: tag?.lang,
        intents: tag?.intent,
        platform: item?.platform,
        limit: 30,
      }),
    [index, query, tag, item],
  );
  useEffect(() => search.current?.focus(), []);

  const preview = useMemo((): Preview | null => {
    const template = hits[selected]?.template;
    if (!template) return null;
    const variant = pickVariant(template.variants, template.recentVariants, item?.id ?? '');
    if (!variant) return null;
    const commentLang = tag?.lang === 'es' || tag?.lang === 'en' ? tag.lang : uiLanguage();
    const result = render(variant.text, {
      lang: template.lang === 'any' ? commentLang : template.lang,
      item: {
        platform,
        authorName: item?.author.displayName ?? '',
        handle: item?.author.handle ?? '',
        permalink: item?.permalink ?? '',
        text: item?.text ?? '',
      },
      brandName: data.brandName,
      signOffs: data.signOffs,
      now: new Date(),
      answers,
    });
    const length = checkLength(result.text, platform, data.maxLength[platform]);
    return {
      template,
      variantIndex: variant.index,
      result,
      over: length.over ? -length.remaining : 0,
      limit: length.limit,
    };
  }, [hits, selected, item, tag, data, platform, answers]);

  // Templates that break the voice guide are marked (checked once per template, on this network).
  const voiceRemarks = useMemo(() => {
    const remarks = new Map<string, string[]>();
    const lang = uiLanguage();
    for (const { template } of hits) {
      if (remarks.has(template.id)) continue;
      const lint = lintTemplate(template.variants, data.voice, template.lang, { networks: [platform] });
      remarks.set(
        template.id,
        lint.variants.flat().map((f) => f.message[lang]),
      );
    }
    return remarks;
  }, [hits, data.voice, platform]);

  const canInsert =
    preview !== null && preview.result.ok && preview.over === 0 && status.kind !== 'inserting';
  const insert = () => {
    if (!preview) return;
    if (!preview.result.ok && preview.result.missing.length > 0) {
      // Enter with unanswered prompts moves to the first empty one.
      const first = preview.result.missing[0];
      (search.current?.getRootNode() as ShadowRoot | null)
        ?.querySelector<HTMLInputElement>(`input[data-prompt="${first}"]`)
        ?.focus();
      return;
    }
    if (canInsert)
      onInsert({ template: preview.template, variantIndex: preview.variantIndex, text: preview.result.text });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    event.stopPropagation(); // the site's own shortcuts (j/k, r, l…) must not fire while typing here
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1, hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1, hits.length);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      insert();
    }
  };

  return (
    <div
      className="picker"
      data-testid="vocero-picker"
      role="dialog"
      aria-label={t('picker_title')}
      onKeyDown={onKeyDown}
    >
      <input
        ref={search}
        className="search"
        value={query}
        placeholder={t('picker_search')}
        aria-label={t('picker_search')}
        aria-controls="vocero-picker-list"
        aria-activedescendant={hits[selected] ? `vocero-tpl-${selected}` : undefined}
        onChange={(event) => setQuery(event.target.value)}
      />
      <ul className="list" id="vocero-picker-list" role="listbox">
        {hits.map((hit, i) => (
          <li
            key={hit.template.id}
            id={`vocero-tpl-${i}`}
            role="option"
            aria-selected={i === selected}
            data-testid="vocero-picker-item"
            data-template-id={hit.template.id}
            onMouseEnter={() => select(i)}
            onClick={() => {
              select(i);
              if (i === selected) insert();
            }}
          >
            <span className="name">{hit.template.name}</span>
            {hit.fit > 0.5 && <span className="fit">{t('picker_fits')}</span>}
            {(voiceRemarks.get(hit.template.id)?.length ?? 0) > 0 && (
              <span
                className="voice"
                data-testid="vocero-picker-voice"
                title={voiceRemarks.get(hit.template.id)!.join('\n')}
              >
                ⚠ {t('picker_voice', [voiceRemarks.get(hit.template.id)!.length])}
              </span>
            )}
            <span className="lang">{hit.template.lang}</span>
          </li>
        ))}
      </ul>
      {hits.length === 0 && (
        <p className="empty">
          {data.templates.length ? t('picker_empty', [query]) : t('picker_noTemplates')}
        </p>
      )}
      {preview && (
        <section className="preview" data-testid="vocero-picker-preview">
          {preview.result.prompts.map((prompt) => (
            <label key={prompt.key} className="prompt">
              <span>{prompt.label}</span>
              <input
                data-prompt={prompt.key}
                value={answers[prompt.key] ?? ''}
                onChange={(event) => answer(prompt.key, event.target.value)}
              />
            </label>
          ))}
          <pre className="text">{preview.result.text}</pre>
          <ul className="problems" data-testid="vocero-picker-problems">
            {preview.result.unknown.map((name) => (
              <li key={`u${name}`}>{t('picker_unknown', [name])}</li>
            ))}
            {preview.result.syntax.map((bad) => (
              <li key={`s${bad}`}>{t('picker_syntax', [bad])}</li>
            ))}
            {preview.result.missing.length > 0 && (
              <li className="soft">{t('picker_missing', [preview.result.missing.join(', ')])}</li>
            )}
            {preview.over > 0 && (
              <li data-testid="vocero-picker-too-long">
                {t('picker_tooLong', [preview.over, preview.limit])}
              </li>
            )}
          </ul>
        </section>
      )}
      <footer>
        {status.kind === 'error' && (
          <p className="error" role="alert">
            {status.message}
          </p>
        )}
        <span className="hint">{t('picker_hint')}</span>
        <button
          type="button"
          className="primary"
          disabled={!canInsert}
          onClick={insert}
          data-testid="vocero-picker-insert"
        >
          {t('picker_insert')}
        </button>
      </footer>
    </div>
  );
}
