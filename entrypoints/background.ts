import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/messaging/protocol';
import { handlers } from '@/storage/handlers';
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
  onMessage('tagItems', ({ data }) => handlers.tagItems(data));
  onMessage('overrideTag', ({ data }) => handlers.overrideTag(data));
  onMessage('flagAuthor', ({ data }) => handlers.flagAuthor(data));
  onMessage('changeFlag', ({ data }) => handlers.changeFlag(data));
  onMessage('escalationContacts', () => handlers.escalationContacts(undefined));
  onMessage('escalate', ({ data }) => handlers.escalate(data));
  onMessage('voiceGuide', () => handlers.voiceGuide(undefined));
  onMessage('replySentiment', ({ data }) => handlers.replySentiment(data));
  onMessage('pageMood', ({ data, sender }) => reportMood(sender.tab?.id, data));
  browser.tabs.onRemoved.addListener(forgetTab);
  onMessage('pickerData', () => handlers.pickerData(undefined));
  onMessage('replyInserted', ({ data }) => handlers.replyInserted(data));
  onMessage('logInteraction', ({ data }) => handlers.logInteraction(data));
  onMessage('todaySummary', () => handlers.todaySummary(undefined));
  onMessage('getSettings', () => handlers.getSettings(undefined));
  onMessage('setSiteEnabled', ({ data }) => handlers.setSiteEnabled(data));
  onMessage('setMastodonInstances', ({ data }) => handlers.setMastodonInstances(data));
  // Registrations survive restarts, but not a revoked permission: re-check at every start.
  void registerCustomInstances().catch((error: unknown) =>
    console.error('[vocero] Mastodon instances', error),
  );
});
