import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/messaging/protocol';
import { answer, handlers } from '@/storage/handlers';
import { registerCustomInstances } from '@/storage/mastodonInstances';
import { ensureStarterTemplates } from '@/storage/templates';
import { forgetTab, reportMood } from '@/storage/mood';

export default defineBackground(() => {
  // A first install gets the starter templates (Spanish and English); an empty table later stays empty.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void ensureStarterTemplates().catch((error: unknown) => console.error('[vocero]', error));
  });
  // The picker's keyboard shortcut: open it in the active tab, in the reply box that has the focus.
  browser.commands.onCommand.addListener((command) => {
    if (command !== 'open-picker') return;
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([tab]) => {
        if (tab?.id !== undefined) await sendMessage('openPicker', undefined, tab.id);
      })
      .catch(() => {}); // no content script on that page
  });
  // Every request of messaging/protocol.ts that the background answers has its handler in storage/handlers.ts.
  const listen = onMessage as (
    type: string,
    handler: (message: { data: unknown }) => Promise<unknown>,
  ) => void;
  for (const [type, handle] of Object.entries(handlers) as [string, (data: unknown) => Promise<unknown>][])
    listen(type, ({ data }) => answer(() => handle(data)));
  onMessage('pageMood', ({ data, sender }) => reportMood(sender.tab?.id, data));
  // The reply picker is injected on first use, into the frame that asked (components/picker/loader.ts).
  onMessage('injectPicker', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('The reply picker opens only in a tab.');
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/content-scripts/picker.js'],
    });
  });
  browser.tabs.onRemoved.addListener(forgetTab);
  // Registrations survive restarts, but not a revoked permission: re-check at every start.
  void registerCustomInstances().catch((error: unknown) =>
    console.error('[vocero] Mastodon instances', error),
  );
});
