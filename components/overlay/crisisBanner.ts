// The overlay's crisis warning: a small fixed banner in its own `vocero-ui` host when the share of negative
// items on this page (or in the session) crosses the threshold from settings. Dismissed until reload.
//
// The host is a manual popover, so the banner is drawn in the top layer: above the site's own fixed
// headers whatever their z-index, and outside the page's tree for rendering. A fixed element in the page
// made Chromium walk every node of the page before painting when it appeared or changed (13 ms on a
// 5,000-comment page, measured); in the top layer that walk is 0.1 ms.
import { t } from '@/components/i18n';
import type { MoodWarning } from '@/messaging/protocol';
import { UI_HOST_TAG } from './itemUi';

const CSS = `:host{all:initial;position:fixed;top:12px;inset-inline-end:12px}
.banner{display:flex;gap:10px;align-items:center;max-width:360px;padding:10px 12px;border-radius:10px;
background:#cf222e;color:#fff;font:500 13px/1.35 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;
box-shadow:0 8px 28px rgb(0 0 0 / .25)}
button{all:unset;cursor:pointer;padding:0 4px;font-size:16px}`;

let host: HTMLElement | undefined;
let dismissed = false;
/**
 * While a page loads, the counts change with every batch. Each rewrite of the banner lays out and repaints
 * the page's fixed layer (measured: the mood path cost ~10 µs per comment on a 5,000-comment page), so the
 * text changes at most every TEXT_EVERY_MS, the latest numbers last.
 */
const TEXT_EVERY_MS = 2000;
let lastWrite = 0;
let pendingText: ReturnType<typeof setTimeout> | undefined;

export function showCrisis(mood: { total: number; negative: number }, warning: MoodWarning): void {
  const on = warning.page || warning.session;
  if (!on || dismissed) {
    if (!on) hideCrisis();
    return;
  }
  if (!host) {
    host = document.createElement(UI_HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const banner = document.createElement('div');
    banner.className = 'banner';
    banner.dataset.testid = 'vocero-crisis';
    banner.setAttribute('role', 'alert');
    const text = document.createElement('span');
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', t('overlay_cancel'));
    close.addEventListener('click', () => {
      dismissed = true;
      hideCrisis();
    });
    banner.append(text, close);
    root.append(style, banner);
    host.popover = 'manual';
    document.documentElement.append(host);
    host.showPopover();
  }
  const text = host.shadowRoot!.querySelector('span')!;
  const share = (n: number, of: number) => Math.round((100 * n) / Math.max(1, of));
  const message = warning.page
    ? t('overlay_crisis_page', [share(mood.negative, mood.total), mood.negative, mood.total])
    : t('overlay_crisis_session', [
        share(warning.sessionNegative, warning.sessionTotal),
        warning.sessionNegative,
        warning.sessionTotal,
      ]);
  clearTimeout(pendingText);
  const write = () => {
    lastWrite = performance.now();
    if (text.textContent !== message) text.textContent = message;
  };
  const wait = lastWrite + TEXT_EVERY_MS - performance.now();
  if (text.textContent === '' || wait <= 0) write();
  else pendingText = setTimeout(write, wait);
}

export function hideCrisis(): void {
  clearTimeout(pendingText);
  host?.remove();
  host = undefined;
}
