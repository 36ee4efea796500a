// Fills a template's text. Syntax (one pass, left to right; values are never parsed again):
//
//   {nombre} / {name}                 a variable, by any of its Spanish or English names (variables/). Case,
//                                     accents, spaces and hyphens in the name do not matter; a capitalised
//                                     name ({Saludo}) capitalises the value's first letter (not
//                                     handles and links).
//   {?pedido|Número de pedido}        a fill-in prompt: asked before inserting, answered by key ("pedido").
//   {?pedido}                         the same, with the key as its label. A key used twice is asked once.
//   {{ and }}                         a literal "{" and "}".
//
// An unknown variable or a malformed placeholder is reported (unknown / syntax) and `ok` is false: the
// caller must not insert the text. Unanswered prompts are listed in `missing` (ok is false too); the preview
// shows them as "[label]".
import { findVariable, normalizeName, variableNames } from './variables';
import type { RenderContext } from './types';

export interface Prompt {
  key: string;
  label: string;
}

export interface RenderResult {
  text: string;
  /** Variable names, as written, that no variable answers to. */
  unknown: string[];
  /** Fill-in prompts of the text, in order of first use, one per key. */
  prompts: Prompt[];
  /** Prompt keys without a (non-blank) answer in context.answers. */
  missing: string[];
  /** Known variables that resolved to "" in this context (no brand set, no name shown…): a warning. */
  empty: string[];
  /** Malformed placeholders, as written (an unclosed "{", "{}"…). */
  syntax: string[];
  /** True when the text can be inserted: nothing unknown, missing or malformed. */
  ok: boolean;
}

const PLACEHOLDER = /\{(\?)?([\p{L}\p{N}_ -]+)(?:\|([^{}]*))?\}/uy;

/** Capitalises the first letter of `value`. */
const capitalise = (value: string) => value.replace(/^\P{L}*\p{L}/u, (m) => m.toLocaleUpperCase());

export function render(source: string, context: RenderContext): RenderResult {
  const unknown: string[] = [];
  const prompts: Prompt[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const syntax: string[] = [];
  let out = '';
  let i = 0;
  const addUnique = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value);
  };
  /** An empty value: drop the space before it when punctuation, a space or the end follows. */
  const insertEmpty = (next: string) => {
    if (next === '' || /^[\s,.;:!?)\]…]/u.test(next)) out = out.replace(/[ \t]+$/u, '');
  };
  while (i < source.length) {
    const open = source.indexOf('{', i);
    const close = source.indexOf('}', i);
    if (open === -1 && close === -1) {
      out += source.slice(i);
      break;
    }
    if (close !== -1 && (open === -1 || close < open)) {
      // A "}" outside a placeholder: "}}" is the escape, a lone one is kept as text.
      out += source.slice(i, close) + '}';
      i = source[close + 1] === '}' ? close + 2 : close + 1;
      continue;
    }
    out += source.slice(i, open);
    if (source[open + 1] === '{') {
      out += '{';
      i = open + 2;
      continue;
    }
    PLACEHOLDER.lastIndex = open;
    const match = PLACEHOLDER.exec(source);
    if (!match || !match[2]!.trim()) {
      const end = source.indexOf('}', open);
      const fragment = end === -1 ? source.slice(open, open + 24) : source.slice(open, end + 1);
      addUnique(syntax, fragment);
      out += fragment;
      i = open + fragment.length;
      continue;
    }
    const [whole, isPrompt, rawName, rawLabel] = match;
    const written = rawName!.trim();
    i = open + whole.length;
    if (isPrompt) {
      const key = normalizeName(written);
      const label = rawLabel?.trim() || written;
      if (!prompts.some((p) => p.key === key)) prompts.push({ key, label });
      const answer = context.answers?.[key]?.trim() ?? '';
      if (answer) out += answer;
      else {
        addUnique(missing, key);
        out += `[${prompts.find((p) => p.key === key)!.label}]`;
      }
      continue;
    }
    const variable = rawLabel === undefined ? findVariable(written) : undefined;
    if (!variable) {
      addUnique(unknown, rawLabel === undefined ? written : `${written}|${rawLabel}`);
      out += whole;
      continue;
    }
    let value = variable.resolve(context);
    if (!value) {
      addUnique(empty, written);
      insertEmpty(source.slice(i));
      continue;
    }
    if (!variable.keepCase && /^\p{Lu}/u.test(written)) value = capitalise(value);
    out += value;
  }
  return {
    text: out,
    unknown,
    prompts,
    missing,
    empty,
    syntax,
    ok: unknown.length === 0 && missing.length === 0 && syntax.length === 0,
  };
}

/** The prompts a text asks for, without rendering it (for the picker's fill-in form). */
export function promptsOf(source: string): Prompt[] {
  return render(source, PROBE).prompts;
}

const PROBE: RenderContext = {
  lang: 'en',
  item: { platform: 'demo', authorName: '', handle: '', permalink: '' },
  brandName: '',
  signOffs: [],
  now: new Date(0),
};

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let x = 1; x <= a.length; x++) {
    let diagonal = row[0]!;
    row[0] = x;
    for (let y = 1; y <= b.length; y++) {
      const above = row[y]!;
      row[y] = Math.min(row[y]! + 1, row[y - 1]! + 1, diagonal + (a[x - 1] === b[y - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known variable name to an unknown one ("nombr" → "nombre"), or undefined when none is close. */
export function suggestVariable(written: string): string | undefined {
  const wanted = normalizeName(written);
  let best: { name: string; d: number } | undefined;
  for (const candidate of variableNames()) {
    const d = distance(wanted, candidate);
    if (!best || d < best.d) best = { name: candidate, d };
  }
  return best && best.d <= Math.max(1, Math.floor(wanted.length / 3)) ? best.name : undefined;
}
