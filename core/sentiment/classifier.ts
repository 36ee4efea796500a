/** The classifier proper: tokens → language → features → linear model → sentiment; rules → intents; reasons. */
import { FeatureBuffer, analyse, extract } from './features';
import { INTENT_RULES } from './intent';
import { detectLang } from './lang';
import { decodeModel } from './model';
import { INTENSIFIERS, NEGATORS, POLARITY, POLARITY_EN_EXT, STOP_EN, STOP_ES } from './lexicon';
import { foldedText, tokenize, type Token } from './text';
import type { Classification, Classifier, Intent, ModelWeights, Reason, Sentiment } from './types';

/** Tokens worth showing as a sentiment reason (not function words, negators or intensifiers). */
function isContent(t: Token): boolean {
  if (t.kind === 'emoji' || t.kind === 'emoticon') return true;
  if (t.kind !== 'word' && t.kind !== 'hashtag') return false;
  if (POLARITY.has(t.norm) || POLARITY_EN_EXT.has(t.norm) || t.norm === '<laugh>') return true;
  return !(
    NEGATORS.has(t.norm) ||
    INTENSIFIERS.has(t.norm) ||
    STOP_ES.has(t.folded) ||
    STOP_EN.has(t.folded)
  );
}

const SENTIMENTS: readonly Sentiment[] = ['negative', 'neutral', 'positive'];

export interface ClassifierOptions {
  /** Use a bias profile from the weights (bench only) instead of the per-language default. */
  profile?: string;
}

export function createClassifier(weights: ModelWeights, options: ClassifierOptions = {}): Classifier {
  const model = decodeModel(weights);
  const profile = options.profile ? weights.profiles?.[options.profile] : undefined;
  if (options.profile && !profile) throw new Error(`sentiment model: no profile ${options.profile}`);
  const buf = new FeatureBuffer();
  const prior = weights.lexiconPrior;
  const z = new Float64Array(3);
  const rows = new Int32Array(buf.idx.length);
  const w = model.w;

  function classify(text: string): Classification {
    const src = typeof text === 'string' ? text : String(text ?? '');
    const tokens = tokenize(src);
    const lang = detectLang(src, tokens);
    const lex = analyse(tokens, lang);
    extract(tokens, lang, lex, model.mask, buf);
    model.logits(buf, z, rows);
    z[0]! += prior * (lex.wordNeg + lex.emoNeg);
    z[2]! += prior * (lex.wordPos + lex.emoPos);
    const b = profile ?? model.bias(lang);
    const a0 = z[0]! + b[0];
    const a1 = z[1]! + b[1];
    const a2 = z[2]! + b[2];
    const m = Math.max(a0, a1, a2);
    const e0 = Math.exp(a0 - m);
    const e1 = Math.exp(a1 - m);
    const e2 = Math.exp(a2 - m);
    const s = e0 + e1 + e2;
    const k = a0 > a1 && a0 > a2 ? 0 : a2 > a1 ? 2 : 1;
    const sentiment = SENTIMENTS[k]!;
    const score = Math.round(((e2 - e0) / s) * 1000) / 1000;

    const reasons: Reason[] = [];
    if (sentiment !== 'neutral') {
      // Per-token contribution to (positive − negative), from the hashed features the token produced.
      const contrib = new Float64Array(tokens.length);
      for (let i = 0; i < buf.n; i++) {
        const t = buf.tok[i]!;
        if (t < 0) continue;
        const r = rows[i]!;
        if (r >= 0) contrib[t]! += buf.val[i]! * (w[r + 2]! - w[r]!);
      }
      const dir = sentiment === 'positive' ? 1 : -1;
      // Lexicon hits (after negation/intensifiers) count too, scaled to the model's typical magnitudes.
      for (const p of lex.polar) contrib[p.tok]! += p.score * (0.15 + prior);
      const ranked = [...contrib.keys()]
        .filter((i) => contrib[i]! * dir > 0.05 && isContent(tokens[i]!))
        .sort((x, y) => contrib[y]! * dir - contrib[x]! * dir)
        .slice(0, 3);
      for (const i of ranked) {
        reasons.push({ token: tokens[i]!.raw, effect: sentiment });
        const p = lex.polar.find((q) => q.tok === i);
        if (p && p.negator >= 0) reasons.push({ token: tokens[p.negator]!.raw, effect: 'negation' });
        if (p && p.intensifier >= 0)
          reasons.push({ token: tokens[p.intensifier]!.raw, effect: 'intensifier' });
      }
    }

    const ctx = { text: src, folded: foldedText(tokens), tokens, lang, sentiment, score, lex };
    const intent: Intent[] = [];
    for (const rule of INTENT_RULES) {
      const hits = rule.match(ctx);
      if (!hits) continue;
      intent.push(rule.intent);
      for (const h of hits) reasons.push({ token: h, effect: rule.intent });
    }
    // Spam is neither a real question nor praise; thanks next to a complaint are only praise when the comment
    // reads positive overall ("gracias pero sigo sin recibir el código").
    const drop = (x: Intent) => {
      if (!intent.includes(x)) return;
      intent.splice(intent.indexOf(x), 1);
      for (let i = reasons.length - 1; i >= 0; i--) if (reasons[i]!.effect === x) reasons.splice(i, 1);
    };
    if (intent.includes('spam')) {
      drop('praise');
      drop('question');
    }
    if (intent.includes('complaint') && sentiment !== 'positive') drop('praise');
    return { lang, sentiment, score, intent, reasons };
  }

  return {
    classify,
    classifyBatch: (texts) => texts.map(classify),
    async classifyBatchAsync(texts, budgetMs = 8) {
      const out: Classification[] = [];
      let start = Date.now();
      for (const t of texts) {
        out.push(classify(t));
        if (Date.now() - start >= budgetMs) {
          await new Promise((r) => setTimeout(r, 0));
          start = Date.now();
        }
      }
      return out;
    },
  };
}
