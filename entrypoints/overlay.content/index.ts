import { fromColumns, toColumns } from '@/messaging/columns';
import {
  ITEM_TAG_FIELDS,
  TAG_REQUEST_FIELDS,
  itemContext,
  onMessage,
  sendMessage,
} from '@/messaging/protocol';
import { setUiLanguage } from '@/components/i18n';
import { startOverlay, type Overlay } from '@/components/overlay/overlay';
import { removeOverlay } from '@/components/overlay/teardown';
import { openTagMenu } from '@/components/overlay/tagMenu';
import { openFlagMenu } from '@/components/overlay/flagMenu';
import { openEscalateMenu } from '@/components/overlay/escalateMenu';
import { hideCrisis, showCrisis } from '@/components/overlay/crisisBanner';
import { loadPicker } from '@/components/picker/loader';
import { startLiveLint, type LiveLint } from '@/components/lint/livePanel';
import { detectEditorKind } from '@/editors';
import type { Intent, Sentiment } from '@/storage/entities';
import { adapterFor } from '@/sites/registry';
import { SITE_MATCHES } from '@/sites/matches';

const reportError = (error: unknown) => console.warn('[vocero]', error);

/** The focused element, looking inside open shadow roots (Reddit's composer lives in one). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const isEditable = (el: Element) =>
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && el.type === 'text') ||
  (el instanceof HTMLElement && el.isContentEditable);

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await sendMessage('getSettings');
    const adapter = adapterFor(new URL(location.href), document, settings.mastodonInstances);
    if (!adapter) return; // an unknown page gets nothing
    setUiLanguage(settings.language);

    let overlay: Overlay | undefined;
    // The page's mood goes to the background at most twice a second (toolbar badge, session total).
    let moodTimer: ReturnType<typeof setTimeout> | undefined;
    const onMood = (mood: { total: number; negative: number }) => {
      clearTimeout(moodTimer);
      moodTimer = setTimeout(() => {
        void sendMessage('pageMood', mood)
          .then((warning) => showCrisis(mood, warning))
          .catch(reportError);
      }, 500);
    };
    const start = () => {
      lint ??= startLiveLint(isReplyBox, adapter.platform);
      overlay ??= startOverlay(
        adapter,
        (items) =>
          sendMessage('tagItems', toColumns(items, TAG_REQUEST_FIELDS)).then((tags) =>
            fromColumns(tags, ITEM_TAG_FIELDS),
          ),
        {
          onReply(itemId) {
            const found = overlay?.itemById(itemId);
            if (found)
              void loadPicker()
                .then((openPicker) => openPicker(adapter, found))
                .catch(reportError);
          },
          onFlag(itemId, host) {
            const found = overlay?.itemById(itemId);
            if (!found?.item.author.handle) return; // nobody to flag
            const { item, tag } = found;
            const context = {
              platform: item.platform,
              handle: item.author.handle,
              itemId: item.id,
              itemUrl: item.permalink,
              itemText: item.text,
            };
            openFlagMenu(host, tag ?? { flag: '', flagAutomatic: false, flagReason: '', flagNote: '' }, {
              flag: (kind, note) =>
                void sendMessage('flagAuthor', {
                  ...context,
                  displayName: item.author.displayName,
                  profileUrl: item.author.profileUrl,
                  flag: kind,
                  note,
                }).catch(reportError),
              change: (action) => void sendMessage('changeFlag', { action, ...context }).catch(reportError),
            });
          },
          onEscalate(itemId, host) {
            const found = overlay?.itemById(itemId);
            if (!found) return;
            const { item, tag } = found;
            void sendMessage('escalationContacts').then((data) =>
              openEscalateMenu(
                host,
                item,
                tag,
                data,
                (contact, message) =>
                  void sendMessage('escalate', {
                    ...itemContext(item, tag),
                    contactKind: contact.kind,
                    contactName: contact.name,
                    contactEmail: contact.email,
                    message,
                  }).catch(reportError),
              ),
            );
          },
          onBadge(itemId, host) {
            const found = overlay?.itemById(itemId);
            if (!found) return;
            const { element, item } = found;
            const current = {
              sentiment: (element.getAttribute('data-vocero-sentiment') ?? 'neutral') as Sentiment,
              intent: (element.getAttribute('data-vocero-intent') ?? '')
                .split(' ')
                .filter(Boolean) as Intent[],
            };
            openTagMenu(host, current, (tag) => {
              void sendMessage('overrideTag', { ...itemContext(item, tag), ...tag }).catch((error: unknown) =>
                console.warn('[vocero] could not save the tag:', error),
              );
            });
          },
        },
        document.body,
        onMood,
      );
    };
    // A recognised reply box: inside an item, the box the site gives an item, or a known editor's root.
    const isReplyBox = (el: HTMLElement) =>
      el.closest(adapter.itemSelector) !== null ||
      (detectEditorKind(el) !== 'unknown' &&
        (el.isContentEditable || el instanceof HTMLTextAreaElement) &&
        (el.matches(
          '[role="textbox"], textarea, .ql-editor, .ProseMirror, [data-lexical-editor], [data-slate-editor]',
        ) ||
          el.closest('.DraftEditor-root') !== null));
    let lint: LiveLint | undefined;
    const stop = () => {
      lint?.stop();
      lint = undefined;
      overlay?.stop();
      overlay = undefined;
      clearTimeout(moodTimer);
      hideCrisis();
      removeOverlay();
    };
    const status = () => ({
      hostname: location.hostname,
      platform: adapter.platform,
      enabled: overlay !== undefined,
      items: document.querySelectorAll('[data-vocero-item]').length,
    });

    const unlisten = [
      // The popup talks to this tab directly: what runs here, and "switch off on this site" at once.
      onMessage('siteStatus', status),
      onMessage('switchSite', async ({ data }) => {
        await sendMessage('setSiteEnabled', { hostname: location.hostname, enabled: data.enabled });
        if (data.enabled) start();
        else stop();
        return status();
      }),
      // Another tab (or this one) changed a tag or a flag: redraw the items concerned.
      onMessage('tagsChanged', ({ data }) => overlay?.refresh((item) => data.itemIds.includes(item.id))),
      // The picker's keyboard shortcut (commands API), pressed in a reply box of this page.
      onMessage('openPicker', () => {
        const focused = deepActiveElement();
        const editable = focused && isEditable(focused) ? (focused as HTMLElement) : undefined;
        const around = focused ? overlay?.itemAround(focused) : null;
        void loadPicker()
          .then((openPicker) =>
            openPicker(adapter, {
              element: around?.element ?? null,
              item: around?.item ?? null,
              tag: around?.tag,
              focusedBox: editable,
            }),
          )
          .catch(reportError);
      }),
      // Switched for this site elsewhere (another tab's popup, settings): follow at once.
      onMessage('siteSwitched', ({ data }) => {
        if (data.hostname !== location.hostname) return;
        if (data.enabled) start();
        else stop();
      }),
      onMessage('peopleChanged', ({ data }) =>
        overlay?.refresh((item) =>
          data.authors.some((a) => a.platform === item.platform && a.handle === item.author.handle),
        ),
      ),
    ];
    ctx.onInvalidated(() => {
      unlisten.forEach((remove) => remove());
      stop();
    });
    // Single-page navigation keeps the same document: look at the whole page again for new items.
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay?.rescan());

    if (!settings.disabledSites.includes(location.hostname)) start();
  },
});
