import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import {
  applyAllFixes,
  applyFix,
  lintReply,
  lintTemplate,
  RULES,
  type Finding,
  type VoiceGuideLike,
} from '@/core/voice';
import type { VoiceGuide } from '@/storage/entities';
import { DEFAULT_VOICE_GUIDE } from '@/storage/voice';

const GUIDE: VoiceGuideLike = {
  brandName: 'La Huerta',
  spanishAddress: 'tu',
  avoid: [{ word: 'barato', replacement: 'económico' }],
  preferred: [],
  emojiPolicy: 'none',
  signOffs: [{ agent: 'Ana', signOff: '^Ana' }],
  maxLength: { x: 100 },
};

describe('rule registry', () => {
  const dir = resolve(__dirname, '../../../core/voice/rules');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('registers every file in rules/, once, under its file name', async () => {
    expect(files.length).toBe(RULES.length);
    for (const file of files) {
      const mod = (await import(`../../../core/voice/rules/${file}`)) as { rule: (typeof RULES)[number] };
      expect(mod.rule.id).toBe(file.replace(/\.ts$/, ''));
      expect(RULES).toContain(mod.rule);
    }
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('lintReply', () => {
  it('sorts findings by start and gives both languages', () => {
    const text = 'USTED puede comprar barato 😀!!!';
    const findings = lintReply(text, GUIDE, { network: 'x', lang: 'es', agent: 'Ana' });
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(['addressMixing', 'shouting', 'avoidedWords', 'emoji', 'signOff']),
    );
  });

  it('finds nothing in an empty reply or an ordinary one', () => {
    expect(lintReply('   ', GUIDE, { network: 'x', lang: 'es' })).toEqual([]);
    expect(
      lintReply('¡Hola! Gracias por escribirnos, te ayudamos por DM. ^Ana', GUIDE, {
        network: 'x',
        lang: 'es',
        agent: 'Ana',
      }),
    ).toEqual([]);
  });

  it('accepts a stored VoiceGuide as it is', () => {
    const stored: VoiceGuide = {
      ...DEFAULT_VOICE_GUIDE,
      avoid: [{ word: 'barato', replacement: 'económico' }],
      id: 'default',
      persona: '',
      toneWords: [],
      escalationContacts: [],
      updatedAt: '',
    };
    expect(lintReply('barato', stored, { network: 'x', lang: 'es' })[0]?.rule).toBe('avoidedWords');
  });

  it('keeps hostile text as data in messages', () => {
    const guide = { ...GUIDE, avoid: [{ word: '<img src=x onerror=alert(1)>', replacement: '' }] };
    const [f] = lintReply('a <img src=x onerror=alert(1)> b', guide, { network: 'x', lang: 'en' });
    expect(f?.message.en).toContain('<img');
  });

  test.each([
    ['Todo BARATO!!! 😀', 'Todo económico!\n^Ana'],
    ['Usted puede escribirnos', 'Tú puedes escribirnos\n^Ana'],
  ])('applyAllFixes(%j)', (text, fixed) => {
    let out = applyAllFixes(text, lintReply(text, GUIDE, { network: 'x', lang: 'es', agent: 'Ana' }));
    // Overlapping fixes (shouting and avoided on one word) need a second pass.
    out = applyAllFixes(out, lintReply(out, GUIDE, { network: 'x', lang: 'es', agent: 'Ana' }));
    expect(out).toBe(fixed);
  });

  it('applyFix leaves the text alone without a fix or with offsets that do not fit', () => {
    const noFix: Finding = {
      rule: 'length',
      severity: 'error',
      message: { es: '', en: '' },
      start: 0,
      end: 3,
    };
    expect(applyFix('abc', noFix)).toBe('abc');
    expect(applyFix('abc', { ...noFix, end: 9, fix: { kind: 'replace', replacement: 'x' } })).toBe('abc');
    expect(applyFix('abc', { ...noFix, fix: { kind: 'text', text: 'xyz' } })).toBe('xyz');
  });
});

describe('lintTemplate', () => {
  it('checks each variant and ignores placeholders for words, address and emoji', () => {
    const result = lintTemplate(
      ['Hola {Nombre}, ¿nos escribes? {?pedido|Su número de pedido} {firma}', 'Escríbanos, es BARATO 😀', ''],
      GUIDE,
      'es',
    );
    expect(result.variants[0]).toEqual([]);
    expect(result.variants[1]!.map((f) => f.rule)).toEqual([
      'addressMixing',
      'avoidedWords',
      'shouting',
      'emoji',
    ]);
    expect(result.variants[2]).toEqual([]);
    expect(result.count).toBe(4);
    expect(result.errors).toBe(3);
    // Offsets are in the variant's own text: fixes apply to it.
    expect(applyFix('Escríbanos, es BARATO 😀', result.variants[1]![0]!)).toBe('Escríbenos, es BARATO 😀');
  });

  it('does not report sign-off or unfilled placeholders, and checks length only for the given networks', () => {
    const long = `{saludo} ${'a'.repeat(150)}`;
    expect(lintTemplate([long], GUIDE, 'en').count).toBe(0);
    expect(
      lintTemplate([long], GUIDE, 'en', { networks: ['x', 'facebook'] }).variants[0]!.map((f) => f.rule),
    ).toEqual(['length']);
  });

  it('checks address only for Spanish or any-language templates', () => {
    expect(lintTemplate(['Escríbanos'], GUIDE, 'en').count).toBe(0);
    expect(lintTemplate(['Escríbanos'], GUIDE, 'any').count).toBe(1);
  });
});
