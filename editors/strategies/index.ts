// Every insertion strategy, by name. Adding one is a new file here plus one line.
import { beforeinputPaste, beforeinputText } from './before-input';
import { domRange } from './dom-range';
import { execCommand } from './exec-command';
import { execCommandLines } from './exec-command-lines';
import { paste } from './paste';
import type { Strategy, StrategyName } from './types';
import { valueSetter } from './value-setter';

export const STRATEGIES: Record<StrategyName, Strategy> = {
  execCommand,
  execCommandLines,
  paste,
  beforeinputPaste,
  beforeinputText,
  valueSetter,
  domRange,
};
export type { Strategy, StrategyName } from './types';
