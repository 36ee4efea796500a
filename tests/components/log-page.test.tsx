import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { setUiLanguage } from '@/components/i18n';
import { LogPage } from '@/components/options/pages/LogPage';
import { Popup } from '@/components/popup/Popup';
import * as download from '@/components/ui/download';
import { localDay } from '@/core/time';
import { db } from '@/storage/db';
import { setSetting } from '@/storage/settings';
import { row } from '../unit/log/fixtures';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  localStorage.clear();
  await setSetting('language', 'en');
});

const shownRows = () => screen.queryAllByTestId('log-row');

describe('log page', () => {
  it('virtualises 20,000 rows: only a screenful is in the DOM, newest first', async () => {
    await db().interactions.bulkAdd(
      Array.from({ length: 20_000 }, (_, i) =>
        row(`2026-${String(1 + Math.floor(i / 2000)).padStart(2, '0')}-15`, { author: `a${i}` }),
      ),
    );
    render(<LogPage />);
    await waitFor(() => expect(screen.getByTestId('log-shown').textContent).toBe('20,000 of 20,000 shown'));
    await waitFor(() => expect(shownRows()[0]?.textContent).toContain('@a19999'));
    expect(shownRows().length).toBeGreaterThan(5);
    expect(shownRows().length).toBeLessThan(60);
  });

  it.each([
    ['en', 'Reply', 'Unflag'],
    ['es', 'Respuesta', 'Marca quitada'],
  ] as const)('a row names its one action (%s), where totals use the plural', async (lang, reply, unflag) => {
    setUiLanguage(lang);
    onTestFinished(() => setUiLanguage('auto'));
    await db().interactions.bulkAdd([
      row('2026-12-01', { author: 'ana', action: 'reply' }),
      row('2026-12-02', { author: 'beto', action: 'unflag' }),
    ]);
    render(<LogPage />);
    await waitFor(() => expect(shownRows()).toHaveLength(2));
    const actionOf = (author: string) =>
      shownRows()
        .find((r) => r.textContent?.includes(`@${author}`))
        ?.querySelector('.log-action')?.textContent;
    await waitFor(() => expect(actionOf('ana')).toBe(reply));
    expect(actionOf('beto')).toBe(unflag);
  });

  it('filters by network, action, sentiment, author, text and dates', async () => {
    await db().interactions.bulkAdd([
      row('2026-12-01', {
        author: 'ana',
        platform: 'x',
        action: 'reply',
        sentiment: 'positive',
        itemText: 'Gracias',
      }),
      row('2026-12-02', {
        author: 'beto',
        platform: 'youtube',
        action: 'tag',
        sentiment: 'negative',
        itemText: 'Malo',
      }),
      row('2026-12-03', {
        author: 'carla',
        platform: 'x',
        action: 'escalate',
        sentiment: 'negative',
        itemText: 'Urgente',
      }),
    ]);
    render(<LogPage />);
    await waitFor(() => expect(shownRows()).toHaveLength(3));
    const change = (id: string, value: string) =>
      fireEvent.change(screen.getByTestId(id), { target: { value } });
    change('log-filter-network', 'x');
    await waitFor(() => expect(shownRows()).toHaveLength(2));
    change('log-filter-sentiment', 'negative');
    await waitFor(() => expect(shownRows()).toHaveLength(1));
    await waitFor(() => expect(shownRows()[0]!.textContent).toContain('@carla'));
    fireEvent.click(screen.getByTestId('log-filter-clear'));
    await waitFor(() => expect(shownRows()).toHaveLength(3));
    change('log-filter-text', 'malo');
    await waitFor(() => expect(shownRows()).toHaveLength(1));
    change('log-filter-text', '');
    change('log-filter-from', '2026-12-02');
    change('log-filter-to', '2026-12-02');
    await waitFor(() => expect(shownRows()).toHaveLength(1));
    await waitFor(() => expect(shownRows()[0]!.textContent).toContain('@beto'));
    fireEvent.click(screen.getByTestId('log-filter-clear'));
    change('log-filter-author', '@ANA');
    await waitFor(() => expect(shownRows()).toHaveLength(1));
    change('log-filter-action', 'tag');
    await waitFor(() => expect(screen.getByTestId('log-empty')).toBeTruthy());
  });

  it('edits a note', async () => {
    const id = await db().interactions.add(row('2026-12-01', { note: '' }));
    render(<LogPage />);
    fireEvent.click(await screen.findByTestId('log-edit-note'));
    fireEvent.change(screen.getByTestId('log-note-input'), { target: { value: 'Llamó por teléfono' } });
    fireEvent.click(screen.getByTestId('log-note-save'));
    await waitFor(async () => expect((await db().interactions.get(id))?.note).toBe('Llamó por teléfono'));
    await waitFor(() => expect(shownRows()[0]!.textContent).toContain('Llamó por teléfono'));
  });

  it('deletes a row and brings it back with undo', async () => {
    await db().interactions.bulkAdd([
      row('2026-12-01', { author: 'ana' }),
      row('2026-12-02', { author: 'beto' }),
    ]);
    const before = await db().interactions.toArray();
    render(<LogPage />);
    await waitFor(() => expect(shownRows()).toHaveLength(2));
    await waitFor(() => expect(within(shownRows()[0]!).getByTestId('log-delete')).toBeTruthy());
    fireEvent.click(within(shownRows()[0]!).getByTestId('log-delete'));
    await waitFor(() => expect(shownRows()).toHaveLength(1));
    expect(await db().interactions.count()).toBe(1);
    expect(screen.getByTestId('log-undo-bar').textContent).toContain('1 deleted.');
    fireEvent.click(screen.getByTestId('log-undo'));
    await waitFor(() => expect(shownRows()).toHaveLength(2));
    expect(await db().interactions.toArray()).toEqual(before);
  });

  it('exports the filtered view as the contract CSV', async () => {
    await db().interactions.bulkAdd([
      row('2026-12-01', { author: 'ana', platform: 'x' }),
      row('2026-12-02', { author: 'beto', platform: 'youtube', itemText: '=1+1' }),
    ]);
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    render(<LogPage />);
    fireEvent.change(screen.getByTestId('log-filter-network'), { target: { value: 'youtube' } });
    await waitFor(() => expect(shownRows()).toHaveLength(1));
    fireEvent.click(screen.getByTestId('log-export-csv'));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const [name, csv, mime] = save.mock.calls[0]!;
    expect(name).toMatch(/^vocero-log-.*\.csv$/);
    expect(mime).toBe('text/csv');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'timestamp,platform,action,author,item_url,item_text,sentiment,intent,template,reply_text,flag,note',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',beto,');
    expect(lines[1]).toContain("'=1+1");
  });
});

