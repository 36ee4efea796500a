import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { db } from '@/storage/db';
import { setSetting } from '@/storage/settings';
import { ensureStarterTemplates } from '@/storage/templates';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  await setSetting('language', 'en');
  window.location.hash = '#/templates';
});

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function openPage() {
  render(<OptionsApp />);
  return screen.findByTestId('template-new');
}

async function openTemplate(name: string) {
  const item = await waitFor(() => {
    const found = screen.getAllByTestId('template-item').find((el) => el.textContent?.includes(name));
    if (!found) throw new Error(`no ${name}`);
    return found;
  });
  fireEvent.click(item);
  await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('template-name').value).toBe(name));
}

describe('Templates page', () => {
  it('lists the starter set and searches it', async () => {
    expect(await ensureStarterTemplates()).toBe(12);
    expect(await ensureStarterTemplates()).toBe(0); // never over existing templates
    await openPage();
    await waitFor(() => expect(screen.getAllByTestId('template-item')).toHaveLength(12));
    type(screen.getByTestId('templates-search'), 'disculpa');
    await waitFor(() => expect(screen.getAllByTestId('template-item')[0]!.textContent).toContain('Disculpa'));
  });

  it('creates a template, previewing it live from the sample comment', async () => {
    fireEvent.click(await openPage());
    type(screen.getByTestId('template-name'), 'Envío');
    type(screen.getByTestId('template-category'), 'Pedidos');
    type(screen.getByTestId('template-tags'), 'envío, retraso');
    type(screen.getByTestId('template-shortcut'), '/envio');
    fireEvent.change(screen.getByTestId('template-lang'), { target: { value: 'es' } });
    fireEvent.click(screen.getByTestId('template-network-instagram'));
    fireEvent.click(screen.getByTestId('template-intent-complaint'));
    type(
      screen.getByTestId('template-variant-1'),
      'Hola {nombre}, tu pedido {?pedido|Número de pedido} sale hoy.',
    );
    const preview = screen.getByTestId('preview-text');
    expect(preview.textContent).toBe('Hola Lucía, tu pedido [Número de pedido] sale hoy.');
    type(screen.getByTestId('preview-author'), 'Marta Ruiz');
    fireEvent.change(document.querySelector('input[data-prompt="pedido"]')!, { target: { value: 'A-77' } });
    expect(preview.textContent).toBe('Hola Marta, tu pedido A-77 sale hoy.');
    fireEvent.click(screen.getByTestId('template-add-variant'));
    type(screen.getByTestId('template-variant-2'), '¡Buenas, {usuario}! Sale hoy.');
    fireEvent.click(screen.getByTestId('preview-variant-2'));
    expect(preview.textContent).toBe('¡Buenas, @luciafdz! Sale hoy.');

    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(async () => expect(await db().templates.count()).toBe(1));
    const [saved] = await db().templates.toArray();
    expect(saved).toMatchObject({
      name: 'Envío',
      category: 'Pedidos',
      tags: ['envío', 'retraso'],
      shortcut: '/envio',
      lang: 'es',
      networks: ['instagram'],
      intents: ['complaint'],
      variants: [
        'Hola {nombre}, tu pedido {?pedido|Número de pedido} sale hoy.',
        '¡Buenas, {usuario}! Sale hoy.',
      ],
    });
    await waitFor(() => expect(screen.getAllByTestId('template-item')).toHaveLength(1));
  });

  it('warns when the preview is too long for the network', async () => {
    fireEvent.click(await openPage());
    type(screen.getByTestId('template-variant-1'), 'a'.repeat(200));
    expect(screen.getByTestId('preview-length').textContent).toBe('200 of 280 characters on X');
    fireEvent.change(screen.getByTestId('preview-network'), { target: { value: 'tiktok' } });
    expect(screen.getByTestId('preview-length').textContent).toBe(
      '50 characters too long for TikTok (limit 150).',
    );
    expect(screen.getByTestId('length-tiktok').getAttribute('data-over')).toBe('true');
    expect(screen.getByTestId('length-x').getAttribute('data-over')).toBe('false');
  });

  it('shows an unknown variable as an error and does not save', async () => {
    fireEvent.click(await openPage());
    type(screen.getByTestId('template-name'), 'Con error');
    type(screen.getByTestId('template-variant-1'), 'Hola {nombr}, y {cosa}');
    const errors = screen.getByTestId('template-errors');
    expect(errors.textContent).toContain('Wording 1: unknown variable {nombr}. Did you mean {nombre}?');
    expect(errors.textContent).toContain('Wording 1: unknown variable {cosa}.');
    expect(screen.getByTestId('preview-problems').textContent).toContain('{nombr}');
    fireEvent.click(screen.getByTestId('template-save'));
    expect((await screen.findByTestId('template-status')).textContent).toBe('Fix the errors before saving.');
    expect(await db().templates.count()).toBe(0);
  });

  it('inserts a variable from the cheat-sheet at the cursor', async () => {
    fireEvent.click(await openPage());
    const area = screen.getByTestId<HTMLTextAreaElement>('template-variant-1');
    type(area, 'Hola , gracias');
    area.focus();
    area.setSelectionRange(5, 5);
    const sheet = screen.getByTestId('templates-variables');
    fireEvent.click(within(sheet).getByText('{name}'));
    expect(area.value).toBe('Hola {name}, gracias');
  });

  it('edits, duplicates and deletes (after confirming)', async () => {
    await ensureStarterTemplates();
    await openPage();
    await openTemplate('Thank you');
    type(screen.getByTestId('template-name'), 'Thanks a lot');
    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(async () =>
      expect((await db().templates.get('starter-thanks-en'))?.name).toBe('Thanks a lot'),
    );

    fireEvent.click(screen.getByTestId('template-duplicate'));
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('template-name').value).toBe('Thanks a lot (copy)'),
    );
    const copy = (await db().templates.toArray()).find((t) => t.name === 'Thanks a lot (copy)')!;
    const original = (await db().templates.get('starter-thanks-en'))!;
    expect(copy.id).not.toBe(original.id);
    expect(copy.variants).toEqual(original.variants);
    expect(await db().templates.count()).toBe(13);

    fireEvent.click(screen.getByTestId('template-delete'));
    const confirm = screen.getByTestId('template-confirm-delete');
    expect(confirm.textContent).toContain('Delete “Thanks a lot (copy)”?');
    expect(await db().templates.count()).toBe(13); // nothing deleted before confirming
    fireEvent.click(within(confirm).getByTestId('template-delete-yes'));
    await waitFor(async () => expect(await db().templates.get(copy.id)).toBeUndefined());
    expect(await db().templates.count()).toBe(12);
  });

  it('renders hostile text as text', async () => {
    fireEvent.click(await openPage());
    type(screen.getByTestId('preview-author'), '<img src=x onerror=alert(1)>');
    type(screen.getByTestId('template-variant-1'), '<b>{nombre_completo}</b>');
    expect(screen.getByTestId('preview-text').textContent).toBe('<b><img src=x onerror=alert(1)></b>');
    expect(screen.getByTestId('preview-text').querySelector('img, b')).toBeNull();
  });

  it('is in Spanish when the interface is', async () => {
    await setSetting('language', 'es');
    fireEvent.click(await openPage());
    expect(screen.getByText('Nueva plantilla')).toBeTruthy();
    type(screen.getByTestId('template-variant-1'), '{saludo}');
    expect(screen.getByTestId('templates-variables').textContent).toContain('{nombre}');
  });
});
