// The editor's checks of a draft, before it is saved: the same renderer the picker uses, on a sample.
import { render, suggestVariable } from '@/core/templating/render';
import type { RenderContext } from '@/core/templating/types';
import { t } from '@/components/i18n';
import type { Template } from '@/storage/entities';
import type { TemplateDraft } from '@/storage/templates';

export const draftOf = (template: Template): TemplateDraft => ({
  name: template.name,
  variants: template.variants.length ? [...template.variants] : [''],
  category: template.category,
  tags: [...template.tags],
  lang: template.lang,
  networks: [...template.networks],
  shortcut: template.shortcut,
  intents: [...(template.intents ?? [])],
});

export interface DraftError {
  /** "required" (no name, no wording) is shown once saving was tried; "variable" at once. */
  kind: 'required' | 'variable';
  text: string;
}

/** Errors that block saving, as UI text: no name, no wording, unknown variables, malformed placeholders. */
export function draftErrors(draft: TemplateDraft, sample: RenderContext): DraftError[] {
  const errors: DraftError[] = [];
  const required = (text: string) => errors.push({ kind: 'required', text });
  const variable = (text: string) => errors.push({ kind: 'variable', text });
  if (!draft.name.trim()) required(t('templates_errorName'));
  if (!draft.variants.some((v) => v.trim())) required(t('templates_errorVariants'));
  draft.variants.forEach((variant, i) => {
    const result = render(variant, sample);
    for (const name of result.unknown) {
      const suggestion = suggestVariable(name);
      variable(
        suggestion
          ? t('templates_errorSuggest', [i + 1, name, suggestion])
          : t('templates_errorUnknown', [i + 1, name]),
      );
    }
    for (const bad of result.syntax) variable(t('templates_errorSyntax', [i + 1, bad]));
  });
  return errors;
}
