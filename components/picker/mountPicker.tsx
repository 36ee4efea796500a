// Mounts the picker in its own `vocero-ui` host (fixed, over the page) with an open shadow root: the
// site's CSS cannot reach in and ours cannot leak out. One picker at a time.
import { createRoot } from 'react-dom/client';
import { UI_HOST_TAG } from '@/components/overlay/itemUi';
import pickerCss from './picker.css?inline';
import { Picker, type PickerProps } from './Picker';
import { createPickerStore, type PickerStore } from './store';

export interface MountedPicker {
  store: PickerStore;
  host: HTMLElement;
  close(): void;
  /** Hides the picker while the reply is being inserted (the site's editor needs the focus). */
  hide(hidden: boolean): void;
}

let current: MountedPicker | undefined;

export function mountPicker(
  props: Omit<PickerProps, 'store' | 'onClose'>,
  theme: 'light' | 'dark',
  onClosed?: () => void,
): MountedPicker {
  current?.close();
  const host = document.createElement(UI_HOST_TAG);
  host.dataset.theme = theme;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(pickerCss);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  shadow.append(container);
  // A click on the backdrop (the host itself, outside the dialog) closes the picker.
  host.addEventListener('mousedown', (event) => {
    if (event.composedPath()[0] === host) mounted.close();
  });
  document.documentElement.append(host);
  const root = createRoot(container);
  const store = createPickerStore();
  const mounted: MountedPicker = {
    store,
    host,
    close() {
      if (current === mounted) current = undefined;
      root.unmount();
      host.remove();
      onClosed?.();
    },
    hide(hidden) {
      host.style.display = hidden ? 'none' : '';
    },
  };
  root.render(<Picker {...props} store={store} onClose={() => mounted.close()} />);
  current = mounted;
  return mounted;
}
