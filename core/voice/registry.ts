// Every rule, in the order their findings are listed when two start at the same offset. A new rule is a new
// file in rules/ plus one line here (tests/unit/voice/registry.test.ts checks that none is left out).
import { rule as addressMixing } from './rules/addressMixing';
import { rule as avoidedWords } from './rules/avoidedWords';
import { rule as emoji } from './rules/emoji';
import { rule as length } from './rules/length';
import { rule as negativeReply } from './rules/negativeReply';
import { rule as shouting } from './rules/shouting';
import { rule as signOff } from './rules/signOff';
import { rule as unfilledVariable } from './rules/unfilledVariable';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  unfilledVariable,
  avoidedWords,
  addressMixing,
  shouting,
  emoji,
  length,
  signOff,
  negativeReply,
];
