// Every field of the voice guide, saved with one button (validated by storage/voice.ts), and the try-it box
// that checks a reply against the guide as edited, saved or not.
import { useState } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { t, type MessageKey } from '@/components/i18n';
import { LIMITS } from '@/core/templating/length';
import { NETWORK_NAMES } from '@/core/templating/variables/network';
import type { EmojiPolicy, SpanishAddress, VoiceGuide } from '@/storage/entities';
import { PLATFORMS } from '@/sites/types';
import { saveVoiceGuide, VOICE_LIMITS, VoiceGuideError, type VoiceGuideDraft } from '@/storage/voice';
import { ListField, RowsField } from './fields';
import { TryIt } from './TryIt';

const ADDRESSES: SpanishAddress[] = ['tu', 'usted', 'vos'];
const EMOJI: EmojiPolicy[] = ['none', 'few', 'free'];

const draftOf = ({ id: _id, updatedAt: _at, ...draft }: VoiceGuide): VoiceGuideDraft => draft;

const FIELD_LABEL: Record<keyof VoiceGuideDraft, MessageKey> = {
  brandName: 'voice_brand',
  persona: 'voice_persona',
  toneWords: 'voice_tone',
  spanishAddress: 'voice_address',
  avoid: 'voice_avoid',
  preferred: 'voice_preferred',
  emojiPolicy: 'voice_emoji',
  signOffs: 'voice_signoffs',
  maxLength: 'voice_maxlength',
  escalationContacts: 'voice_escalation',
};

/** "escalationContacts.0.email: Invalid email" → "Escalation contacts #1 (email)", in the UI language. */
function describeIssue(issue: string): string {
  const [path = ''] = issue.split(':');
  const [field, row, cell] = path.split('.');
  const label = FIELD_LABEL[field as keyof VoiceGuideDraft];
  if (!label) return issue;
  const where = row !== undefined && /^\d+$/.test(row) ? ` #${Number(row) + 1}` : row ? ` (${row})` : '';
  return `${t(label)}${where}${cell ? ` (${cell})` : ''}`;
}

type Status = { kind: 'idle' } | { kind: 'dirty' } | { kind: 'saved' } | { kind: 'error'; text: string };

export function VoiceEditor({ initial }: { initial: VoiceGuide }) {
  const [draft, setDraft] = useState<VoiceGuideDraft>(() => draftOf(initial));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const edit = <K extends keyof VoiceGuideDraft>(key: K, value: VoiceGuideDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setStatus({ kind: 'dirty' });
  };

  const save = async () => {
    try {
      const saved = await saveVoiceGuide(draft);
      setDraft(draftOf(saved));
      setStatus({ kind: 'saved' });
    } catch (error) {
      const text =
        error instanceof VoiceGuideError
          ? [...new Set(error.issues.map(describeIssue))].join('; ')
          : String(error);
      setStatus({ kind: 'error', text });
    }
  };

  return (
    <form
      className="voice"
      data-testid="voice-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="group">
        <legend>{t('voice_identity')}</legend>
        <label className="field">
          <span>{t('voice_brand')}</span>
          <input
            data-testid="voice-brand"
            value={draft.brandName}
            maxLength={VOICE_LIMITS.brandName}
            onChange={(e) => edit('brandName', e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('voice_persona')}</span>
          <textarea
            data-testid="voice-persona"
            rows={3}
            value={draft.persona}
            maxLength={VOICE_LIMITS.persona}
            placeholder={t('voice_persona_help')}
            onChange={(e) => edit('persona', e.target.value)}
          />
        </label>
        <ListField
          label="voice_tone"
          testId="voice-tone"
          value={draft.toneWords}
          max={VOICE_LIMITS.list}
          onChange={(next) => edit('toneWords', next)}
        />
        <SelectField
          label={t('voice_address')}
          testId="voice-address"
          value={draft.spanishAddress}
          options={ADDRESSES.map((a) => [a, t(`voice_address_${a}` as MessageKey)] as const)}
          onChange={(a) => edit('spanishAddress', a)}
        />
        <SelectField
          label={t('voice_emoji')}
          testId="voice-emoji"
          value={draft.emojiPolicy}
          options={EMOJI.map((p) => [p, t(`voice_emoji_${p}` as MessageKey)] as const)}
          onChange={(p) => edit('emojiPolicy', p)}
        />
      </fieldset>

      <RowsField
        legend="voice_avoid"
        help="voice_avoid_help"
        testId="voice-avoid"
        rows={draft.avoid}
        empty={{ word: '', replacement: '' }}
        columns={[
          { key: 'word', label: 'voice_avoid_word', max: VOICE_LIMITS.word },
          { key: 'replacement', label: 'voice_avoid_replacement', max: VOICE_LIMITS.replacement },
        ]}
        onChange={(next) => edit('avoid', next)}
      />
      <fieldset className="group">
        <legend>{t('voice_words')}</legend>
        <ListField
          label="voice_preferred"
          testId="voice-preferred"
          value={draft.preferred}
          max={VOICE_LIMITS.list}
          onChange={(next) => edit('preferred', next)}
        />
      </fieldset>
      <RowsField
        legend="voice_signoffs"
        help="voice_signoffs_help"
        testId="voice-signoffs"
        rows={draft.signOffs}
        empty={{ agent: '', signOff: '' }}
        columns={[
          { key: 'agent', label: 'voice_signoff_agent', max: VOICE_LIMITS.agent },
          { key: 'signOff', label: 'voice_signoff_text', max: VOICE_LIMITS.signOff },
        ]}
        onChange={(next) => edit('signOffs', next)}
      />
      <fieldset className="group" data-testid="voice-maxlength">
        <legend>{t('voice_maxlength')}</legend>
        <p className="muted">{t('voice_maxlength_help')}</p>
        <div className="voice-lengths">
          {PLATFORMS.map((platform) => (
            <label key={platform} className="field">
              <span>{NETWORK_NAMES[platform]}</span>
              <input
                type="number"
                min={1}
                max={VOICE_LIMITS.maxLength}
                data-testid={`voice-maxlength-${platform}`}
                placeholder={String(LIMITS[platform].limit)}
                value={draft.maxLength[platform] ?? ''}
                onChange={(e) => {
                  const n = e.target.value === '' ? undefined : Math.trunc(Number(e.target.value));
                  const next = { ...draft.maxLength };
                  if (n === undefined || Number.isNaN(n)) delete next[platform];
                  else next[platform] = n;
                  edit('maxLength', next);
                }}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <RowsField
        legend="voice_escalation"
        help="voice_escalation_help"
        testId="voice-contacts"
        rows={draft.escalationContacts}
        empty={{ kind: '', name: '', email: '' }}
        columns={[
          { key: 'kind', label: 'voice_contact_kind', max: VOICE_LIMITS.kind },
          { key: 'name', label: 'voice_contact_name', max: VOICE_LIMITS.name },
          { key: 'email', label: 'voice_contact_email', max: VOICE_LIMITS.email, type: 'email' },
        ]}
        onChange={(next) => edit('escalationContacts', next)}
      />

      <div className="voice-save">
        <button type="submit" className="primary" data-testid="voice-save">
          {t('voice_save')}
        </button>
        <span
          data-testid="voice-status"
          role="status"
          className={status.kind === 'error' ? 'error' : 'muted'}
        >
          {status.kind === 'saved' && t('voice_saved')}
          {status.kind === 'dirty' && t('voice_unsaved')}
          {status.kind === 'error' && t('voice_invalid', [status.text])}
        </span>
      </div>

      <TryIt guide={draft} />
    </form>
  );
}
