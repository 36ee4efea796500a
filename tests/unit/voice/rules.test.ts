import { describe, expect, test } from 'vitest';
import {
  applyFix,
  lintReply,
  type Finding,
  type LintContext,
  type RuleId,
  type VoiceGuideLike,
} from '@/core/voice';

const GUIDE: VoiceGuideLike = {
  brandName: 'La Huerta',
  spanishAddress: 'tu',
  avoid: [
    { word: 'barato', replacement: 'económico' },
    { word: 'lamentamos las molestias', replacement: 'sentimos lo ocurrido' },
    { word: 'problema', replacement: 'incidencia' },
    { word: 'cheap', replacement: 'affordable' },
    { word: 'unfortunately', replacement: '' },
  ],
  preferred: ['KILOMETRO CERO'],
  emojiPolicy: 'few',
  signOffs: [],
  maxLength: {},
};

interface Case {
  rule: RuleId;
  text: string;
  guide?: Partial<VoiceGuideLike>;
  ctx?: Partial<LintContext>;
  /** How many findings of `rule`. */
  count: number;
  /** The text after applying the first finding's fix. */
  fixed?: string;
}

const lint = (c: Case): Finding[] =>
  lintReply(c.text, { ...GUIDE, ...c.guide }, { network: 'facebook', lang: 'es', ...c.ctx }).filter(
    (f) => f.rule === c.rule,
  );

const en = { lang: 'en' } as const;
const usted = { spanishAddress: 'usted' } as const;
const vos = { spanishAddress: 'vos' } as const;
const none = { emojiPolicy: 'none' } as const;
const ana = { signOffs: [{ agent: 'Ana', signOff: '^Ana' }] };

