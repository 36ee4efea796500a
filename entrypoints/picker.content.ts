import { setUiLanguage } from '@/components/i18n';
import { providePicker } from '@/components/picker/loader';
import { openPicker } from '@/components/picker/replyFlow';
import { sendMessage } from '@/messaging/protocol';
import { SITE_MATCHES } from '@/sites/matches';

// Not in the manifest: the background injects this into a frame the first time the CM opens the picker
// there (components/picker/loader.ts), so pages where the CM never replies never evaluate React.
// Injecting needs host permission: WXT lists these matches (the overlay's own sites) under
// host_permissions, which asks nothing the overlay's content script does not already ask.
export default defineContentScript({
  matches: SITE_MATCHES,
  registration: 'runtime',
  main() {
    // This bundle has its own copy of the UI strings' state: it reads the CM's language itself.
    const language = sendMessage('getSettings').then((settings) => setUiLanguage(settings.language));
    providePicker(async (adapter, target) => {
      await language;
      return openPicker(adapter, target);
    });
  },
});
