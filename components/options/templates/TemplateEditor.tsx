// The editor of one template (or a new one): fields, wordings, the variables cheat-sheet and the live
// preview. Saving is blocked while a wording has an unknown variable or a malformed placeholder.
import { useEffect, useRef, useState } from 'react';
import { t, uiLanguage, type MessageKey } from '@/components/i18n';
import type { Network } from '@/core/templating/types';
import { NETWORK_NAMES } from '@/core/templating/variables/network';
import { PLATFORMS } from '@/sites/types';
import type { Intent, Template, VoiceGuide } from '@/storage/entities';
import { lintTemplate } from '@/core/voice';
import { getVoiceGuide } from '@/storage/voice';
import {
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  updateTemplate,
  type TemplateDraft,
} from '@/storage/templates';
import { draftErrors } from './draft';
import { sampleContext, type SampleState } from './sample';
import { LANG_LABEL, TemplatePreview } from './TemplatePreview';
import { VariableSheet } from './VariableSheet';

const NETWORKS = PLATFORMS.filter((p) => p !== 'demo');
const INTENTS: Intent[] = ['question', 'complaint', 'praise', 'urgent'];
const INTENT_LABEL: Record<Intent, MessageKey> = {
  question: 'intent_question',
  complaint: 'intent_complaint',
  praise: 'intent_praise',
  urgent: 'intent_urgent',
  spam: 'intent_spam',
};

export interface EditorProps {
  /** The template being edited, or null for a new one. */
  template: Template | null;
  initial: TemplateDraft;
  others: readonly Template[];
  voice: VoiceGuide | undefined;
  onSelect(id: string | null): void;
}

const splitTags = (text: string) => text.split(',').map((tag) => tag.trim());

