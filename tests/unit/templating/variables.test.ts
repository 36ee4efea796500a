import { describe, expect, it, test } from 'vitest';
import { render } from '@/core/templating/render';
import type { Network } from '@/core/templating/types';
import { findVariable, normalizeName, VARIABLES } from '@/core/templating/variables';
import { greetingAt } from '@/core/templating/variables/greeting';
import { firstName } from '@/core/templating/variables/name';
import { PLATFORMS, type Platform } from '@/sites/types';
import type { Intent, Template } from '@/storage/entities';
import type { IntentName, TemplateLike } from '@/core/templating/types';
import { context } from './context';

describe('variables', () => {
  test.each([
    ['nombre', 'María'],
    ['name', 'María'],
    ['first_name', 'María'],
    ['nombre_completo', 'María José Pérez'],
    ['full_name', 'María José Pérez'],
    ['usuario', '@mjperez'],
    ['arroba', '@mjperez'],
    ['handle', '@mjperez'],
    ['username', '@mjperez'],
    ['red', 'X'],
    ['network', 'X'],
    ['marca', 'Cafés Aurora'],
    ['brand', 'Cafés Aurora'],
    ['firma', '— Ana'],
    ['signoff', '— Ana'],
    ['sign_off', '— Ana'],
    ['saludo', 'Buenos días'],
    ['greeting', 'Buenos días'], // the reply's language decides, not the name's
    ['fecha', '1 de diciembre de 2026'],
    ['date', '1 de diciembre de 2026'],
    ['enlace', 'https://x.com/mjperez/status/1'],
    ['permalink', 'https://x.com/mjperez/status/1'],
    ['link', 'https://x.com/mjperez/status/1'],
  ])('{%s} → %s', (name, expected) => {
    const result = render(`{${name}}`, context());
    expect(result).toMatchObject({ text: expected, ok: true, unknown: [] });
  });

  test.each([
    ['saludo', 'Good morning'],
    ['date', 'December 1, 2026'],
    ['fecha', 'December 1, 2026'],
  ])('in an English reply {%s} → %s', (name, expected) => {
    expect(render(`{${name}}`, context({ lang: 'en' })).text).toBe(expected);
  });

  it('every variable has Spanish and English names and descriptions, and no two share a name', () => {
    const seen = new Map<string, number>();
    VARIABLES.forEach((variable, i) => {
      for (const lang of ['es', 'en'] as const) {
        expect(variable.names[lang].length).toBeGreaterThan(0);
        expect(variable.describe[lang].length).toBeGreaterThan(5);
        for (const name of variable.names[lang]) {
          const key = normalizeName(name);
          expect(seen.get(key) ?? i, `${name} used twice`).toBe(i);
          seen.set(key, i);
          expect(findVariable(name)).toBe(variable);
        }
      }
    });
  });

  test.each([
    [0, 'es', 'Buenas noches'],
    [5, 'es', 'Buenas noches'],
    [6, 'es', 'Buenos días'],
    [11, 'es', 'Buenos días'],
    [12, 'es', 'Buenas tardes'],
    [19, 'es', 'Buenas tardes'],
    [20, 'es', 'Buenas noches'],
    [23, 'es', 'Buenas noches'],
    [0, 'en', 'Hello'],
    [4, 'en', 'Hello'],
    [5, 'en', 'Good morning'],
    [11, 'en', 'Good morning'],
    [12, 'en', 'Good afternoon'],
    [17, 'en', 'Good afternoon'],
    [18, 'en', 'Good evening'],
    [23, 'en', 'Good evening'],
  ] as const)('greeting at %i h in %s: %s', (hour, lang, expected) => {
    expect(greetingAt(hour, lang)).toBe(expected);
    expect(render('{saludo}', context({ lang, now: new Date(2026, 11, 1, hour, 15) })).text).toBe(expected);
  });

  test.each([
    ['María José Pérez', 'María'],
    ['  Ana', 'Ana'],
    ['🌸 Lucía | Fan de Aurora', 'Lucía'],
    ["O'Brien Smith", "O'Brien"],
    ['Jean-Luc P.', 'Jean-Luc'],
    ['🔥🔥', ''],
    ['', ''],
  ])('first name of %j is %j', (display, expected) => {
    expect(firstName(display)).toBe(expected);
  });

  it('falls back to the handle when the page shows no name', () => {
    const item = { ...context().item, authorName: '' };
    expect(render('Hola {nombre}', context({ item })).text).toBe('Hola @mjperez');
  });

  test.each([
    ['Ana', '— Ana'],
    ['luis', '— Luis, equipo Aurora'],
    ['Marta', ''],
    [undefined, ''],
  ])("agent %s's sign-off: %j", (agent, expected) => {
    expect(render('{firma}', context({ agent })).text).toBe(expected);
  });

  it('uses the only sign-off when the voice guide has one', () => {
    expect(
      render('{firma}', context({ agent: undefined, signOffs: [{ agent: 'Ana', signOff: '— Ana' }] })).text,
    ).toBe('— Ana');
  });

  test.each<[Network, string]>([
    ['x', 'X'],
    ['youtube', 'YouTube'],
    ['linkedin', 'LinkedIn'],
    ['tiktok', 'TikTok'],
    ['mastodon', 'Mastodon'],
  ])('network %s is %s', (platform, expected) => {
    expect(render('{red}', context({ item: { ...context().item, platform } })).text).toBe(expected);
  });

  it("core's copies of Platform and Intent match sites/ and storage/", () => {
    const networks: readonly Network[] = PLATFORMS;
    const back: readonly Platform[] = networks;
    const intents: IntentName[] = ['question'] as Intent[];
    const stored: Intent[] = intents;
    const template = {} as Template;
    const like: TemplateLike = template;
    expect([back.length, stored.length, like]).toBeTruthy();
    expect(networks.length).toBe(9);
  });
});
