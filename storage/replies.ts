// The picker's side of the database: what it shows (templates, voice guide) and what an inserted reply
// leaves behind (a `reply` in the log, the variant rotation).
import { recordUse } from '@/core/templating/variants';
import type { Interaction } from './entities';
import type { PickerData, ReplyRecord } from '@/messaging/protocol';
import { db, type VoceroDB } from './db';
import { logInteraction } from './interactions';
import { getVoiceGuide } from './voice';

export async function pickerData(database: VoceroDB = db()): Promise<PickerData> {
  const [templates, voice] = await Promise.all([database.templates.toArray(), getVoiceGuide(database)]);
  return {
    templates,
    voice,
    brandName: voice?.brandName ?? '',
    signOffs: voice?.signOffs ?? [],
    maxLength: voice?.maxLength ?? {},
  };
}

export async function replyInserted(record: ReplyRecord, database: VoceroDB = db()): Promise<Interaction> {
  return database.transaction(
    'rw',
    [database.interactions, database.templates, database.people, database.dayTotals],
    async () => {
      const template = await database.templates.get(record.templateId);
      if (template)
        await database.templates.update(record.templateId, {
          recentVariants: recordUse(template.recentVariants ?? [], record.variantIndex),
        });
      return logInteraction(
        {
          platform: record.platform,
          action: 'reply',
          author: record.author,
          itemId: record.itemId,
          itemUrl: record.itemUrl,
          itemText: record.itemText,
          sentiment: record.sentiment,
          intent: record.intent,
          template: record.templateName,
          replyText: record.replyText,
          flag: '',
          note: '',
        },
        database,
      );
    },
  );
}
