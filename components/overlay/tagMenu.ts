// The badge's menu: the CM corrects an item's sentiment and intent. The override is stored by the
// background, logged as a `tag`, and shown wherever the item appears.
import { t } from '@/components/i18n';
import type { ItemTag } from '@/messaging/protocol';
import { INTENTS, type Intent, type Sentiment } from '@/storage/entities';
import { menuButton, openPopover } from './popover';

const SENTIMENTS: Sentiment[] = ['positive', 'neutral', 'negative'];

export function openTagMenu(
  host: HTMLElement,
  current: Pick<ItemTag, 'sentiment' | 'intent'>,
  onSave: (tag: { sentiment: Sentiment; intent: Intent[] }) => void,
): void {
  const popover = openPopover(host, 'vocero-tag-menu', t('overlay_tag_title'));
  let sentiment = current.sentiment;
  const intents = new Set(current.intent);

  const sentimentRow = document.createElement('div');
  sentimentRow.className = 'row';
  const sentimentButtons = SENTIMENTS.map((value) => {
    const button = menuButton(t(`badge_${value}`), `vocero-tag-sentiment-${value}`, value === sentiment);
    button.classList.add(value);
    button.addEventListener('click', () => {
      sentiment = value;
      for (const b of sentimentButtons) b.setAttribute('aria-pressed', String(b === button));
    });
    return button;
  });
  sentimentRow.append(...sentimentButtons);

  const intentLabel = document.createElement('span');
  intentLabel.className = 'label';
  intentLabel.textContent = t('overlay_tag_intent');
  const intentRow = document.createElement('div');
  intentRow.className = 'row';
  for (const intent of INTENTS) {
    const button = menuButton(t(`intent_${intent}`), `vocero-tag-intent-${intent}`, intents.has(intent));
    button.addEventListener('click', () => {
      if (intents.has(intent)) intents.delete(intent);
      else intents.add(intent);
      button.setAttribute('aria-pressed', String(intents.has(intent)));
    });
    intentRow.append(button);
  }

  const actions = document.createElement('div');
  actions.className = 'row actions';
  const save = menuButton(t('overlay_save'), 'vocero-tag-save');
  save.classList.add('primary');
  save.addEventListener('click', () => {
    popover.close();
    onSave({ sentiment, intent: INTENTS.filter((i) => intents.has(i)) });
  });
  const cancel = menuButton(t('overlay_cancel'), 'vocero-tag-cancel');
  cancel.addEventListener('click', () => popover.close());
  actions.append(save, cancel);

  popover.element.append(sentimentRow, intentLabel, intentRow, actions);
  sentimentButtons.find((b) => b.getAttribute('aria-pressed') === 'true')?.focus({ preventScroll: true });
}
