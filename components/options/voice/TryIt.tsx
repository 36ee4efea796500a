// The try-it box: a reply typed here is checked against the guide as edited (saved or not) on every
// keystroke, with the findings listed and highlighted and a one-click fix where the rule has one. The reply's
// language and tone come from the same on-device classifier the overlay uses. Everything is text only.
import { useEffect, useMemo, useState } from 'react';
import { SelectField } from '@/components/ui/SelectField';
import { t, uiLanguage, type MessageKey } from '@/components/i18n';
import { loadClassifier, type Classifier } from '@/core/sentiment';
import { NETWORK_NAMES } from '@/core/templating/variables/network';
import { applyAllFixes, applyFix, lintReply, type Finding, type VoiceGuideLike } from '@/core/voice';
import { PLATFORMS, type Platform } from '@/sites/types';

const MAX_REPLY = 10_000;

/** The text cut into plain and marked pieces (findings may overlap: the first one wins). */
function pieces(text: string, findings: readonly Finding[]) {
  const out: { text: string; finding?: Finding }[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.end <= at || f.start === f.end || (f.start === 0 && f.end === text.length)) continue;
    const start = Math.max(at, f.start);
    if (start > at) out.push({ text: text.slice(at, start) });
    out.push({ text: text.slice(start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export function TryIt({ guide }: { guide: VoiceGuideLike }) {
  const [text, setText] = useState('');
  const [network, setNetwork] = useState<Platform>('x');
  const [agent, setAgent] = useState('');
  const [classifier, setClassifier] = useState<Classifier | null>(null);
  useEffect(() => {
    let live = true;
    loadClassifier().then(
      (c) => live && setClassifier(c),
      () => undefined, // without the model the check runs without the tone rule
    );
    return () => {
      live = false;
    };
  }, []);

  const agents = guide.signOffs.map((s) => s.agent.trim()).filter(Boolean);
  const classified = useMemo(
    () => (classifier && text.trim() ? classifier.classify(text) : null),
    [classifier, text],
  );
  const lang = classified?.lang === 'en' || classified?.lang === 'es' ? classified.lang : uiLanguage();
  const findings = useMemo(
    () =>
      lintReply(text, guide, { network, lang, agent: agent || undefined, sentiment: classified?.sentiment }),
    [text, guide, network, lang, agent, classified],
  );
  const ui = uiLanguage();

  return (
    <fieldset className="group voice-try" data-testid="voice-try">
      <legend>{t('voice_try')}</legend>
      <p className="muted">{t('voice_try_help')}</p>
      <div className="voice-try-options">
        <SelectField<Platform>
          label={t('voice_try_network')}
          testId="voice-try-network"
          value={network}
          options={PLATFORMS.map((p) => [p, NETWORK_NAMES[p]] as const)}
          onChange={setNetwork}
        />
        <SelectField
          label={t('voice_try_agent')}
          testId="voice-try-agent"
          value={agent}
          options={[['', t('voice_try_noagent')] as const, ...agents.map((a) => [a, a] as const)]}
          onChange={setAgent}
        />
      </div>
      <label className="field">
        <span>{t('voice_try_text')}</span>
        <textarea
          data-testid="voice-try-text"
          rows={4}
          value={text}
          maxLength={MAX_REPLY}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {text.trim() && (
        <>
          <p className="voice-preview" data-testid="voice-try-preview">
            {pieces(text, findings).map((piece, i) =>
              piece.finding ? (
                <mark key={i} className={`voice-${piece.finding.severity}`} title={piece.finding.message[ui]}>
                  {piece.text}
                </mark>
              ) : (
                <span key={i}>{piece.text}</span>
              ),
            )}
          </p>
          {classified && (
            <p className="muted" data-testid="voice-try-detected">
              {t('voice_try_detected', [
                t(`templates_lang_${lang}` as MessageKey),
                t(`badge_${classified.sentiment}` as MessageKey),
              ])}
            </p>
          )}
        </>
      )}
      <div className="voice-try-summary" data-testid="voice-try-summary" data-lint-count={findings.length}>
        {text.trim() ? (findings.length ? t('voice_try_count', [findings.length]) : t('voice_try_ok')) : null}
        {findings.filter((f) => f.fix).length > 1 && (
          <button
            type="button"
            data-testid="voice-fix-all"
            onClick={() => setText(applyAllFixes(text, findings))}
          >
            {t('voice_fix_all')}
          </button>
        )}
      </div>
      <ul className="voice-findings">
        {findings.map((f, i) => (
          <li
            key={`${f.rule}:${f.start}:${f.end}:${i}`}
            className={`voice-finding voice-${f.severity}`}
            data-testid="voice-finding"
            data-rule={f.rule}
            data-severity={f.severity}
          >
            <span className="voice-severity">{t(`voice_severity_${f.severity}`)}</span>
            <span className="voice-message">{f.message[ui]}</span>
            {f.fix && (
              <button type="button" data-testid="voice-fix" onClick={() => setText(applyFix(text, f))}>
                {t('voice_fix')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
