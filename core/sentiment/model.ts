/** The linear model at run time: bucket → 3 int8 weights, scored over a FeatureBuffer. */
import { decodeBase64, decodeSortedInts } from './codec';
import type { FeatureBuffer } from './features';
import type { Lang, ModelWeights } from './types';

export interface LinearModel {
  mask: number;
  /**
   * Logits (negative, neutral, positive) before offsets; also fills `rows` with each feature's weight row
   * (an offset into `w`, or −1 when the bucket was pruned).
   */
  logits(buf: FeatureBuffer, out: Float64Array, rows: Int32Array): void;
  /** Dequantised weights, 3 per row. */
  w: Float32Array;
  bias(lang: Lang): readonly [number, number, number];
}

/** Open-addressing table bucket → row offset (Int32Arrays: no Map overhead on the hot path). */
function buildTable(keys: readonly number[]): { slots: Int32Array; vals: Int32Array; mask: number } {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  const vals = new Int32Array(size);
  const mask = size - 1;
  keys.forEach((k, i) => {
    let s = (Math.imul(k, 0x9e3779b1) >>> 0) & mask;
    while (slots[s] !== -1) s = (s + 1) & mask;
    slots[s] = k;
    vals[s] = i * 3;
  });
  return { slots, vals, mask };
}

export function decodeModel(m: ModelWeights): LinearModel {
  const keys = decodeSortedInts(decodeBase64(m.keys));
  const raw = decodeBase64(m.weights);
  const w = new Float32Array(raw.length);
  for (let i = 0; i < raw.length; i++) w[i] = ((raw[i]! << 24) >> 24) * m.scale;
  if (w.length !== keys.length * 3) throw new Error('sentiment model: keys/weights length mismatch');
  const { slots, vals, mask: tmask } = buildTable(keys);
  return {
    mask: (1 << m.bits) - 1,
    w,
    logits(buf, out, rows) {
      let a = 0;
      let b = 0;
      let c = 0;
      for (let k = 0; k < buf.n; k++) {
        const key = buf.idx[k]!;
        let s = (Math.imul(key, 0x9e3779b1) >>> 0) & tmask;
        let r = -1;
        for (;;) {
          const at = slots[s]!;
          if (at === key) {
            r = vals[s]!;
            break;
          }
          if (at === -1) break;
          s = (s + 1) & tmask;
        }
        rows[k] = r;
        if (r < 0) continue;
        const v = buf.val[k]!;
        a += v * w[r]!;
        b += v * w[r + 1]!;
        c += v * w[r + 2]!;
      }
      out[0] = a;
      out[1] = b;
      out[2] = c;
    },
    bias(lang) {
      return m.bias[lang];
    },
  };
}
