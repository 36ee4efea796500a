// Benchmark: the picker's search over 2,000 templates, per keystroke, over realistic typing (Spanish and
// English queries typed one character at a time, with typos and a correction). Also measures what the picker
// does after each keystroke besides searching: rendering the top hit's variant and checking its length.
// Goal (the issue's): under 2 ms per keystroke. Run: node --import tsx tests/bench/templates.bench.ts
import { checkLength } from '../../core/templating/length';
import { render } from '../../core/templating/render';
import { buildIndex, searchTemplates, type SearchOptions } from '../../core/templating/search';
import { STARTER_TEMPLATES } from '../../core/templating/starters';
import type { IntentName, Network, TemplateLike } from '../../core/templating/types';
import { pickVariant } from '../../core/templating/variants';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { machine, median, writeResult } from './report';

// A full garbage collection after each index build, so one round's garbage is not collected during the
// next round's keystrokes (the picker builds its index once, when it opens).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TEMPLATES = 2000;
const ROUNDS = Number(process.env.BENCH_RUNS ?? 20);

/** Deterministic PRNG (mulberry32) so every run measures the same templates. */
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let r = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20261201);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const TOPICS = {
  es: [
    'envío',
    'pedido',
    'devolución',
    'reembolso',
    'factura',
    'cuenta',
    'contraseña',
    'tienda',
    'horario',
    'garantía',
    'talla',
    'cupón',
    'descuento',
    'suscripción',
    'pago',
    'tarjeta',
    'retraso',
    'rotura',
    'app',
    'web',
    'sorteo',
    'colaboración',
    'empleo',
    'alérgenos',
    'ingredientes',
    'stock',
    'reserva',
    'cita',
    'precio',
    'oferta',
  ],
  en: [
    'shipping',
    'order',
    'return',
    'refund',
    'invoice',
    'account',
    'password',
    'store',
    'opening hours',
    'warranty',
    'size',
    'coupon',
    'discount',
    'subscription',
    'payment',
    'card',
    'delay',
    'damaged item',
    'app',
    'website',
    'giveaway',
    'partnership',
    'jobs',
    'allergens',
    'ingredients',
    'stock',
    'booking',
    'appointment',
    'price',
    'offer',
  ],
};
const KINDS = {
  es: ['Respuesta', 'Disculpa', 'Info', 'Agradecimiento', 'Derivar', 'Seguimiento', 'Aviso', 'Escalado'],
  en: ['Answer', 'Apology', 'Info', 'Thanks', 'Redirect', 'Follow-up', 'Notice', 'Escalation'],
};
const PHRASES = {
  es: [
    '{Saludo}, {nombre}.',
    'Gracias por escribirnos.',
    'Lo sentimos mucho.',
    'Ya lo estamos revisando.',
    'Te escribimos por privado.',
    '¿Nos mandas tu número de pedido?',
    'Puedes consultarlo en nuestra web.',
    'El equipo ya está en ello.',
    'Te avisamos en cuanto tengamos novedades.',
    'Cualquier duda, aquí estamos.',
    '{firma}',
  ],
  en: [
    '{Greeting}, {name}.',
    'Thanks for reaching out.',
    "We're really sorry.",
    "We're looking into it.",
    "We're sending you a DM.",
    'Could you send us your order number?',
    'You can check it on our website.',
    'The team is on it.',
    "We'll let you know as soon as we hear back.",
    'Any questions, we are here.',
    '{signoff}',
  ],
};
const INTENTS: IntentName[] = ['question', 'complaint', 'praise', 'urgent'];
const NETWORKS: Network[] = ['x', 'instagram', 'youtube', 'facebook', 'tiktok', 'linkedin', 'reddit'];

function generate(n: number): TemplateLike[] {
  const out: TemplateLike[] = [...STARTER_TEMPLATES];
  for (let i = out.length; i < n; i++) {
    const lang = random() < 0.5 ? 'es' : 'en';
    const topic = pick(TOPICS[lang]);
    const kind = pick(KINDS[lang]);
    const variants = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
      Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(PHRASES[lang]))
        .join(' ')
        .replace(/\.\s/, ` (${topic}). `),
    );
    out.push({
      id: `t${i}`,
      name: `${kind}: ${topic} ${i % 97}`,
      variants,
      category: kind,
      tags: [topic, pick(TOPICS[lang])],
      lang: random() < 0.1 ? 'any' : lang,
      networks: random() < 0.6 ? [] : [pick(NETWORKS)],
      shortcut: random() < 0.3 ? `/${topic.split(' ')[0]}${i}` : '',
      intents: [pick(INTENTS)],
    });
  }
  return out;
}

/** What the CM types, keystroke by keystroke: "\b" is a backspace. */
const TYPED = [
  'disculpa retraso',
  'devolucion',
  'devoluicon\b\b\b\bucion reembolso', // a typo, corrected
  'refund',
  'shiping delay', // typo left in
  'grac',
  '/thanks',
  'contraseña cuenta',
  'crisis',
  'order number',
];

function keystrokes(): string[] {
  const queries: string[] = [];
  for (const text of TYPED) {
    let q = '';
    queries.push(q);
    for (const ch of text) {
      q = ch === '\b' ? q.slice(0, -1) : q + ch;
      queries.push(q);
    }
  }
  return queries;
}

