// The background's answers to messaging/protocol.ts. Each handler validates what a content script sent
// (page scripts can be hostile) before anything is written.
import { z } from 'zod';
import { localDay } from '@/core/time';
import { PLATFORMS } from '@/sites/types';
import type { ProtocolMap } from '@/messaging/protocol';
import { ACTIONS, type NewInteraction } from './entities';
import { countOfDay, logInteraction } from './interactions';
import { getSettings } from './settings';

const newInteractionSchema = z.object({
  timestamp: z.iso.datetime({ offset: true }).optional(),
  platform: z.enum(PLATFORMS),
  action: z.enum(ACTIONS),
  author: z.string().max(200),
  itemId: z.string().max(500),
  itemUrl: z.string().max(2000),
  itemText: z.string().max(20_000),
  sentiment: z.enum(['positive', 'neutral', 'negative', '']),
  intent: z.array(z.enum(['question', 'complaint', 'praise', 'urgent', 'spam'])),
  template: z.string().max(200),
  replyText: z.string().max(20_000),
  flag: z.string().max(100),
  note: z.string().max(5000),
});

type Handlers = {
  [K in keyof ProtocolMap]: (data: Parameters<ProtocolMap[K]>[0]) => Promise<ReturnType<ProtocolMap[K]>>;
};

export const handlers: Handlers = {
  async logInteraction(entry: NewInteraction) {
    const parsed = newInteractionSchema.safeParse(entry);
    if (!parsed.success) {
      throw new Error(`Invalid interaction: ${z.prettifyError(parsed.error)}`);
    }
    return logInteraction(parsed.data);
  },
  async todaySummary() {
    const day = localDay();
    return { day, total: await countOfDay(day) };
  },
  async getSettings() {
    return getSettings();
  },
};
