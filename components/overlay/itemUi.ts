// The per-item UI: a `vocero-ui` host with an open shadow root holding the badge and the reply and flag
// buttons. Built with plain DOM (not a React root per item) because pages hold thousands of items; all
// text goes in through textContent, never as HTML. One constructed stylesheet is shared by every root.
import { t, uiLanguage } from '@/components/i18n';
import { flagKindLabel } from '@/core/people/flagKinds';
import type { Intent, Sentiment } from '@/storage/entities';
import itemCss from './item.css?inline';

export const UI_HOST_TAG = 'vocero-ui';

let sharedSheet: CSSStyleSheet | undefined;
function sheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(itemCss);
  }
  return sharedSheet;
}

export interface ItemUiState {
  itemId: string;
  sentiment: Sentiment;
  intent: readonly Intent[];
  reasons: string;
  flag: string;
  flagAutomatic: boolean;
  flagReason: string;
}

export interface ItemUiHandlers {
  onReply(itemId: string, host: HTMLElement): void;
  onFlag(itemId: string, host: HTMLElement): void;
  /** The badge was clicked: the CM wants to correct the tag. */
  onBadge(itemId: string, host: HTMLElement): void;
  /** Hand the item (a complaint) to its owner. */
  onEscalate(itemId: string, host: HTMLElement): void;
}

interface ItemUi {
  host: HTMLElement;
  badge: HTMLButtonElement;
  flag: HTMLButtonElement;
  reply: HTMLButtonElement;
  escalate: HTMLButtonElement;
}
const uiByHost = new WeakMap<Element, ItemUi>();

function button(testId: string, itemId: string, label: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.dataset.testid = testId;
  el.dataset.voceroFor = itemId;
  el.title = label;
  el.setAttribute('aria-label', label);
  return el;
}

function create(itemId: string, handlers: ItemUiHandlers): ItemUi {
  const host = document.createElement(UI_HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet()];
  const bar = document.createElement('span');
  bar.className = 'bar';
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.dataset.testid = 'vocero-badge';
  const reply = button('vocero-reply', itemId, t('overlay_reply'));
  reply.textContent = '↩';
  const flag = button('vocero-flag', itemId, t('overlay_flag'));
  const escalate = button('vocero-escalate', itemId, t('overlay_escalate'));
  escalate.textContent = '⚑';
  escalate.addEventListener('click', () => handlers.onEscalate(escalate.dataset.voceroFor ?? '', host));
  // Clicks stay ours: the site's own handlers on the item (open post, like…) must not fire.
  bar.addEventListener('click', (event) => event.stopPropagation());
  reply.addEventListener('click', () => handlers.onReply(reply.dataset.voceroFor ?? '', host));
  flag.addEventListener('click', () => handlers.onFlag(flag.dataset.voceroFor ?? '', host));
  badge.addEventListener('click', () => handlers.onBadge(badge.dataset.voceroFor ?? '', host));
  bar.append(badge, reply, flag, escalate);
  root.append(bar);
  const ui = { host, badge, flag, reply, escalate };
  uiByHost.set(host, ui);
  return ui;
}

/** Finds or creates the item's host under `anchor` and brings it up to date. */
export function renderItemUi(
  anchor: Element,
  state: ItemUiState,
  handlers: ItemUiHandlers,
  theme: 'light' | 'dark',
): HTMLElement {
  const existing = [...anchor.children].find((child) => child.localName === UI_HOST_TAG);
  const ui = (existing && uiByHost.get(existing)) || create(state.itemId, handlers);
  if (!ui.host.isConnected || ui.host.parentElement !== anchor) anchor.append(ui.host);
  ui.host.dataset.theme = theme;
  for (const el of [ui.badge, ui.reply, ui.flag, ui.escalate]) el.dataset.voceroFor = state.itemId;
  // Complaints and urgent items are what CMs escalate; the button shows only there.
  ui.escalate.hidden =
    !state.intent.some((i) => i === 'complaint' || i === 'urgent') && state.sentiment !== 'negative';
  ui.badge.className = `badge ${state.sentiment}`;
  const intents = state.intent.map((intent) => t(`intent_${intent}`));
  ui.badge.textContent = [t(`badge_${state.sentiment}`), ...intents].join(' · ');
  ui.badge.title = state.reasons;
  ui.flag.textContent = state.flag
    ? `${state.flagAutomatic ? '◎' : '★'} ${flagKindLabel(state.flag, uiLanguage())}`
    : '☆';
  ui.flag.classList.toggle('on', state.flag !== '');
  ui.flag.classList.toggle('auto', state.flagAutomatic);
  ui.flag.title = state.flag
    ? [state.flagAutomatic ? t('overlay_flag_automatic', [state.flagReason]) : '', t('overlay_flag_change')]
        .filter(Boolean)
        .join(' · ')
    : t('overlay_flag');
  return ui.host;
}
