import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupPage } from '@/components/options/pages/BackupPage';
import { setUiLanguage } from '@/components/i18n';
import * as download from '@/components/ui/download';
import { db } from '@/storage/db';
import type { Template } from '@/storage/entities';
import { row } from '../unit/log/fixtures';

const template = (patch: Partial<Template> = {}): Template => ({
  id: 'gracias',
  name: 'Gracias',
  variants: ['¡Gracias!'],
  category: '',
  tags: [],
  lang: 'es',
  networks: [],
  shortcut: '',
  createdAt: '2026-11-01T10:00:00.000-03:00',
  updatedAt: '2026-11-01T10:00:00.000-03:00',
  ...patch,
});

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  setUiLanguage('en');
  await db().templates.add(template());
  await db().interactions.add(row('2026-12-01'));
});

function chooseFile(text: string) {
  const input = screen.getByTestId<HTMLInputElement>('backup-file');
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'kit.json', { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

const kit = (templates: Template[]) =>
  JSON.stringify({
    format: 'vocero-brand-kit',
    version: 1,
    exportedAt: '2026-12-01T10:00:00.000-03:00',
    author: 'Lu',
    data: { templates, voice: [], people: [] },
  });

describe('backup page', () => {
  it('exports everything and the brand kit as versioned JSON files', async () => {
    const save = vi.spyOn(download, 'downloadText').mockImplementation(() => {});
    render(<BackupPage />);
    fireEvent.click(screen.getByTestId('backup-export-all'));
    fireEvent.click(screen.getByTestId('backup-export-kit'));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    const calls = (save.mock.calls as [string, string, string][]).sort((a, b) => a[0].localeCompare(b[0]));
    const [allName, all] = calls[0]!;
    const [kitName, kitText] = calls[1]!;
    expect(allName).toMatch(/^vocero-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(JSON.parse(all)).toMatchObject({
      format: 'vocero-backup',
      version: 1,
      data: { interactions: [{}] },
    });
    expect(kitName).toMatch(/^vocero-brand-kit-/);
    expect(Object.keys(JSON.parse(kitText).data).sort()).toEqual(['people', 'templates', 'voice']);
  });

  it('previews a brand kit, then merges it', async () => {
    render(<BackupPage />);
    const hostile = '<img src=x onerror=alert(1)>';
    chooseFile(kit([template({ id: 'nueva', name: hostile }), template({ variants: ['viejo'] })]));
    const preview = await screen.findByTestId('backup-preview');
    expect(preview.textContent).toContain('Brand kit exported on 2026-12-01 10:00');
    expect(preview.textContent).toContain('Made by Lu.');
    const templatesRow = preview.querySelector('tr[data-table="templates"]')!;
    expect(templatesRow.querySelector('[data-col="added"]')?.textContent).toBe('1');
    expect(templatesRow.querySelector('[data-col="kept"]')?.textContent).toBe('1');
    expect(templatesRow.textContent).toContain(hostile); // shown as text…
    expect(preview.querySelector('img')).toBeNull(); // …never as markup
    expect(await db().templates.count()).toBe(1); // the preview writes nothing
    fireEvent.click(screen.getByTestId('backup-apply'));
    await screen.findByTestId('backup-done');
    expect((await db().templates.get('nueva'))?.name).toBe(hostile);
    expect((await db().templates.get('gracias'))?.variants).toEqual(['¡Gracias!']);
  });

  it('shows replace as removing local rows', async () => {
    render(<BackupPage />);
    chooseFile(kit([template({ id: 'otra' })]));
    await screen.findByTestId('backup-preview');
    fireEvent.click(screen.getByTestId('backup-mode-replace'));
    await waitFor(() =>
      expect(
        screen.getByTestId('backup-preview').querySelector('tr[data-table="templates"] [data-col="removed"]')
          ?.textContent,
      ).toBe('1'),
    );
    fireEvent.click(screen.getByTestId('backup-apply'));
    await screen.findByTestId('backup-done');
    expect((await db().templates.toArray()).map((t) => t.id)).toEqual(['otra']);
  });

  it('refuses a malformed file and says why', async () => {
    render(<BackupPage />);
    chooseFile('{"format":"vocero-brand-kit","version":7}');
    expect((await screen.findByTestId('backup-error')).textContent).toBe(
      'This file was not imported, nothing changed. Unsupported vocero-brand-kit version 7: this Vocero reads version 1.',
    );
    expect(screen.queryByTestId('backup-apply')).toBeNull();
    expect(await db().templates.count()).toBe(1);
  });
});
