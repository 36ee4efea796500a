/** All intent rules, in display order. Adding one = a new file + one line here. */
import { complaint } from './complaint';
import { praise } from './praise';
import { question } from './question';
import type { IntentRule } from './rule';
import { spam } from './spam';
import { urgent } from './urgent';

export const INTENT_RULES: readonly IntentRule[] = [question, complaint, praise, urgent, spam];
export type { IntentContext, IntentRule } from './rule';