/** For each keystroke, its fastest time over the rounds: its cost without the machine's other work. */
const bestOfRounds = (times: number[], perRound: number) =>
  Array.from({ length: perRound }, (_, k) => {
    let best = Infinity;
    for (let i = k; i < times.length; i += perRound) best = Math.min(best, times[i]!);
    return best;
  });

const options: SearchOptions = { lang: 'es', intents: ['complaint'], platform: 'x', limit: 30 };
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};

function main() {
  const templates = generate(TEMPLATES);
  gc();
  const t0 = performance.now();
  const coldIndex = buildIndex(templates);
  const buildMs = performance.now() - t0;
  const queries = keystrokes();

  // Cold: the first pass over a fresh index (nothing cached, the JIT not warm), as when the picker opens.
  const cold: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    searchTemplates(coldIndex, q, options);
    cold.push(performance.now() - start);
  }

  // Warm: each round builds a new index (per-word caches empty), so only the JIT is warm.
  const search: number[] = [];
  const full: number[] = [];
  const builds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const b = performance.now();
    const index = buildIndex(templates);
    builds.push(performance.now() - b);
    gc();
    for (const q of queries) {
      const start = performance.now();
      const hits = searchTemplates(index, q, options);
      const searched = performance.now();
      const top = hits[0]?.template;
      const variant = top && pickVariant(top.variants, top.recentVariants, 'x:1');
      if (variant) {
        const result = render(variant.text, {
          lang: top.lang === 'any' ? 'es' : top.lang,
          item: {
            platform: 'x',
            authorName: 'Lucía Fernández',
            handle: 'luciafdz',
            permalink: 'https://x.com/l/status/1',
          },
          brandName: 'Cafés Aurora',
          signOffs: [{ agent: 'Ana', signOff: '— Ana' }],
          now: new Date(),
        });
        checkLength(result.text, 'x');
      }
      search.push(searched - start);
      full.push(performance.now() - start);
      if (process.env.BENCH_DEBUG && searched - start > 1)
        console.log(JSON.stringify(q), (searched - start).toFixed(2));
    }
  }

  const figures = {
    templates: templates.length,
    keystrokesPerRound: queries.length,
    rounds: ROUNDS,
    buildMsFirst: buildMs,
    buildMsMedian: median(builds),
    coldMedianMs: median(cold),
    coldP99Ms: percentile(cold, 0.99),
    coldMaxMs: Math.max(...cold),
    searchMedianMs: median(search),
    searchP99Ms: percentile(search, 0.99),
    searchMaxMs: Math.max(...search),
    keystrokeMedianMs: median(full),
    keystrokeP99Ms: percentile(full, 0.99),
    bestOfRoundsP99Ms: percentile(bestOfRounds(full, queries.length), 0.99),
    bestOfRoundsMaxMs: Math.max(...bestOfRounds(full, queries.length)),
    loadAverage: loadavg()[0],
  };
  console.log(figures);
  const ok = (pass: boolean) => (pass ? 'met' : '**not met**');
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  writeResult(
    'templates',
    `
## Template search, ${templates.length.toLocaleString('en')} templates (\`tests/bench/templates.bench.ts\`)

Machine: ${machine()}; load average ${loadavg()[0]!.toFixed(1)} when it ended; ${new Date().toISOString().slice(0, 10)}.
Generated templates (the starter set plus Spanish and English ones of 1–4 wordings; seeded, the same every
run). ${queries.length} keystrokes per round: ${TYPED.length} queries typed one character at a time (\`${TYPED.map((q) => q.replaceAll('\b', '⌫')).join('`, `')}\`),
with typos, a correction and a shortcut; comment language es, intent complaint, network X; ${ROUNDS} rounds, each
on a freshly built index. "Keystroke" adds what the picker does next: pick the top hit's variant, render it,
check its length on X.

| figure | measured | goal | |
|---|---|---|---|
| search per keystroke, median / p99 | ${ms(figures.searchMedianMs)} / ${ms(figures.searchP99Ms)} | < 2 ms | ${ok(figures.searchP99Ms < 2)} |
| search + render + length per keystroke, median / p99 | ${ms(figures.keystrokeMedianMs)} / ${ms(figures.keystrokeP99Ms)} | < 2 ms | ${ok(figures.keystrokeP99Ms < 2)} |
| search + render + length, each keystroke's best of ${ROUNDS} rounds: p99 / max | ${ms(figures.bestOfRoundsP99Ms)} / ${ms(figures.bestOfRoundsMaxMs)} | < 2 ms | ${ok(figures.bestOfRoundsMaxMs < 2)} |
| first pass on a fresh page (cold JIT), median / p99 / max | ${ms(figures.coldMedianMs)} / ${ms(figures.coldP99Ms)} / ${ms(figures.coldMaxMs)} | – | |
| slowest keystroke, warm | ${ms(figures.searchMaxMs)} | – | |
| building the index (when the picker opens), first / median | ${ms(buildMs)} / ${ms(figures.buildMsMedian)} | – | |

The p99 rows include whatever else the machine ran meanwhile (see the load average); the best-of-rounds row
is each keystroke's own cost.

Fuse.js over every field of 2,000 templates took 25–110 ms per keystroke on this machine, so the search is an
inverted index of folded words (prefix ranges by binary search) with Fuse.js only for words that match no
prefix (typos), over the 48 vocabulary words sharing most letter pairs with them (\`core/templating/search.ts\`).
`,
    figures,
  );
}

main();
