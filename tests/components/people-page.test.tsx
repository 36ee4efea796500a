import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PeoplePage } from '@/components/options/pages/PeoplePage';
import { setUiLanguage } from '@/components/i18n';
import { db } from '@/storage/db';
import type { Person } from '@/storage/entities';
import { getPeopleRules } from '@/storage/peopleRules';
import { PLATFORMS } from '@/sites/types';

const N = 10_000;
const FLAGS = ['influencer', 'advocate', 'detractor', 'vip', 'troll', ''];

function person(i: number): Person {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    platform: PLATFORMS[i % 8]!,
    handle: `user${i}`,
    displayName: i === 4242 ? 'Ñandú <img src=x onerror=alert(1)>' : `Person ${String(i).padStart(5, '0')}`,
    profileUrl: i === 7 ? 'javascript:alert(1)' : `https://example.com/user${i}`,
    flag: FLAGS[i % 6]!,
    note: i === 1234 ? 'periodista de tecnología' : '',
    automatic: i % 12 === 0,
    firstSeen: `2026-01-${day}T10:00:00.000+01:00`,
    lastSeen: `2026-02-${day}T10:00:00.000+01:00`,
    interactionCount: i % 97,
  };
}

// happy-dom lays nothing out: give the list's scroller a real viewport (600 px = about 10 rows).
// (TanStack Virtual reads clientHeight/clientWidth of the scroll element.)
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
  setUiLanguage('en');
});
afterAll(() => {
  // Own properties on HTMLElement.prototype shadow happy-dom's getters on Element.prototype: remove them.
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
  setUiLanguage('auto');
});

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  await db().people.bulkAdd(Array.from({ length: N }, (_, i) => person(i)));
});

const rows = () => screen.queryAllByTestId('people-row');
const names = () => rows().map((r) => r.querySelector('.people-name')!.textContent);

async function renderPage() {
  render(<PeoplePage />);
  await waitFor(
    () => expect(screen.getByTestId('people-count').textContent).toBe('10,000 of 10,000 people'),
    {
      timeout: 10_000,
    },
  );
}

