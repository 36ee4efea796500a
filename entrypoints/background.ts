import { onMessage } from '@/messaging/protocol';
import { handlers } from '@/storage/handlers';
import { registerCustomInstances } from '@/storage/mastodonInstances';

export default defineBackground(() => {
  onMessage('tagItems', ({ data }) => handlers.tagItems(data));
  onMessage('overrideTag', ({ data }) => handlers.overrideTag(data));
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
