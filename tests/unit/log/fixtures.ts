// Rows for the log tests.
import type { Interaction, NewInteraction } from '@/storage/entities';

export const entry = (patch: Partial<NewInteraction> = {}): NewInteraction => ({
  platform: 'x',
  action: 'tag',
  author: 'ana',
  itemId: 'x:1',
  itemUrl: 'https://x.com/ana/status/1',
  itemText: 'Hola',
  sentiment: 'neutral',
  intent: [],
  template: '',
  replyText: '',
  flag: '',
  note: '',
  ...patch,
});

/** A stored row of a given day (noon, Buenos Aires offset). */
export const row = (day: string, patch: Partial<Interaction> = {}): Interaction => ({
  ...entry(),
  timestamp: `${day}T12:00:00.000-03:00`,
  day,
  ...patch,
});
