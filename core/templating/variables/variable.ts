import type { RenderContext, TemplateLang } from '../types';

/** One template variable. Adding one is a new file in this folder plus one line in index.ts. */
export interface Variable {
  /** Names in each language, first one canonical (shown in the cheat-sheet); any of them works in any template. */
  names: Record<TemplateLang, readonly string[]>;
  describe: Record<TemplateLang, string>;
  /** The value, or "" when the context has none (the renderer reports it as empty). */
  resolve(context: RenderContext): string;
  /** Never capitalised by a capitalised name ({Usuario}): handles and links keep their case. */
  keepCase?: boolean;
}
