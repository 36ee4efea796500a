import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { VoicePage } from '@/components/options/pages/VoicePage';
import { setUiLanguage } from '@/components/i18n';
import { db } from '@/storage/db';
import { getVoiceGuide, saveVoiceGuide, DEFAULT_VOICE_GUIDE } from '@/storage/voice';

beforeAll(() => setUiLanguage('en'));
afterAll(() => setUiLanguage('auto'));
beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

async function renderPage() {
  render(<VoicePage />);
  return screen.findByTestId('voice-form');
}

describe('Voice page', () => {
  it('edits every field, saves, and shows them again after a reload', async () => {
    await renderPage();
    type(screen.getByTestId('voice-brand'), 'La Huerta');
    type(screen.getByTestId('voice-persona'), 'Cercana y clara');
    type(screen.getByTestId('voice-tone'), 'cercano, claro');
    type(screen.getByTestId('voice-address'), 'usted');
    type(screen.getByTestId('voice-emoji'), 'none');
    fireEvent.click(screen.getByTestId('voice-avoid-add'));
    type(screen.getByTestId('voice-avoid-word'), 'barato');
    type(screen.getByTestId('voice-avoid-replacement'), 'económico');
    type(screen.getByTestId('voice-preferred'), 'kilómetro cero');
    fireEvent.click(screen.getByTestId('voice-signoffs-add'));
    type(screen.getByTestId('voice-signoffs-agent'), 'Ana');
    type(screen.getByTestId('voice-signoffs-signOff'), '^Ana');
    type(screen.getByTestId('voice-maxlength-x'), '200');
    fireEvent.click(screen.getByTestId('voice-contacts-add'));
    type(screen.getByTestId('voice-contacts-kind'), 'billing');
    type(screen.getByTestId('voice-contacts-name'), 'Luis');
    type(screen.getByTestId('voice-contacts-email'), 'luis@example.com');
    expect(screen.getByTestId('voice-status').textContent).toBe('Unsaved changes.');
    fireEvent.click(screen.getByTestId('voice-save'));
    await waitFor(() => expect(screen.getByTestId('voice-status').textContent).toBe('Saved.'));

    expect(await getVoiceGuide()).toMatchObject({
      brandName: 'La Huerta',
      persona: 'Cercana y clara',
      toneWords: ['cercano', 'claro'],
      spanishAddress: 'usted',
      emojiPolicy: 'none',
      avoid: [{ word: 'barato', replacement: 'económico' }],
      preferred: ['kilómetro cero'],
      signOffs: [{ agent: 'Ana', signOff: '^Ana' }],
      maxLength: { x: 200 },
      escalationContacts: [{ kind: 'billing', name: 'Luis', email: 'luis@example.com' }],
    });

    cleanup();
    await renderPage();
    expect(screen.getByTestId<HTMLInputElement>('voice-brand').value).toBe('La Huerta');
    expect(screen.getByTestId<HTMLInputElement>('voice-tone').value).toBe('cercano, claro');
    expect(screen.getByTestId<HTMLSelectElement>('voice-address').value).toBe('usted');
    expect(screen.getByTestId<HTMLInputElement>('voice-avoid-word').value).toBe('barato');
    expect(screen.getByTestId<HTMLInputElement>('voice-maxlength-x').value).toBe('200');
    expect(screen.getByTestId<HTMLInputElement>('voice-contacts-email').value).toBe('luis@example.com');
  });

  it('shows why a guide is not saved', async () => {
    await renderPage();
    fireEvent.click(screen.getByTestId('voice-contacts-add'));
    type(screen.getByTestId('voice-contacts-kind'), 'billing');
    type(screen.getByTestId('voice-contacts-email'), 'nope');
    fireEvent.click(screen.getByTestId('voice-save'));
    await waitFor(() =>
      expect(screen.getByTestId('voice-status').textContent).toBe(
        'Not saved: Escalation contacts #1 (email)',
      ),
    );
    expect(await db().voice.count()).toBe(0);
  });

  it('checks a reply live against the unsaved guide and applies a one-click fix', async () => {
    await saveVoiceGuide({
      ...DEFAULT_VOICE_GUIDE,
      avoid: [{ word: 'barato', replacement: 'económico' }],
      emojiPolicy: 'few',
    });
    await renderPage();
    const box = screen.getByTestId('voice-try-text');
    type(box, 'Es BARATO, <img src=x onerror=alert(1)>');
    const findings = () => screen.queryAllByTestId('voice-finding');
    await waitFor(() =>
      expect(findings().map((f) => f.getAttribute('data-rule'))).toEqual(['avoidedWords', 'shouting']),
    );
    expect(screen.getByTestId('voice-try-summary').getAttribute('data-lint-count')).toBe('2');
    // Hostile text is shown as text.
    expect(screen.getByTestId('voice-try-preview').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('.voice-try img')).toBeNull();

    fireEvent.click(within(findings()[0]!).getByTestId('voice-fix'));
    expect(screen.getByTestId<HTMLTextAreaElement>('voice-try-text').value).toBe(
      'Es ECONÓMICO, <img src=x onerror=alert(1)>',
    );
    fireEvent.click(within(findings()[0]!).getByTestId('voice-fix'));
    expect(screen.getByTestId<HTMLTextAreaElement>('voice-try-text').value).toBe(
      'Es económico, <img src=x onerror=alert(1)>',
    );
    await waitFor(() => expect(findings()).toHaveLength(0));
    expect(screen.getByTestId('voice-try-summary').textContent).toContain('No problems found.');

    // The guide as edited (not saved) is what the box checks: turning emoji off flags the emoji at once.
    type(screen.getByTestId('voice-emoji'), 'none');
    type(box, 'Gracias 😀');
    await waitFor(() => expect(findings().map((f) => f.getAttribute('data-rule'))).toEqual(['emoji']));
    await act(async () => {
      fireEvent.click(within(findings()[0]!).getByTestId('voice-fix'));
    });
    expect(screen.getByTestId<HTMLTextAreaElement>('voice-try-text').value).toBe('Gracias');

    // The reply's language and tone come from the on-device classifier; a negative reply is flagged.
    type(box, 'Esto es horrible, es tu culpa y no nos importa. Pésimo.');
    await waitFor(() => expect(screen.getByTestId('voice-try-detected').textContent).toMatch(/Spanish/), {
      timeout: 10_000,
    });
    await waitFor(() =>
      expect(findings().map((f) => f.getAttribute('data-rule'))).toContain('negativeReply'),
    );
  });
});
