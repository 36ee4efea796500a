import { UI_HOST_TAG } from './itemUi';

const ATTRIBUTES = ['item', 'platform', 'author', 'sentiment', 'intent', 'flag'].map(
  (a) => `data-vocero-${a}`,
);

/** Gives the page back exactly as it was: removes every host and every data-vocero-* attribute. */
export function removeOverlay(root: ParentNode = document): void {
  for (const host of root.querySelectorAll(UI_HOST_TAG)) host.remove();
  for (const el of root.querySelectorAll('[data-vocero-item]'))
    for (const attribute of ATTRIBUTES) el.removeAttribute(attribute);
}
