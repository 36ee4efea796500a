/**
 * On-device sentiment and intent for Spanish and English comments.
 *
 *   const classifier = await loadClassifier();
 *   classifier.classify('no me gusta nada 😡'); // { lang: 'es', sentiment: 'negative', intent: [...], reasons: [...] }
 *
 * This entry is tiny: the model, lexicons and language detector are loaded by `loadClassifier()` through dynamic
 * imports, so bundlers put them in a separate chunk that is fetched only when the first comment is classified.
 */
import type { Classifier, ModelWeights } from './types';

export type {
  Classification,
  Classifier,
  Intent,
  Lang,
  Reason,
  ReasonEffect,
  Sentiment,
  ModelWeights,
} from './types';
export { INTENTS } from './types';

let pending: Promise<Classifier> | undefined;

/** Load (once) and return the classifier. */
export function loadClassifier(): Promise<Classifier> {
  pending ??= (async () => {
    const [{ createClassifier }, weights] = await Promise.all([
      import('./classifier'),
      import('./model/weights.json'),
    ]);
    return createClassifier(weights.default as unknown as ModelWeights);
  })();
  return pending;
}
