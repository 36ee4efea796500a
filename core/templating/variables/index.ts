// The variable registry. A new variable is one file in this folder plus one line in VARIABLES.
import type { TemplateLang } from '../types';
import { brand } from './brand';
import { date } from './date';
import { fullName } from './fullName';
import { greeting } from './greeting';
import { handle } from './handle';
import { name } from './name';
import { network } from './network';
import { permalink } from './permalink';
import { signOff } from './signOff';
import type { Variable } from './variable';

export type { Variable } from './variable';

export const VARIABLES: readonly Variable[] = [
  greeting,
  name,
  fullName,
  handle,
  network,
  brand,
  signOff,
  date,
  permalink,
];

/** Folds a written name for lookup: case, accents, spaces and hyphens do not matter ("Nombre completo"). */
export function normalizeName(written: string): string {
  return written
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const BY_NAME = new Map<string, Variable>();
for (const variable of VARIABLES)
  for (const written of [...variable.names.es, ...variable.names.en])
    BY_NAME.set(normalizeName(written), variable);

export function findVariable(written: string): Variable | undefined {
  return BY_NAME.get(normalizeName(written));
}

/** Every accepted name (both languages, aliases included), normalized. */
export function variableNames(): string[] {
  return [...BY_NAME.keys()];
}

/** The canonical name of a variable in a language (what the cheat-sheet inserts). */
export const canonicalName = (variable: Variable, lang: TemplateLang): string => variable.names[lang][0]!;
