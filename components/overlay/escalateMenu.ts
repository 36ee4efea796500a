// The escalate menu: pick the owner from the voice guide's contacts, add context, and send the prefilled
// email (mailto:) or copy the message. Either records the escalation (logged as `escalate`).
import { t, uiLanguage } from '@/components/i18n';
import { escalationMessage, mailtoLink } from '@/core/escalation/message';
import type { ItemTag } from '@/messaging/protocol';
import type { ExtractedItem } from '@/sites/types';
import { menuButton, openPopover } from './popover';

export interface Contact {
  kind: string;
  name: string;
  email: string;
}

export function openEscalateMenu(
  host: HTMLElement,
  item: ExtractedItem,
  tag: ItemTag | undefined,
  data: { brandName: string; contacts: Contact[] },
  onEscalate: (contact: Contact, message: string) => void,
): void {
  const popover = openPopover(host, 'vocero-escalate-menu', t('overlay_escalate_title'));
  // A complaint goes to the contact whose kind says so, when there is one.
  let contact: Contact = data.contacts.find((c) => /queja|complaint|reclam/i.test(c.kind)) ??
    data.contacts[0] ?? { kind: '—', name: '', email: '' };

  const contacts = document.createElement('div');
  contacts.className = 'row';
  const buttons = data.contacts.map((c, i) => {
    const button = menuButton(`${c.kind}: ${c.name}`, `vocero-escalate-contact-${i}`, c === contact);
    button.addEventListener('click', () => {
      contact = c;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
      update();
    });
    return button;
  });
  contacts.append(...buttons);
  if (!data.contacts.length) {
    const none = document.createElement('span');
    none.className = 'label';
    none.textContent = t('overlay_escalate_noContacts');
    contacts.append(none);
  }

  const context = document.createElement('input');
  context.placeholder = t('overlay_escalate_context');
  context.setAttribute('aria-label', t('overlay_escalate_context'));
  context.dataset.testid = 'vocero-escalate-context';
  const preview = document.createElement('pre');
  preview.className = 'message';
  preview.dataset.testid = 'vocero-escalate-message';

  const message = () =>
    escalationMessage({
      lang: uiLanguage(),
      brandName: data.brandName,
      contactName: contact.name,
      contactKind: contact.kind,
      platform: item.platform,
      authorName: item.author.displayName,
      handle: item.author.handle,
      itemUrl: item.permalink,
      itemText: item.text,
      // The tag in the message's language, as the badge shows it ("negativo, queja").
      sentiment: tag ? t(`badge_${tag.sentiment}`).toLowerCase() : '',
      intent: (tag?.intent ?? []).map((intent) => t(`intent_${intent}`)),
      context: context.value,
    });
  const update = () => {
    const m = message();
    preview.textContent = `${m.subject}\n\n${m.body}`;
  };
  context.addEventListener('input', update);
  update();

  const actions = document.createElement('div');
  actions.className = 'row actions';
  if (contact.email) {
    const email = menuButton(t('overlay_escalate_email'), 'vocero-escalate-email');
    email.classList.add('primary');
    email.addEventListener('click', () => {
      const m = message();
      const link = document.createElement('a');
      link.href = mailtoLink(contact.email, m);
      link.click();
      popover.close();
      onEscalate(contact, m.body);
    });
    actions.append(email);
  }
  const copy = menuButton(t('overlay_escalate_copy'), 'vocero-escalate-copy');
  copy.addEventListener('click', () => {
    const m = message();
    void navigator.clipboard.writeText(`${m.subject}\n\n${m.body}`).finally(() => {
      copy.textContent = t('overlay_escalate_copied');
      setTimeout(() => popover.close(), 600);
      onEscalate(contact, m.body);
    });
  });
  actions.append(copy);
  popover.element.append(contacts, context, preview, actions);
  (buttons[0] ?? context).focus({ preventScroll: true }); // placed on screen by openPopover, not by scrolling
}
