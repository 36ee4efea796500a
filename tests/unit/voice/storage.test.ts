import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/storage/db';
import { DEFAULT_VOICE_GUIDE, getVoiceGuide, saveVoiceGuide, VoiceGuideError } from '@/storage/voice';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

const { id: _id, updatedAt: _at, ...draft } = DEFAULT_VOICE_GUIDE;

describe('voice guide storage', () => {
  it('reads defaults when nothing was saved', async () => {
    expect(await getVoiceGuide()).toEqual(DEFAULT_VOICE_GUIDE);
  });

  it('saves trimmed, without blank or repeated rows, and stamps updatedAt', async () => {
    const saved = await saveVoiceGuide({
      ...draft,
      brandName: '  La Huerta ',
      toneWords: ['cercano', ' ', 'Cercano', 'claro'],
      avoid: [
        { word: ' barato ', replacement: 'económico' },
        { word: '', replacement: 'x' },
      ],
      signOffs: [{ agent: 'Ana', signOff: '^Ana' }],
      maxLength: { x: 200 },
      escalationContacts: [
        { kind: 'facturación', name: 'Luis', email: 'luis@example.com' },
        { kind: '', name: '', email: '' },
      ],
    });
    expect(saved.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const read = await getVoiceGuide();
    expect(read).toEqual(saved);
    expect(read).toMatchObject({
      brandName: 'La Huerta',
      toneWords: ['cercano', 'claro'],
      avoid: [{ word: 'barato', replacement: 'económico' }],
      escalationContacts: [{ kind: 'facturación', name: 'Luis', email: 'luis@example.com' }],
    });
  });

  it.each([
    ['a bad e-mail', { escalationContacts: [{ kind: 'x', name: 'y', email: 'not-an-email' }] }],
    ['a contact without kind', { escalationContacts: [{ kind: '', name: 'Luis', email: '' }] }],
    ['a zero limit', { maxLength: { x: 0 } }],
    ['an unknown network', { maxLength: { myspace: 10 } }],
    ['an unknown address', { spanishAddress: 'vosotros' }],
    ['a brand name too long', { brandName: 'x'.repeat(201) }],
  ])('refuses %s and writes nothing', async (_name, patch) => {
    await expect(saveVoiceGuide({ ...draft, ...(patch as object) })).rejects.toBeInstanceOf(VoiceGuideError);
    expect(await db().voice.count()).toBe(0);
  });

  it('accepts a stored guide back (id and updatedAt are ignored)', async () => {
    const saved = await saveVoiceGuide({ ...draft, brandName: 'A' });
    await expect(saveVoiceGuide(saved)).resolves.toMatchObject({ brandName: 'A' });
  });
});