const CASES: [string, Case][] = [
  // avoidedWords
  [
    'es avoided word, fixed',
    { rule: 'avoidedWords', text: 'Es un plan barato.', count: 1, fixed: 'Es un plan económico.' },
  ],
  [
    'es avoided word, capitalised',
    { rule: 'avoidedWords', text: 'Barato y bueno', count: 1, fixed: 'Económico y bueno' },
  ],
  [
    'es avoided word, all caps',
    { rule: 'avoidedWords', text: 'Todo BARATO', count: 1, fixed: 'Todo ECONÓMICO' },
  ],
  [
    'es avoided word, accent-insensitive',
    { rule: 'avoidedWords', text: 'Hubo un problemá.', count: 1, fixed: 'Hubo un incidencia.' },
  ],
  ['es avoided word whole only (baratos)', { rule: 'avoidedWords', text: 'Hay productos baratos', count: 0 }],
  ['es avoided word inside another', { rule: 'avoidedWords', text: 'Es abaratado', count: 0 }],
  [
    'es avoided phrase with extra spaces',
    {
      rule: 'avoidedWords',
      text: 'Lamentamos  las MOLESTIAS, Ana',
      count: 1,
      fixed: 'Sentimos lo ocurrido, Ana',
    },
  ],
  ['es avoided word twice', { rule: 'avoidedWords', text: 'Barato, muy barato', count: 2 }],
  [
    'es avoided word in a URL is not read',
    { rule: 'avoidedWords', text: 'Mira https://lahuerta.es/barato', count: 0 },
  ],
  ['es avoided word in a hashtag is not read', { rule: 'avoidedWords', text: 'Gracias #barato', count: 0 }],
  [
    'en avoided word',
    { rule: 'avoidedWords', text: 'It is cheap!', ctx: en, count: 1, fixed: 'It is affordable!' },
  ],
  [
    'en avoided word without replacement removed',
    {
      rule: 'avoidedWords',
      text: 'Sadly, unfortunately it broke.',
      ctx: en,
      count: 1,
      fixed: 'Sadly, it broke.',
    },
  ],
  ['en no avoided word in cheapest', { rule: 'avoidedWords', text: 'Our cheapest plan', ctx: en, count: 0 }],

  // addressMixing
  [
    'tú guide, usted pronoun',
    {
      rule: 'addressMixing',
      text: 'Gracias, usted es muy amable.',
      count: 1,
      fixed: 'Gracias, tú es muy amable.',
    },
  ],
  [
    'tú guide, ustedes is plural, fine',
    { rule: 'addressMixing', text: 'Gracias a ustedes por escribir.', count: 0 },
  ],
  ['tú guide, Ustedes capitalised, fine', { rule: 'addressMixing', text: 'Ustedes son geniales.', count: 0 }],
  [
    'tú guide, escríbanos',
    { rule: 'addressMixing', text: 'Escríbanos por privado.', count: 1, fixed: 'Escríbenos por privado.' },
  ],
  [
    'tú guide, contáctenos',
    { rule: 'addressMixing', text: 'Por favor, contáctenos.', count: 1, fixed: 'Por favor, contáctanos.' },
  ],
  [
    'tú guide, díganos',
    { rule: 'addressMixing', text: 'Díganos su pedido', count: 2, fixed: 'Dinos su pedido' },
  ],
  [
    'tú guide, usted puede: both flagged',
    { rule: 'addressMixing', text: 'Usted puede escribirnos', count: 2, fixed: 'Tú puede escribirnos' },
  ],
  [
    'tú guide, su pedido alone is third person',
    { rule: 'addressMixing', text: 'Revisamos su pedido y ya salió.', count: 0 },
  ],
  [
    'tú guide, el envío puede tardar',
    { rule: 'addressMixing', text: 'Tu envío puede tardar dos días.', count: 0 },
  ],
  [
    'tú guide, consistent tú',
    { rule: 'addressMixing', text: '¿Puedes escribirnos? Te ayudamos con tu pedido.', count: 0 },
  ],
  [
    'tú guide, vos form',
    { rule: 'addressMixing', text: 'Si querés, escribinos.', count: 2, fixed: 'Si quieres, escribinos.' },
  ],
  ['tú guide, SOS is not vos', { rule: 'addressMixing', text: 'Llamada de SOS atendida.', count: 0 }],
  ['tú guide, English text not checked', { rule: 'addressMixing', text: 'Usted said hi', ctx: en, count: 0 }],
  [
    'usted guide, tú pronoun',
    { rule: 'addressMixing', guide: usted, text: 'Gracias a ti.', count: 1, fixed: 'Gracias a usted.' },
  ],
  [
    'usted guide, puedes',
    {
      rule: 'addressMixing',
      guide: usted,
      text: 'Puedes escribirnos.',
      count: 1,
      fixed: 'Puede escribirnos.',
    },
  ],
  [
    'usted guide, te and tu',
    {
      rule: 'addressMixing',
      guide: usted,
      text: 'Te enviamos tu factura.',
      count: 2,
      fixed: 'Le enviamos tu factura.',
    },
  ],
  [
    'usted guide, contáctanos',
    { rule: 'addressMixing', guide: usted, text: 'Contáctanos hoy', count: 1, fixed: 'Contáctenos hoy' },
  ],
  [
    'usted guide, consistent usted',
    { rule: 'addressMixing', guide: usted, text: 'Puede escribirnos y le ayudamos con su pedido.', count: 0 },
  ],
  [
    'usted guide, mixed: only tú flagged',
    {
      rule: 'addressMixing',
      guide: usted,
      text: 'Usted puede escribirnos, te respondemos.',
      count: 1,
      fixed: 'Usted puede escribirnos, le respondemos.',
    },
  ],
  [
    'vos guide, tienes',
    { rule: 'addressMixing', guide: vos, text: '¿Tienes el número?', count: 1, fixed: '¿Tenés el número?' },
  ],
  [
    'vos guide, tú',
    {
      rule: 'addressMixing',
      guide: vos,
      text: 'Para tú tranquilidad',
      count: 1,
      fixed: 'Para vos tranquilidad',
    },
  ],
  [
    'vos guide, te and tu are shared',
    { rule: 'addressMixing', guide: vos, text: 'Te mandamos tu código, escribinos si falla.', count: 0 },
  ],
  [
    'vos guide, usted',
    { rule: 'addressMixing', guide: vos, text: 'Usted nos importa', count: 1, fixed: 'Vos nos importa' },
  ],
  [
    'tú guide, consistent usted text (two weak forms)',
    {
      rule: 'addressMixing',
      text: 'Le confirmamos que su pedido llega mañana.',
      count: 2,
      fixed: 'Te confirmamos que su pedido llega mañana.',
    },
  ],

  // emoji
  ['few: two emoji fine', { rule: 'emoji', text: 'Gracias 😀😀', count: 0 }],
  [
    'few: three emoji warn once',
    { rule: 'emoji', text: 'Gracias 😀 🎉 ❤️', count: 1, fixed: 'Gracias 😀 🎉' },
  ],
  ['few: family emoji counts once', { rule: 'emoji', text: 'Thanks 👨‍👩‍👧 👍🏽', ctx: en, count: 0 }],
  [
    'none: any emoji is an error',
    { rule: 'emoji', guide: none, text: 'Gracias 😀 por escribir', count: 1, fixed: 'Gracias por escribir' },
  ],
  ['none: flag emoji', { rule: 'emoji', guide: none, text: 'Hola 🇦🇷', count: 1, fixed: 'Hola' }],
  ['none: © and ™ are not emoji', { rule: 'emoji', guide: none, text: 'La Huerta™ © 2026', count: 0 }],
  ['none: emoticon is not emoji', { rule: 'emoji', guide: none, text: 'Thanks :)', ctx: en, count: 0 }],
  ['free: many emoji fine', { rule: 'emoji', guide: { emojiPolicy: 'free' }, text: '😀😀😀😀😀', count: 0 }],
  [
    'none: en text emoji removed',
    { rule: 'emoji', guide: none, ctx: en, text: '🙏 Thank you', count: 1, fixed: 'Thank you' },
  ],

  // length
  ['length: X over 280', { rule: 'length', text: 'a'.repeat(281), ctx: { network: 'x' }, count: 1 }],
  ['length: X at 280', { rule: 'length', text: 'a'.repeat(280), ctx: { network: 'x' }, count: 0 }],
  [
    'length: brand limit stricter',
    {
      rule: 'length',
      text: 'a'.repeat(121),
      guide: { maxLength: { x: 120 } },
      ctx: { network: 'x' },
      count: 1,
    },
  ],
  [
    'length: brand limit looser is ignored',
    {
      rule: 'length',
      text: 'a'.repeat(200),
      guide: { maxLength: { tiktok: 1000 } },
      ctx: { network: 'tiktok' },
      count: 1,
    },
  ],
  [
    'length: URL counts 23 on X',
    {
      rule: 'length',
      text: `${'a'.repeat(250)} https://example.com/${'x'.repeat(100)}`,
      ctx: { network: 'x' },
      count: 0,
    },
  ],
  [
    'length: en limit per network',
    { rule: 'length', text: 'b'.repeat(160), ctx: { network: 'tiktok', lang: 'en' }, count: 1 },
  ],

  // signOff
  [
    'signOff: missing, appended',
    {
      rule: 'signOff',
      text: 'Gracias por escribir.  ',
      guide: ana,
      ctx: { agent: 'ana' },
      count: 1,
      fixed: 'Gracias por escribir.\n^Ana',
    },
  ],
  [
    'signOff: present, case-insensitive',
    { rule: 'signOff', text: 'Gracias ^ANA', guide: ana, ctx: { agent: 'Ana' }, count: 0 },
  ],
  [
    'signOff: only one in the guide is used',
    { rule: 'signOff', text: 'Thanks!', guide: ana, ctx: en, count: 1, fixed: 'Thanks!\n^Ana' },
  ],
  [
    'signOff: another agent has none',
    {
      rule: 'signOff',
      text: 'Hola',
      guide: {
        signOffs: [
          { agent: 'Ana', signOff: '^Ana' },
          { agent: 'Luis', signOff: '^L' },
        ],
      },
      ctx: { agent: 'Marta' },
      count: 0,
    },
  ],
  ['signOff: guide without sign-offs', { rule: 'signOff', text: 'Hola', count: 0 }],

  // shouting
  [
    'shouting: caps word',
    {
      rule: 'shouting',
      text: 'Esto es URGENTE para nosotros',
      count: 1,
      fixed: 'Esto es urgente para nosotros',
    },
  ],
  [
    'shouting: caps at sentence start',
    { rule: 'shouting', text: 'GRACIAS por todo', count: 1, fixed: 'Gracias por todo' },
  ],
  [
    'shouting: a run is one finding',
    {
      rule: 'shouting',
      text: 'Hola. MUCHAS GRACIAS POR TODO',
      count: 1,
      fixed: 'Hola. Muchas gracias por todo',
    },
  ],
  ['shouting: acronyms are fine', { rule: 'shouting', text: 'La ONU, USA, la NASA y UNICEF', count: 0 }],
  ['shouting: three letters are fine', { rule: 'shouting', text: 'OK, ya está', count: 0 }],
  ['shouting: brand and preferred terms', { rule: 'shouting', text: 'Producto KILOMETRO CERO', count: 0 }],
  [
    'shouting: URL in caps is not read',
    { rule: 'shouting', text: 'Ver HTTPS://EJEMPLO.COM/OFERTA', count: 0 },
  ],
  ['shouting: !!! collapsed', { rule: 'shouting', text: '¡Gracias!!!', count: 1, fixed: '¡Gracias!' }],
  ['shouting: ??? collapsed', { rule: 'shouting', text: 'Really???', ctx: en, count: 1, fixed: 'Really?' }],
  ['shouting: two marks are fine', { rule: 'shouting', text: 'Wow!! Really?!', ctx: en, count: 0 }],
  [
    'shouting: en caps',
    { rule: 'shouting', text: 'This is HUGE news', ctx: en, count: 1, fixed: 'This is huge news' },
  ],
  [
    'shouting: en acronyms FAQ and ASAP',
    { rule: 'shouting', text: 'See the FAQ, we reply ASAP', ctx: en, count: 0 },
  ],
  ['shouting: model codes with digits', { rule: 'shouting', text: 'El modelo XPRO2000 llega', count: 0 }],

  // negativeReply
  [
    'negativeReply: negative',
    { rule: 'negativeReply', text: 'Eso no es nuestro problema.', ctx: { sentiment: 'negative' }, count: 1 },
  ],
  [
    'negativeReply: neutral',
    { rule: 'negativeReply', text: 'Te ayudamos.', ctx: { sentiment: 'neutral' }, count: 0 },
  ],
  [
    'negativeReply: en negative',
    {
      rule: 'negativeReply',
      text: 'That is your fault.',
      ctx: { lang: 'en', sentiment: 'negative' },
      count: 1,
    },
  ],
  ['negativeReply: not classified', { rule: 'negativeReply', text: 'Hola', count: 0 }],

  // unfilledVariable
  ['unfilled: {nombre}', { rule: 'unfilledVariable', text: 'Hola {nombre}, gracias', count: 1 }],
  [
    'unfilled: prompt marker',
    { rule: 'unfilledVariable', text: 'Tu pedido [Número de pedido] salió', count: 1 },
  ],
  [
    'unfilled: en {name} and [order]',
    { rule: 'unfilledVariable', text: 'Hi {name}, order [order id]', ctx: en, count: 2 },
  ],
  [
    'unfilled: markdown link is fine',
    { rule: 'unfilledVariable', text: 'See [our FAQ](https://example.com/faq)', ctx: en, count: 0 },
  ],
  ['unfilled: plain text fine', { rule: 'unfilledVariable', text: 'Hola Ana, gracias', count: 0 }],
  ['unfilled: braces in a URL', { rule: 'unfilledVariable', text: 'Mira https://ex.com/a{b}', count: 0 }],
];

describe('voice rules', () => {
  test.each(CASES)('%s', (_name, c) => {
    const found = lint(c);
    expect(found, JSON.stringify(found)).toHaveLength(c.count);
    for (const f of found) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(c.text.length);
      expect(f.message.es).toBeTruthy();
      expect(f.message.en).toBeTruthy();
    }
    if (c.fixed !== undefined) expect(applyFix(c.text, found[0]!)).toBe(c.fixed);
  });

  test('has at least 60 cases in both languages', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter(([, c]) => c.ctx?.lang === 'en').length).toBeGreaterThanOrEqual(15);
  });
});
