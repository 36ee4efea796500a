// From a chosen template to a reply in the site's own box: open the box with the site's Reply button when
// needed, insert through the editor strategies (read back and verified), then log the reply.
import { t } from '@/components/i18n';
import { detectEditorKind, insertText, openReplyBox } from '@/editors';
import { itemContext, sendMessage, type ItemContext, type ItemTag } from '@/messaging/protocol';
import type { ExtractedItem, ReplyBox, SiteAdapter } from '@/sites/types';
import { siteTheme } from '@/components/overlay/theme';
import { mountPicker } from './mountPicker';

export interface ReplyTarget {
  /** The item being answered (null when the shortcut was pressed in a box Vocero cannot tie to one). */
  element: Element | null;
  item: ExtractedItem | null;
  tag: ItemTag | undefined;
  /** The reply box the CM was typing in when they pressed the shortcut. */
  focusedBox?: HTMLElement;
}

export async function openPicker(adapter: SiteAdapter, target: ReplyTarget): Promise<void> {
  const data = await sendMessage('pickerData');
  const returnFocus = target.focusedBox;
  const picker = mountPicker(
    {
      data,
      item: target.item,
      tag: target.tag,
      async onInsert(choice) {
        const { store } = picker;
        store.getState().setStatus({ kind: 'inserting' });
        picker.hide(true);
        const box: ReplyBox | null = target.focusedBox
          ? { element: target.focusedBox, kind: detectEditorKind(target.focusedBox) }
          : target.element
            ? await openReplyBox(adapter, target.element, 3000)
            : null;
        const result = box ? await insertText(box, choice.text) : null;
        if (!result?.ok) {
          picker.hide(false);
          store.getState().setStatus({
            kind: 'error',
            message: box
              ? t('picker_failed', [result?.error ?? result?.failures.at(-1)?.reason ?? '?'])
              : t('picker_noBox'),
          });
          return;
        }
        picker.close();
        // A reply typed in a box Vocero cannot tie to an item is still logged, for the page's network.
        const context: ItemContext = target.item
          ? itemContext(target.item, target.tag)
          : {
              itemId: '',
              platform: adapter.platform,
              author: '',
              itemUrl: '',
              itemText: '',
              sentiment: '',
              intent: [],
            };
        await sendMessage('replyInserted', {
          ...context,
          templateId: choice.template.id,
          templateName: choice.template.name,
          variantIndex: choice.variantIndex,
          replyText: choice.text,
        }).catch((error: unknown) => console.warn('[vocero] could not log the reply:', error));
      },
    },
    siteTheme(),
    () => returnFocus?.focus(),
  );
}
