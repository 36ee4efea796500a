import { beforeAll, describe, expect, test } from 'vitest';
import { loadClassifier, type Classifier, type Intent } from '@/core/sentiment';

let c: Classifier;
beforeAll(async () => {
  c = await loadClassifier();
});
const has = (t: string, i: Intent) => c.classify(t).intent.includes(i);

const CASES: Record<Intent, { yes: string[]; no: string[] }> = {
  question: {
    yes: [
      '¿Cuándo abren?',
      'cuando abren',
      'hacen envíos a Canarias',
      'precio porfa',
      'Do you ship to Canada?',
      'what time do you open on sundays',
      'price please',
      'how much',
    ],
    no: ['Me encanta!!', 'Just picked mine up at the store', 'que bonito', 'The event is on Saturday'],
  },
  complaint: {
    yes: [
      'llevo 3 días esperando',
      'Llevo una semana esperando mi pedido',
      'I want a refund',
      'la app no funciona desde ayer',
      'Charged twice for the same order',
      'still waiting for an answer',
      'Pésimo servicio',
      'The package never arrived',
    ],
    no: ['Gracias por todo', 'Love it', '¿Tienen la talla M?', 'hoy llueve en Madrid'],
  },
  praise: {
    yes: [
      'Me encanta!!',
      'Excelente atención',
      'Thank you so much',
      'Great job 👏',
      '😍😍',
      'buenísimoooo',
      '10/10 would recommend',
    ],
    no: ['not great', 'no me gusta', 'Worst service ever', 'El evento es el sábado'],
  },
  urgent: {
    yes: [
      'Me hackearon la cuenta',
      'My account was hacked',
      'voy a llamar a mi abogado',
      'I will sue you',
      'my son had an allergic reaction',
      'el cargador explotó',
      'the charger caught fire',
      'unauthorized charge on my card',
    ],
    no: ['llevo 3 días esperando', 'I want a refund', 'precio?', 'Love it'],
  },
  spam: {
    yes: [
      'Earn $500 a day with crypto 👉 bit.ly/xYz',
      'Free BTC airdrop at t.me/coins',
      'Buy real followers cheap, DM me',
      'Gana dinero desde casa con criptomonedas',
      'mira mi perfil y sígueme https://x.example',
      'visit http://a.example http://b.example http://c.example',
    ],
    no: ['Here is the link to the manual: https://help.example/manual', 'Me encanta!!', 'I want a refund'],
  },
};

describe.each(Object.entries(CASES) as [Intent, { yes: string[]; no: string[] }][])(
  '%s',
  (intent, { yes, no }) => {
    test.each(yes)(`"%s" has ${intent}`, (t) => expect(has(t, intent)).toBe(true));
    test.each(no)(`"%s" has no ${intent}`, (t) => expect(has(t, intent)).toBe(false));
  },
);

test('intent reasons name the trigger', () => {
  const r = c.classify('Llevo 3 días esperando una respuesta');
  expect(r.reasons.some((x) => x.effect === 'complaint' && x.token.includes('llevo'))).toBe(true);
});

test('spam is not also praise', () => {
  const r = c.classify('Great video! Check out my channel https://yt.example/c/x for crypto tips');
  expect(r.intent).toContain('spam');
  expect(r.intent).not.toContain('praise');
});