describe('popup summary', () => {
  it("shows today's totals by action, sentiment and network and the flagged people seen today", async () => {
    const today = localDay();
    await db().interactions.bulkAdd([
      row(today, { action: 'reply', sentiment: 'positive', platform: 'x' }),
      row(today, { action: 'reply', sentiment: 'negative', platform: 'youtube' }),
      row(today, { action: 'escalate', sentiment: 'negative', platform: 'youtube' }),
      row('2020-01-01', { action: 'flag' }),
    ]);
    await db().people.bulkAdd([
      {
        platform: 'x',
        handle: 'laura_m',
        displayName: 'Laura',
        profileUrl: '',
        flag: 'influencer',
        note: '',
        automatic: false,
        firstSeen: `${today}T09:00:00.000-03:00`,
        lastSeen: `${today}T10:00:00.000-03:00`,
        interactionCount: 2,
      },
    ]);
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('today-total').textContent).toBe('3'));
    expect(screen.getByTestId('today-by-action').textContent).toBe('By actionReplies2Escalations1');
    expect(screen.getByTestId('today-by-sentiment').textContent).toBe('By sentimentNegative2Positive1');
    expect(screen.getByTestId('today-by-network').textContent).toBe('By networkYouTube2X1');
    expect(screen.getByTestId('today-flagged').textContent).toContain('Influencer @laura_m');
    expect(screen.getByTestId('export-today-csv')).toBeTruthy();
    expect(screen.getByTestId('export-today-json')).toBeTruthy();
  });

  it('names the flag kinds in the interface language; a custom kind as the CM wrote it', async () => {
    await setSetting('language', 'es'); // the popup follows the setting
    const today = localDay();
    const person = (handle: string, flag: string) => ({
      platform: 'x' as const,
      handle,
      displayName: handle,
      profileUrl: '',
      flag,
      note: '',
      automatic: false,
      firstSeen: `${today}T09:00:00.000-03:00`,
      lastSeen: `${today}T10:00:00.000-03:00`,
      interactionCount: 1,
    });
    await db().people.bulkAdd([person('ana', 'advocate'), person('beto', 'prensa local')]);
    render(<Popup />);
    await waitFor(() => expect(screen.getByTestId('today-flagged').textContent).toContain('@ana'));
    const flagged = screen.getByTestId('today-flagged').textContent;
    expect(flagged).toContain('Defensor de la marca @ana');
    expect(flagged).toContain('prensa local @beto');
  });
});
