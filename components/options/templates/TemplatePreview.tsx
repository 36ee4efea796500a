// The live preview: the draft's wording filled from a sample comment, its prompts, and its length on
// every network it is meant for. Text only (React escapes it): a hostile sample stays text.
import { useState } from 'react';
import { t, type MessageKey } from '@/components/i18n';
import { checkLength, LIMITS } from '@/core/templating/length';
import { render } from '@/core/templating/render';
import type { Network, TemplateLang } from '@/core/templating/types';
import { NETWORK_NAMES } from '@/core/templating/variables/network';
import type { VoiceGuide } from '@/storage/entities';
import type { TemplateDraft } from '@/storage/templates';
import { sampleContext, type SampleState } from './sample';

const NETWORKS = (Object.keys(LIMITS) as Network[]).filter((n) => n !== 'demo');

export interface PreviewProps {
  draft: TemplateDraft;
  sample: SampleState;
  onSample(sample: SampleState): void;
  voice: VoiceGuide | undefined;
  now: Date;
}

export function TemplatePreview({ draft, sample, onSample, voice, now }: PreviewProps) {
  const [variant, setVariant] = useState(0);
  const index = Math.min(variant, draft.variants.length - 1);
  const source = draft.variants[index] ?? '';
  const context = sampleContext(
    sample,
    voice ?? { brandName: '', signOffs: [] },
    now,
    t('templates_sampleText'),
  );
  const result = render(source, context);
  const brandLimits = voice?.maxLength ?? {};
  const current = checkLength(result.text, sample.network, brandLimits[sample.network]);
  const targets = draft.networks.length ? draft.networks : NETWORKS;
  const set = <K extends keyof SampleState>(key: K, value: SampleState[K]) =>
    onSample({ ...sample, [key]: value });

  return (
    <section className="tpl-preview" data-testid="templates-preview" aria-label={t('templates_preview')}>
      <h3>{t('templates_preview')}</h3>
      <p className="muted">{t('templates_previewHint')}</p>
      <div className="tpl-sample">
        <label>
          <span>{t('templates_previewNetwork')}</span>
          <select
            data-testid="preview-network"
            value={sample.network}
            onChange={(e) => set('network', e.target.value as Network)}
          >
            {NETWORKS.map((n) => (
              <option key={n} value={n}>
                {NETWORK_NAMES[n]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('templates_previewLang')}</span>
          <select
            data-testid="preview-lang"
            value={sample.lang}
            onChange={(e) => set('lang', e.target.value as TemplateLang)}
          >
            <option value="es">{t('templates_lang_es')}</option>
            <option value="en">{t('templates_lang_en')}</option>
          </select>
        </label>
        <label>
          <span>{t('templates_sampleAuthor')}</span>
          <input
            data-testid="preview-author"
            value={sample.authorName}
            onChange={(e) => set('authorName', e.target.value)}
          />
        </label>
        <label>
          <span>{t('templates_sampleHandle')}</span>
          <input
            data-testid="preview-handle"
            value={sample.handle}
            onChange={(e) => set('handle', e.target.value)}
          />
        </label>
        {(voice?.signOffs.length ?? 0) > 1 && (
          <label>
            <span>{t('templates_previewAgent')}</span>
            <select value={sample.agent} onChange={(e) => set('agent', e.target.value)}>
              {voice!.signOffs.map((s) => (
                <option key={s.agent} value={s.agent}>
                  {s.agent}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <blockquote className="tpl-comment">
        <strong>{sample.authorName}</strong> <span className="muted">@{context.item.handle}</span>
        <br />
        {t('templates_sampleText')}
      </blockquote>
      {draft.variants.length > 1 && (
        <div className="tpl-variant-tabs" role="tablist">
          {draft.variants.map((_, i) => (
            <button
              key={i}
              type="button"
              role="tab"
              aria-selected={i === index}
              data-testid={`preview-variant-${i + 1}`}
              onClick={() => setVariant(i)}
            >
              {t('templates_variant', [i + 1])}
            </button>
          ))}
        </div>
      )}
      {result.prompts.map((prompt) => (
        <label key={prompt.key} className="field">
          <span>{prompt.label}</span>
          <input
            data-prompt={prompt.key}
            value={sample.answers[prompt.key] ?? ''}
            onChange={(e) => set('answers', { ...sample.answers, [prompt.key]: e.target.value })}
          />
        </label>
      ))}
      <pre className="tpl-rendered" data-testid="preview-text">
        {result.text}
      </pre>
      <ul className="tpl-problems" data-testid="preview-problems">
        {result.unknown.map((name) => (
          <li key={`u${name}`} className="error">
            {t('templates_errorUnknown', [index + 1, name])}
          </li>
        ))}
        {result.syntax.map((bad) => (
          <li key={`s${bad}`} className="error">
            {t('templates_errorSyntax', [index + 1, bad])}
          </li>
        ))}
        {result.missing.length > 0 && (
          <li className="muted">
            {t('templates_missing', [
              result.prompts
                .filter((p) => result.missing.includes(p.key))
                .map((p) => p.label)
                .join(', '),
            ])}
          </li>
        )}
        {result.empty.length > 0 && (
          <li className="warn">{t('templates_emptyValues', [result.empty.join(', ')])}</li>
        )}
      </ul>
      <p data-testid="preview-length" className={current.over ? 'error' : 'muted'}>
        {current.over
          ? t('templates_tooLong', [-current.remaining, NETWORK_NAMES[sample.network], current.limit])
          : t('templates_length', [current.length, current.limit, NETWORK_NAMES[sample.network]])}
      </p>
      <details className="tpl-lengths">
        <summary>{t('templates_lengthAll')}</summary>
        <table>
          <tbody>
            {targets.map((network) => {
              const check = checkLength(result.text, network, brandLimits[network]);
              return (
                <tr key={network} data-testid={`length-${network}`} data-over={check.over}>
                  <th scope="row">{NETWORK_NAMES[network]}</th>
                  <td>
                    {check.length} / {check.limit}
                  </td>
                  <td className={check.over ? 'error' : 'ok'}>{check.over ? '✗' : '✓'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export const LANG_LABEL: Record<TemplateDraft['lang'], MessageKey> = {
  any: 'templates_lang_any',
  es: 'templates_lang_es',
  en: 'templates_lang_en',
};
