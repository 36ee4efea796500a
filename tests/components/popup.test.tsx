import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { localIsoTimestamp } from '@/core/time';
import { db } from '@/storage/db';
import { logInteraction } from '@/storage/interactions';
import { setSetting } from '@/storage/settings';
import type { NewInteraction } from '@/storage/entities';

const base: NewInteraction = {
  platform: 'demo',
  action: 'tag',
  author: 'ana',
  itemId: 'demo:c01',
  itemUrl: '',
  itemText: '',
  sentiment: 'neutral',
  intent: [],
  template: '',
  replyText: '',
  flag: '',
  note: '',
};

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('Popup', () => {
  it("shows today's interaction count from the database, not yesterday's", async () => {
    const yesterday = new Date(Date.now() - 36 * 3600_000);
    await logInteraction({ ...base, timestamp: localIsoTimestamp(yesterday) });
    await logInteraction(base);
    await logInteraction({ ...base, action: 'reply' });
    await setSetting('language', 'en');
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('today-total').textContent).toBe('2'));
    expect(screen.getByText('Interactions today')).toBeTruthy();
    expect(screen.getByTestId('export-today-csv').textContent).toBe('Export today (CSV)');
  });

  it('updates live when an interaction is logged while it is open, in Spanish', async () => {
    await setSetting('language', 'es');
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('today-total').textContent).toBe('0'));
    expect(screen.getByText('Interacciones de hoy')).toBeTruthy();
    await logInteraction(base);
    await waitFor(() => expect(screen.getByTestId('today-total').textContent).toBe('1'));
  });
});
