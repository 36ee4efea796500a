import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/OptionsApp';
import { db } from '@/storage/db';
import { setSetting } from '@/storage/settings';
import { DEFAULT_VOICE_GUIDE, saveVoiceGuide } from '@/storage/voice';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
  await setSetting('language', 'en');
  window.location.hash = '#/templates';
});

const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

describe('templates are checked against the voice guide on save', () => {
  it('saves, then lists what the guide says (avoided word, emoji policy, address)', async () => {
    await saveVoiceGuide({
      ...DEFAULT_VOICE_GUIDE,
      brandName: 'La Huerta',
      spanishAddress: 'tu',
      emojiPolicy: 'none',
      avoid: [{ word: 'barato', replacement: 'económico' }],
    });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByTestId('template-new'));
    type(screen.getByTestId('template-name'), 'Oferta');
    fireEvent.change(screen.getByTestId('template-lang'), { target: { value: 'es' } });
    type(screen.getByTestId('template-variant-1'), 'Hola {nombre}, usted puede comprarlo muy barato 😀');
    fireEvent.click(screen.getByTestId('template-save'));
    const findings = await screen.findByTestId('template-voice-findings');
    await waitFor(async () => expect(await db().templates.count()).toBe(1)); // saving is not blocked
    expect(findings.textContent).toMatch(/barato/);
    expect(findings.textContent).toMatch(/emoji/i);
    expect(findings.textContent).toMatch(/usted|tú/);
  });

  it('says nothing for a template that fits the guide', async () => {
    await saveVoiceGuide({
      ...DEFAULT_VOICE_GUIDE,
      brandName: 'La Huerta',
      spanishAddress: 'tu',
      emojiPolicy: 'few',
    });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByTestId('template-new'));
    type(screen.getByTestId('template-name'), 'Gracias');
    fireEvent.change(screen.getByTestId('template-lang'), { target: { value: 'es' } });
    type(screen.getByTestId('template-variant-1'), '¡Gracias, {nombre}! Nos alegra que te guste.');
    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(async () => expect(await db().templates.count()).toBe(1));
    expect(screen.queryByTestId('template-voice-findings')).toBeNull();
  });
});
