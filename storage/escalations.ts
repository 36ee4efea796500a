// Escalations: a complaint handed to its owner, logged as `escalate`, listed with its age until done.
import { localIsoTimestamp } from '@/core/time';
import { db, type VoceroDB } from './db';
import type { Escalation, Intent, Sentiment } from './entities';
import { logInteraction } from './interactions';

/** An escalation to store, with the item's tag for the log row. */
export type NewEscalation = Omit<Escalation, 'id' | 'createdAt' | 'doneAt'> & {
  sentiment: Sentiment | '';
  intent: Intent[];
};

export async function escalate(input: NewEscalation, database: VoceroDB = db()): Promise<Escalation> {
  const { sentiment, intent, ...fields } = input;
  return database.transaction(
    'rw',
    [database.escalations, database.interactions, database.people, database.dayTotals],
    async () => {
      const row: Escalation = { ...fields, createdAt: localIsoTimestamp(), doneAt: '' };
      row.id = await database.escalations.add(row);
      await logInteraction(
        {
          platform: input.platform,
          action: 'escalate',
          author: input.author,
          itemId: input.itemId,
          itemUrl: input.itemUrl,
          itemText: input.itemText,
          sentiment,
          intent,
          template: '',
          replyText: '',
          flag: '',
          note: `${input.contactKind}: ${input.contactName} <${input.contactEmail}>`,
        },
        database,
      );
      return row;
    },
  );
}

/** Open escalations, oldest first. */
export function openEscalations(database: VoceroDB = db()): Promise<Escalation[]> {
  return database.escalations.where('doneAt').equals('').sortBy('createdAt');
}

export async function markEscalationDone(id: number, database: VoceroDB = db()): Promise<void> {
  await database.escalations.update(id, { doneAt: localIsoTimestamp() });
}
