import { sendMessage } from '@/messaging/protocol';
import { setUiLanguage } from '@/components/i18n';
import { startOverlay } from '@/components/overlay/overlay';
import { adapterFor } from '@/sites/registry';
import { SITE_MATCHES } from '@/sites/matches';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(new URL(location.href), document);
    if (!adapter) return; // an unknown page gets nothing
    const settings = await sendMessage('getSettings');
    if (settings.disabledSites.includes(location.hostname)) return;
    setUiLanguage(settings.language);

    const overlay = startOverlay(adapter, {
      onReply: (_itemId, _button) => {
        // The template picker arrives with the templates issue; for now the site's own reply box opens.
      },
      onFlag: () => {},
    });
    ctx.onInvalidated(() => overlay.stop());
  },
});
