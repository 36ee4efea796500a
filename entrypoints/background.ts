import { onMessage } from '@/messaging/protocol';
import { handlers } from '@/storage/handlers';

export default defineBackground(() => {
  onMessage('logInteraction', ({ data }) => handlers.logInteraction(data));
  onMessage('todaySummary', () => handlers.todaySummary(undefined));
  onMessage('getSettings', () => handlers.getSettings(undefined));
  onMessage('setSiteEnabled', ({ data }) => handlers.setSiteEnabled(data));
});
