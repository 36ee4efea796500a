// A small menu opened from an item's UI, drawn inside that item's shadow root (so the site's styles and
// scripts cannot reach it). One open at a time; Escape or a click outside closes it.
let closeOpen: (() => void) | undefined;

export interface Popover {
  element: HTMLElement;
  close(): void;
}

export function openPopover(host: HTMLElement, testId: string, title: string): Popover {
  closeOpen?.();
  const root = host.shadowRoot!;
  const element = document.createElement('div');
  element.className = 'menu';
  element.dataset.testid = testId;
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-label', title);
  const heading = document.createElement('strong');
  heading.textContent = title;
  element.append(heading);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
    event.stopPropagation(); // typing in our inputs must not trigger the site's shortcuts
  };
  const onOutside = (event: MouseEvent) => {
    if (!event.composedPath().includes(element)) close();
  };
  const close = () => {
    element.remove();
    document.removeEventListener('mousedown', onOutside, true);
    if (closeOpen === close) closeOpen = undefined;
  };
  element.addEventListener('keydown', onKey);
  element.addEventListener('click', (event) => event.stopPropagation());
  document.addEventListener('mousedown', onOutside, true);
  root.append(element);
  closeOpen = close;
  // The caller fills the menu right after this returns; then it is placed where it fits.
  queueMicrotask(() => placeInViewport(host, element));
  return { element, close };
}

/**
 * Opens the menu upward when there is more room above the item's UI than below it (an item near the
 * bottom of the screen), and caps its height to that room: it scrolls rather than run off the screen.
 */
function placeInViewport(host: HTMLElement, menu: HTMLElement): void {
  if (!menu.isConnected) return;
  const margin = 8;
  const anchor = host.getBoundingClientRect();
  const below = window.innerHeight - anchor.bottom - margin;
  const above = anchor.top - margin;
  const upward = menu.offsetHeight > below && above > below;
  menu.classList.toggle('above', upward);
  menu.style.maxHeight = `${Math.max(120, Math.floor(upward ? above : below))}px`;
}

export function menuButton(label: string, testId: string, pressed?: boolean): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.dataset.testid = testId;
  if (pressed !== undefined) button.setAttribute('aria-pressed', String(pressed));
  return button;
}
