// What the CM's data survives: a full disk (quota) mid-write changes nothing and says so clearly.
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/storage/db';
import { answer, handlers } from '@/storage/handlers';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

const quota = () => new Dexie.QuotaExceededError('The quota has been exceeded.');

describe('a full disk', () => {
  it('while correcting a tag: the override is not half-written, and the message says what to do', async () => {
    // The override row goes in first; the log row of the same correction then hits the quota.
    vi.spyOn(db().interactions, 'bulkAdd').mockImplementationOnce(() => Promise.reject(quota()) as never);
    const request = {
      itemId: 'x:1',
      platform: 'x' as const,
      author: 'ana',
      itemText: 'hola',
      itemUrl: 'https://x.com/ana/status/1',
      sentiment: 'negative' as const,
      intent: [],
    };
    await expect(answer(() => handlers.overrideTag(request))).rejects.toThrow(
      /no storage space left.*Nothing was written/,
    );
    expect(await db().overrides.count()).toBe(0);
    expect(await db().interactions.count()).toBe(0);
    // With space again, the same correction goes through whole.
    await answer(() => handlers.overrideTag(request));
    expect(await db().overrides.count()).toBe(1);
    expect(await db().interactions.count()).toBe(1);
  });

  it('other errors pass through unchanged', async () => {
    await expect(answer(() => handlers.logInteraction({} as never))).rejects.toThrow(/Invalid interaction/);
  });
});
