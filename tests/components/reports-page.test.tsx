import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportsPage } from '@/components/options/pages/ReportsPage';
import { setUiLanguage } from '@/components/i18n';
import { db } from '@/storage/db';
import { row } from '../unit/log/fixtures';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  setUiLanguage('en');
  await db().interactions.bulkAdd([
    row('2026-11-30', {
      action: 'reply',
      template: 'gracias',
      platform: 'x',
      sentiment: 'positive',
      author: 'ana',
    }),
    row('2026-12-01', {
      action: 'reply',
      template: 'gracias',
      platform: 'x',
      sentiment: 'negative',
      author: 'ana',
    }),
    row('2026-12-01', {
      action: 'reply',
      template: 'disculpa',
      platform: 'youtube',
      sentiment: 'negative',
      author: 'beto',
    }),
    row('2026-12-02', {
      action: 'escalate',
      platform: 'reddit',
      sentiment: 'negative',
      author: 'carla',
      note: 'Amenaza legal',
      flag: 'troll',
    }),
    row('2026-12-08', { action: 'reply', template: 'otra', platform: 'x', author: 'dani' }),
  ]);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const cells = (testId: string) =>
  [...within(screen.getByTestId(testId)).getAllByRole('row')].map((tr) =>
    [...tr.querySelectorAll('td,th')].map((c) => c.textContent),
  );

describe('reports page', () => {
  it('shows the weekly report with its figures, in English', async () => {
    render(<ReportsPage />);
    fireEvent.change(screen.getByTestId('report-date'), { target: { value: '2026-12-02' } });
    await waitFor(() =>
      expect(screen.getByTestId('report-title').textContent).toBe(
        'Weekly report, November 30, 2026 to December 6, 2026',
      ),
    );
    expect(screen.getByTestId('report-kpis').textContent).toContain('4Interactions');
    expect(screen.getByTestId('report-kpis').textContent).toContain('3Replies');
    expect(cells('table-templates')).toEqual([
      ['Template', 'Count'],
      ['gracias', '2'],
      ['disculpa', '1'],
    ]);
    expect(cells('table-replies')).toEqual([
      ['Network', 'Count'],
      ['X', '2'],
      ['YouTube', '1'],
    ]);
    expect(cells('table-sentiment')[1]).toEqual(['X', '50%', '0%', '50%']);
    expect(screen.getByTestId('report-escalations').textContent).toContain('Reddit @carla: Amenaza legal');
    expect(screen.getByTestId('report-escalations').textContent).toContain('@carla (Reddit): Troll');
    for (const chart of [
      'chart-per-day',
      'chart-sentiment',
      'chart-templates',
      'chart-replies',
      'chart-people',
    ])
      expect(screen.getByTestId(chart)).toBeTruthy();
  });

  it('switches to the daily report and to Spanish without changing the UI language', async () => {
    render(<ReportsPage />);
    fireEvent.change(screen.getByTestId('report-date'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByTestId('report-period'), { target: { value: 'day' } });
    fireEvent.change(screen.getByTestId('report-language'), { target: { value: 'es' } });
    await waitFor(() =>
      expect(screen.getByTestId('report-title').textContent).toBe('Informe diario, 1 de diciembre de 2026'),
    );
    expect(screen.getByTestId('report-kpis').textContent).toContain('2Interacciones');
    expect(cells('table-templates')[0]).toEqual(['Plantilla', 'Cantidad']);
    expect(screen.getByTestId('report-print').textContent).toBe('Print / Save as PDF');
    // Flag kinds are named in the report's language too.
    fireEvent.change(screen.getByTestId('report-date'), { target: { value: '2026-12-02' } });
    await waitFor(() =>
      expect(screen.getByTestId('report-escalations').textContent).toContain('@carla (Reddit): Trol'),
    );
    expect(screen.getByTestId('report-escalations').textContent).not.toContain('Troll');
  });

  it('prints with window.print', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    render(<ReportsPage />);
    fireEvent.click(screen.getByTestId('report-print'));
    expect(print).toHaveBeenCalledOnce();
  });
});