export function TemplateEditor({ template, initial, others, voice, onSelect }: EditorProps) {
  const [draft, setDraft] = useState(initial);
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  /** What the voice guide says of the stored template: checked whenever it is saved (never blocks saving). */
  const [voiceFindings, setVoiceFindings] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    if (!template) return;
    void getVoiceGuide().then((guide) => {
      if (!live) return;
      const lint = lintTemplate(template.variants, guide, template.lang, { networks: template.networks });
      const lang = uiLanguage();
      setVoiceFindings(
        lint.variants.flatMap((findings, i) => findings.map((f) => `${i + 1}: ${f.message[lang]}`)),
      );
    });
    return () => {
      live = false;
    };
  }, [template]);
  const [confirming, setConfirming] = useState(false);
  const [now] = useState(() => new Date());
  const replyLang = draft.lang === 'any' ? uiLanguage() : draft.lang;
  const [sample, setSample] = useState<SampleState>(() => ({
    network: (initial.networks[0] as Network | undefined) ?? 'x',
    lang: replyLang,
    authorName: 'Lucía Fernández',
    handle: 'luciafdz',
    agent: voice?.signOffs[0]?.agent ?? '',
    answers: {},
  }));
  const areas = useRef<(HTMLTextAreaElement | null)[]>([]);
  const lastFocused = useRef(0);

  const update = (patch: Partial<TemplateDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus(null);
  };
  const setVariant = (i: number, text: string) =>
    update({ variants: draft.variants.map((v, j) => (j === i ? text : v)) });

  const context = sampleContext(sample, voice ?? { brandName: '', signOffs: [] }, now);
  const errors = draftErrors(draft, context);
  const [tried, setTried] = useState(false);
  const shownErrors = errors.filter((error) => tried || error.kind === 'variable');
  const shortcutOwner = draft.shortcut.trim()
    ? others.find(
        (o) =>
          o.id !== template?.id && o.shortcut.trim().toLowerCase() === draft.shortcut.trim().toLowerCase(),
      )
    : undefined;

  const insertSnippet = (snippet: string) => {
    const i = Math.min(lastFocused.current, draft.variants.length - 1);
    const area = areas.current[i];
    const value = draft.variants[i] ?? '';
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    setVariant(i, value.slice(0, start) + snippet + value.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  const save = async () => {
    setTried(true);
    if (errors.length) return setStatus({ kind: 'error', text: t('templates_errorBlocked') });
    try {
      const saved = template
        ? await updateTemplate(template.id, { ...draft, tags: splitTags(tagsText) })
        : await createTemplate({ ...draft, tags: splitTags(tagsText) });
      setStatus({ kind: 'saved', text: t('templates_saved') });
      const lint = lintTemplate(saved.variants, await getVoiceGuide(), saved.lang, {
        networks: saved.networks,
      });
      const lang = uiLanguage();
      setVoiceFindings(
        lint.variants.flatMap((findings, i) => findings.map((f) => `${i + 1}: ${f.message[lang]}`)),
      );
      if (!template) onSelect(saved.id);
    } catch (error) {
      setStatus({ kind: 'error', text: String((error as Error).message ?? error) });
    }
  };
  const duplicate = async () => {
    if (!template) return;
    const copy = await duplicateTemplate(template.id, t('templates_copyName', [template.name]));
    onSelect(copy.id);
  };
  const remove = async () => {
    if (!template) return;
    await deleteTemplate(template.id);
    onSelect(null);
  };
  const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  return (
    <div className="tpl-editor" data-testid="template-editor">
      <form
        className="tpl-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span>{t('templates_name')}</span>
          <input
            data-testid="template-name"
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
          />
        </label>
        <div className="tpl-row">
          <label className="field">
            <span>{t('templates_category')}</span>
            <input
              data-testid="template-category"
              value={draft.category}
              onChange={(e) => update({ category: e.target.value })}
            />
          </label>
          <label className="field">
            <span>{t('templates_tags')}</span>
            <input
              data-testid="template-tags"
              value={tagsText}
              placeholder={t('templates_tagsHint')}
              onChange={(e) => {
                setTagsText(e.target.value);
                update({ tags: splitTags(e.target.value).filter(Boolean) });
              }}
            />
          </label>
        </div>
        <div className="tpl-row">
          <label className="field">
            <span>{t('templates_lang')}</span>
            <select
              data-testid="template-lang"
              value={draft.lang}
              onChange={(e) => {
                const lang = e.target.value as TemplateDraft['lang'];
                update({ lang });
                if (lang !== 'any') setSample((s) => ({ ...s, lang }));
              }}
            >
              {(['any', 'es', 'en'] as const).map((lang) => (
                <option key={lang} value={lang}>
                  {t(LANG_LABEL[lang])}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('templates_shortcut')}</span>
            <input
              data-testid="template-shortcut"
              value={draft.shortcut}
              placeholder={t('templates_shortcutHint')}
              onChange={(e) => update({ shortcut: e.target.value })}
            />
          </label>
        </div>
        {shortcutOwner && (
          <p className="warn">{t('templates_shortcutTaken', [draft.shortcut.trim(), shortcutOwner.name])}</p>
        )}
        <fieldset className="tpl-checks">
          <legend>{t('templates_networks')}</legend>
          {NETWORKS.map((network) => (
            <label key={network}>
              <input
                type="checkbox"
                data-testid={`template-network-${network}`}
                checked={draft.networks.includes(network)}
                onChange={(e) => update({ networks: toggle(draft.networks, network, e.target.checked) })}
              />
              {NETWORK_NAMES[network]}
            </label>
          ))}
          <p className="muted">{t('templates_networksHint')}</p>
        </fieldset>
        <fieldset className="tpl-checks">
          <legend>{t('templates_intents')}</legend>
          {INTENTS.map((intent) => (
            <label key={intent}>
              <input
                type="checkbox"
                data-testid={`template-intent-${intent}`}
                checked={draft.intents?.includes(intent) ?? false}
                onChange={(e) => update({ intents: toggle(draft.intents ?? [], intent, e.target.checked) })}
              />
              {t(INTENT_LABEL[intent])}
            </label>
          ))}
        </fieldset>
        <fieldset className="tpl-variants">
          <legend>{t('templates_variants')}</legend>
          <p className="muted">{t('templates_variantsHint')}</p>
          {draft.variants.map((variant, i) => (
            <div key={i} className="tpl-variant">
              <label className="field">
                <span>{t('templates_variant', [i + 1])}</span>
                <textarea
                  ref={(el) => {
                    areas.current[i] = el;
                  }}
                  data-testid={`template-variant-${i + 1}`}
                  rows={3}
                  value={variant}
                  onFocus={() => (lastFocused.current = i)}
                  onChange={(e) => setVariant(i, e.target.value)}
                />
              </label>
              {draft.variants.length > 1 && (
                <button
                  type="button"
                  className="link"
                  aria-label={t('templates_removeVariant', [i + 1])}
                  data-testid={`template-remove-variant-${i + 1}`}
                  onClick={() => update({ variants: draft.variants.filter((_, j) => j !== i) })}
                >
                  ✕
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            data-testid="template-add-variant"
            onClick={() => {
              lastFocused.current = draft.variants.length;
              update({ variants: [...draft.variants, ''] });
            }}
          >
            {t('templates_addVariant')}
          </button>
        </fieldset>
        {shownErrors.length > 0 && (
          <ul className="tpl-errors" data-testid="template-errors" role="alert">
            {shownErrors.map((error) => (
              <li key={error.text} className="error">
                {error.text}
              </li>
            ))}
          </ul>
        )}
        {voiceFindings.length > 0 && (
          <div className="tpl-voice" data-testid="template-voice-findings" role="status">
            <p>{t('templates_voiceFindings', [voiceFindings.length])}</p>
            <ul>
              {voiceFindings.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="tpl-actions">
          <button type="submit" className="primary" data-testid="template-save">
            {t('templates_save')}
          </button>
          {template && (
            <>
              <button type="button" data-testid="template-duplicate" onClick={() => void duplicate()}>
                {t('templates_duplicate')}
              </button>
              <button type="button" data-testid="template-delete" onClick={() => setConfirming(true)}>
                {t('templates_delete')}
              </button>
            </>
          )}
          {status && (
            <span
              role="status"
              data-testid="template-status"
              className={status.kind === 'error' ? 'error' : 'muted'}
            >
              {status.text}
            </span>
          )}
        </div>
        {confirming && template && (
          <div className="tpl-confirm" role="alertdialog" data-testid="template-confirm-delete">
            <p>{t('templates_deleteConfirm', [template.name])}</p>
            <button
              type="button"
              className="danger"
              data-testid="template-delete-yes"
              onClick={() => void remove()}
            >
              {t('templates_deleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('templates_cancel')}
            </button>
          </div>
        )}
      </form>
      <div className="tpl-side">
        <VariableSheet lang={replyLang} onInsert={insertSnippet} />
        <TemplatePreview draft={draft} sample={sample} onSample={setSample} voice={voice} now={now} />
      </div>
    </div>
  );
}
