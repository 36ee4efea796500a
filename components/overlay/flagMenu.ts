// The flag button's menu: flag the item's author as influencer, advocate, detractor, VIP, troll or a custom
// kind, with a note; unflag; or confirm / dismiss a flag a rule set.
import { t, uiLanguage } from '@/components/i18n';
import { BUILT_IN_FLAG_KINDS, flagKindLabel, normalizeFlagKind } from '@/core/people/flagKinds';
import type { FlagAction, ItemTag } from '@/messaging/protocol';
import { menuButton, openPopover } from './popover';

export interface FlagMenuActions {
  flag(kind: string, note: string): void;
  change(action: FlagAction): void;
}

export function openFlagMenu(
  host: HTMLElement,
  current: Pick<ItemTag, 'flag' | 'flagAutomatic' | 'flagReason' | 'flagNote'>,
  actions: FlagMenuActions,
): void {
  const popover = openPopover(host, 'vocero-flag-menu', t('overlay_flag_title'));
  const lang = uiLanguage();
  let kind = current.flag || 'influencer';

  const kinds = document.createElement('div');
  kinds.className = 'row';
  const buttons = BUILT_IN_FLAG_KINDS.map((value) => {
    const button = menuButton(flagKindLabel(value, lang), `vocero-flag-kind-${value}`, value === kind);
    button.addEventListener('click', () => {
      kind = value;
      custom.value = '';
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
    });
    return button;
  });
  kinds.append(...buttons);

  const custom = document.createElement('input');
  custom.placeholder = t('overlay_flag_custom');
  custom.setAttribute('aria-label', t('overlay_flag_custom'));
  custom.dataset.testid = 'vocero-flag-custom';
  custom.maxLength = 30;
  if (current.flag && !(BUILT_IN_FLAG_KINDS as readonly string[]).includes(current.flag))
    custom.value = current.flag;
  custom.addEventListener('input', () => {
    for (const b of buttons)
      b.setAttribute(
        'aria-pressed',
        String(!custom.value && b.dataset.testid === `vocero-flag-kind-${kind}`),
      );
  });

  const note = document.createElement('input');
  note.placeholder = t('overlay_flag_note');
  note.setAttribute('aria-label', t('overlay_flag_note'));
  note.dataset.testid = 'vocero-flag-note';
  note.maxLength = 5000;
  note.value = current.flagNote;

  const row = document.createElement('div');
  row.className = 'row actions';
  const save = menuButton(t('overlay_save'), 'vocero-flag-save');
  save.classList.add('primary');
  save.addEventListener('click', () => {
    const chosen = custom.value ? normalizeFlagKind(custom.value) : kind;
    if (!chosen) {
      custom.setCustomValidity('?');
      custom.reportValidity();
      return;
    }
    popover.close();
    actions.flag(chosen, note.value.trim());
  });
  row.append(save);
  const add = (label: string, testId: string, action: FlagAction) => {
    const button = menuButton(label, testId);
    button.addEventListener('click', () => {
      popover.close();
      actions.change(action);
    });
    row.append(button);
  };
  if (current.flag && current.flagAutomatic) {
    add(t('overlay_flag_confirm'), 'vocero-flag-confirm', 'confirm');
    add(t('overlay_flag_dismiss'), 'vocero-flag-dismiss', 'dismiss');
  } else if (current.flag) add(t('overlay_unflag'), 'vocero-unflag', 'unflag');

  if (current.flagAutomatic) {
    const why = document.createElement('span');
    why.className = 'label';
    why.textContent = t('overlay_flag_automatic', [current.flagReason]);
    popover.element.append(why);
  }
  popover.element.append(kinds, custom, note, row);
  (buttons.find((b) => b.getAttribute('aria-pressed') === 'true') ?? buttons[0])?.focus({
    preventScroll: true,
  });
}