describe('People page', () => {
  it('renders 10,000 people with only a window of rows in the DOM', async () => {
    await renderPage();
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(40);
    const list = screen.getByTestId('people-list');
    expect(list.getAttribute('aria-rowcount')).toBe(String(N));
    // Scrolling far down swaps the window.
    const before = names();
    list.scrollTop = 64 * 5000;
    await act(async () => {
      fireEvent.scroll(list);
    });
    await waitFor(() => expect(names()).not.toEqual(before));
    expect(rows().length).toBeLessThan(40);
  });

  it('searches by name, handle and note (accents and case ignored), hostile text shown as text', async () => {
    await renderPage();
    const search = screen.getByTestId('people-search');
    fireEvent.change(search, { target: { value: 'PERIODISTA tecnologia' } });
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toBe('1 of 10,000 people'));
    expect(names()).toEqual(['Person 01234']);
    fireEvent.change(search, { target: { value: '@user4242' } });
    await waitFor(() => expect(names()).toEqual(['Ñandú <img src=x onerror=alert(1)>']));
    expect(document.querySelector('.people-row img')).toBeNull();
    fireEvent.change(search, { target: { value: 'nandu' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.change(search, { target: { value: 'Person 00007' } });
    await waitFor(() => expect(names()).toEqual(['Person 00007']));
    expect(rows()[0]!.querySelector('a')).toBeNull(); // the javascript: profile URL is not a link
  });

  it('sorts by name, interactions and flag; filters by kind and automatic', async () => {
    await renderPage();
    const sort = screen.getByTestId('people-sort');
    fireEvent.change(sort, { target: { value: 'name' } });
    await waitFor(() =>
      expect(names().slice(0, 3)).toEqual([
        'Ñandú <img src=x onerror=alert(1)>',
        'Person 00000',
        'Person 00001',
      ]),
    );
    fireEvent.change(sort, { target: { value: 'interactions' } });
    await waitFor(() => expect(rows()[0]!.textContent).toContain('96 interactions'));
    fireEvent.change(screen.getByTestId('people-filter-flag'), { target: { value: 'vip' } });
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toMatch(/^1,667 of/));
    expect(rows().every((r) => r.getAttribute('data-flag') === 'vip')).toBe(true);
    fireEvent.change(screen.getByTestId('people-filter-flag'), { target: { value: '*' } });
    fireEvent.change(screen.getByTestId('people-filter-origin'), { target: { value: 'auto' } });
    await waitFor(() => expect(screen.getByTestId('people-count').textContent).toMatch(/^834 of/));
    expect(within(rows()[0]!).getByText('Confirm')).toBeTruthy();
  });

  it('edits a note inline and changes a flag kind', async () => {
    await renderPage();
    fireEvent.change(screen.getByTestId('people-search'), { target: { value: 'Person 00001' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    const note = screen.getByLabelText('Note on Person 00001') as HTMLInputElement;
    fireEvent.change(note, { target: { value: '=SUM(A1) llamar el lunes' } });
    fireEvent.blur(note);
    const user1 = () => db().people.where('[platform+handle]').equals(['youtube', 'user1']).first();
    await waitFor(async () => expect((await user1())?.note).toBe('=SUM(A1) llamar el lunes'));
    fireEvent.change(screen.getByLabelText('Flag of Person 00001'), { target: { value: 'troll' } });
    await waitFor(async () => expect((await user1())?.flag).toBe('troll'));
    const log = await db().interactions.toArray();
    expect(log.map((i) => [i.action, i.author, i.flag])).toEqual([['flag', 'user1', 'troll']]);
  });

  it('previews an import with its changes and row-numbered errors before writing', async () => {
    await renderPage();
    const input = screen.getByTestId('people-import-file');
    const upload = (text: string) =>
      act(async () => {
        Object.defineProperty(input, 'files', {
          configurable: true,
          value: [new File([text], 'people.csv', { type: 'text/csv' })],
        });
        fireEvent.change(input);
      });
    await upload('platform,handle,flag\nx,fine,vip\nmyspace,tom,vip\nx,b,<script>');
    const errors = await screen.findByTestId('people-import-errors');
    expect(errors.textContent).toContain('Row 3: invalid “platform”');
    expect(errors.textContent).toContain('Row 4: invalid “flag”');
    expect(await db().people.count()).toBe(N);

    await upload('platform,handle,flag,note\nx,brandnew,vip,hola\nx,user0,troll,');
    const preview = await screen.findByTestId('people-import-preview');
    expect(preview.textContent).toContain('1 new, 1 changed, 0 unchanged, 0 removed.');
    expect(preview.textContent).toContain('x @brandnew');
    expect(preview.textContent).toContain('influencer → troll');
    expect(await db().people.count()).toBe(N);
    fireEvent.click(screen.getByTestId('people-import-apply'));
    await screen.findByTestId('people-import-done');
    expect(await db().people.count()).toBe(N + 1);
  });

  it('saves the rules form', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('people-rules-comments-on'));
    await waitFor(async () => expect((await getPeopleRules()).minCommentsOnPage).toBe(3));
    const followers = screen.getByTestId('people-rules-followers');
    fireEvent.change(followers, { target: { value: '50000' } });
    fireEvent.blur(followers);
    await waitFor(async () => expect((await getPeopleRules()).minFollowers).toBe(50000));
    fireEvent.click(screen.getByTestId('people-rules-verified'));
    fireEvent.change(screen.getByTestId('people-rules-kind'), { target: { value: 'vip' } });
    await waitFor(async () =>
      expect(await getPeopleRules()).toMatchObject({ verified: false, flagKind: 'vip' }),
    );
  });
});
