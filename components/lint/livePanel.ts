// The live brand-voice check: while the CM types in a recognised reply box, a `vocero-lint` panel beside
// it lists the voice guide's findings ~60 ms after typing pauses. It never takes the focus and never
// touches the editor, except when the CM clicks a fix: the fixed text then goes in through the insertion
// engine, like a template.
import { t, uiLanguage } from '@/components/i18n';
import { UI_HOST_TAG } from '@/components/overlay/itemUi';
import { applyFix, lintReply, type Finding } from '@/core/voice';
import { detectEditorKind, insertText, readEditorText } from '@/editors';
import { sendMessage } from '@/messaging/protocol';
import type { Platform } from '@/sites/types';
import type { VoiceGuide } from '@/storage/entities';
import panelCss from './lint.css?inline';

const PAUSE_MS = 60;

export interface LiveLint {
  stop(): void;
}

/**
 * Watches typing in the page. `isReplyBox` decides which editable elements are reply boxes of this site;
 * `network` is the site's, for the length limits.
 */
export function startLiveLint(isReplyBox: (el: HTMLElement) => boolean, network: Platform): LiveLint {
  let guide: VoiceGuide | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let box: HTMLElement | undefined;
  let sentiment: { text: string; value: 'positive' | 'neutral' | 'negative' } | undefined;
  /** The reply's language as last detected (the address rules are for Spanish); the UI's until then. */
  let replyLang: 'es' | 'en' | undefined;
  const panel = createPanel();

  const loadGuide = () =>
    sendMessage('voiceGuide')
      .then((g) => (guide = g))
      .catch(() => undefined);

  const run = () => {
    if (!box || !guide) return;
    const text = readEditorText(box);
    const findings = text.trim()
      ? lintReply(text, guide, {
          network,
          lang: replyLang ?? uiLanguage(),
          sentiment: sentiment?.text === text ? sentiment.value : undefined,
        })
      : [];
    panel.show(box, findings, (finding) => void fix(text, finding));
    // The tone needs the classifier (in the background): it joins a moment later, then re-checks.
    if (text.trim() && sentiment?.text !== text)
      void sendMessage('replySentiment', text).then(({ sentiment: value, lang }) => {
        sentiment = { text, value };
        if (lang !== 'other') replyLang = lang;
        if (box && readEditorText(box) === text) run();
      });
  };

  const fix = async (text: string, finding: Finding) => {
    if (!box) return;
    const target = box;
    const fixed = applyFix(text, finding);
    if (fixed === text) return;
    // A word-level fix is typed over the word, as the CM would (select it, type the replacement); when the
    // editor does not take that, the fixed text replaces the whole reply through the insertion engine.
    if (finding.fix?.kind === 'replace' && (await replaceSpan(target, text, finding, fixed))) return run();
    await insertText({ element: target, kind: detectEditorKind(target) }, fixed, { replace: true });
    run();
  };

  const onInput = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof HTMLElement)) return;
    const editable =
      target.closest<HTMLElement>('textarea, [contenteditable="true"], [contenteditable=""]') ?? target;
    if (!isReplyBox(editable)) return;
    if (box !== editable) {
      box = editable;
      void loadGuide().then(run);
    }
    clearTimeout(timer);
    timer = setTimeout(run, PAUSE_MS);
  };
  document.addEventListener('input', onInput, true);
  void loadGuide();

  return {
    stop() {
      document.removeEventListener('input', onInput, true);
      clearTimeout(timer);
      panel.remove();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Selects the finding's span in the box (by its n-th occurrence) and types the replacement over it. */
async function replaceSpan(
  box: HTMLElement,
  text: string,
  finding: Finding,
  fixed: string,
): Promise<boolean> {
  if (finding.fix?.kind !== 'replace') return false;
  const span = text.slice(finding.start, finding.end);
  if (!span) return false;
  let nth = 0;
  for (let i = text.indexOf(span); i !== -1 && i < finding.start; i = text.indexOf(span, i + 1)) nth++;
  box.focus({ preventScroll: true });
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = box.value.indexOf(span, at + 1);
    if (at < 0) return false;
    box.setSelectionRange(at, at + span.length);
  } else {
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    let seen = 0;
    let found: { node: Text; at: number } | undefined;
    for (
      let node = walker.nextNode() as Text | null;
      node && !found;
      node = walker.nextNode() as Text | null
    ) {
      for (let at = node.data.indexOf(span); at !== -1; at = node.data.indexOf(span, at + 1))
        if (seen++ === nth) {
          found = { node, at };
          break;
        }
    }
    if (!found) return false;
    const range = document.createRange();
    range.setStart(found.node, found.at);
    range.setEnd(found.node, found.at + span.length);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    await sleep(0); // editors sync their selection on selectionchange
  }
  const replacement = finding.fix.replacement;
  if (replacement) document.execCommand('insertText', false, replacement);
  else document.execCommand('delete');
  for (let i = 0; i < 10; i++) {
    await sleep(20);
    if (readEditorText(box) === fixed) return true;
  }
  return false;
}

function createPanel() {
  let host: HTMLElement | undefined;
  let list: HTMLElement;
  let root: HTMLElement;
  const ensure = () => {
    if (host?.isConnected) return;
    host = document.createElement(UI_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(panelCss);
    shadow.adoptedStyleSheets = [sheet];
    root = document.createElement('div');
    root.className = 'lint';
    root.dataset.testid = 'vocero-lint';
    root.setAttribute('role', 'status');
    // Clicks on the panel must not take the focus from the editor.
    root.addEventListener('mousedown', (event) => event.preventDefault());
    list = document.createElement('ul');
    root.append(list);
    shadow.append(root);
    document.documentElement.append(host);
  };
  return {
    show(box: HTMLElement, findings: Finding[], onFix: (f: Finding) => void) {
      ensure();
      const lang = uiLanguage();
      root.dataset.lintCount = String(findings.length);
      root.dataset.checkedAt = String(performance.now()); // the page's clock: tests measure the delay
      root.classList.toggle('clean', findings.length === 0);
      const rect = box.getBoundingClientRect();
      host!.style.setProperty('--top', `${Math.min(innerHeight - 40, rect.bottom + 4)}px`);
      host!.style.setProperty('--left', `${Math.max(4, rect.left)}px`);
      list.replaceChildren(
        ...(findings.length
          ? findings.map((finding) => {
              const li = document.createElement('li');
              li.className = finding.severity;
              li.dataset.rule = finding.rule;
              const text = document.createElement('span');
              text.textContent = finding.message[lang];
              li.append(text);
              if (finding.fix) {
                const button = document.createElement('button');
                button.type = 'button';
                button.tabIndex = -1;
                button.dataset.testid = 'vocero-lint-fix';
                button.textContent = t('lint_fix');
                button.addEventListener('click', () => onFix(finding));
                li.append(button);
              }
              return li;
            })
          : [Object.assign(document.createElement('li'), { className: 'ok', textContent: t('lint_clean') })]),
      );
    },
    remove() {
      host?.remove();
    },
  };
}
