// Background → every tab: tells the content scripts that something they show changed (a tag override,
// a flag), so every open tab updates within a moment. Tabs without a content script just don't answer.
import { browser } from 'wxt/browser';
import { sendMessage, type ProtocolMap } from './protocol';

type TabNotice = 'tagsChanged' | 'peopleChanged' | 'siteSwitched';

export async function broadcastToTabs<K extends TabNotice>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : (sendMessage as (t: K, d: typeof data, tabId: number) => Promise<unknown>)(
            type,
            data,
            tab.id,
          ).catch(() => {}),
    ),
  );
}
