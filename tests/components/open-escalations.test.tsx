import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ageOf, OpenEscalations } from '@/components/popup/OpenEscalations';
import { setUiLanguage } from '@/components/i18n';
import { db } from '@/storage/db';
import { escalate } from '@/storage/escalations';

const base = {
  itemId: 'x:1',
  platform: 'x' as const,
  author: 'jdoe',
  itemUrl: '',
  itemText: 'refund?',
  sentiment: 'negative' as const,
  intent: ['complaint' as const],
  contactKind: 'Quejas',
  contactName: 'Marta',
  contactEmail: 'm@example.org',
  message: '',
};

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  setUiLanguage('en');
});

describe('open escalations in the popup', () => {
  it.each([
    [5, /^5\s?m/],
    [180, /^3\s?h/],
    [60 * 24 * 3, /^3\s?d/],
  ])('shows an escalation %i minutes old as %s ago', (minutes, expected) => {
    expect(ageOf(new Date(Date.now() - minutes * 60_000).toISOString())).toMatch(expected);
  });

  it('lists them with their age until marked done', async () => {
    await escalate(base);
    await escalate({ ...base, itemId: 'x:2', author: 'ana' });
    render(<OpenEscalations />);
    await waitFor(() => expect(screen.getAllByTestId('open-escalation')).toHaveLength(2));
    expect(screen.getByTestId('open-escalations').textContent).toContain('@jdoe');
    expect(screen.getByTestId('open-escalations').textContent).toContain('to Marta');
    fireEvent.click(screen.getAllByTestId('escalation-done')[0]!);
    await waitFor(() => expect(screen.getAllByTestId('open-escalation')).toHaveLength(1));
    expect(screen.getByTestId('open-escalations').textContent).toContain('@ana');
  });
});
