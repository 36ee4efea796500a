// The picker (React, Fuse and the template engine: two thirds of the on-page code) is not part of the
// content script every page load evaluates. The first time the CM opens it, the background injects
// entrypoints/picker.content.ts into this frame; that script hands its `openPicker` over here. Both run in
// the extension's isolated world, which shares one global object, hence the registered symbol.
import { sendMessage } from '@/messaging/protocol';
import type { openPicker } from './replyFlow';

export type OpenPicker = typeof openPicker;

const SLOT = Symbol.for('vocero.openPicker');
const slot = globalThis as { [SLOT]?: OpenPicker };

/** Called by the injected picker script. */
export function providePicker(open: OpenPicker): void {
  slot[SLOT] = open;
}

let loading: Promise<OpenPicker> | undefined;

/** The picker's entry, injected on first use (later calls get it at once). */
export function loadPicker(): Promise<OpenPicker> {
  const ready = slot[SLOT];
  if (ready) return Promise.resolve(ready);
  loading ??= sendMessage('injectPicker')
    .then(() => {
      const open = slot[SLOT];
      if (!open) throw new Error('the reply picker did not load');
      return open;
    })
    .finally(() => {
      loading = undefined; // a failed injection is tried again on the next click
    });
  return loading;
}
