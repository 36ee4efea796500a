import type { RenderContext } from '../types';
import type { Variable } from './variable';

/** The agent's own sign-off from the voice guide; the only one when there is one; else "". */
export function signOffFor({ signOffs, agent }: Pick<RenderContext, 'signOffs' | 'agent'>): string {
  const wanted = agent?.trim().toLowerCase();
  const own = wanted ? signOffs.find((s) => s.agent.trim().toLowerCase() === wanted) : undefined;
  return (own ?? (signOffs.length === 1 ? signOffs[0] : undefined))?.signOff.trim() ?? '';
}

export const signOff: Variable = {
  names: { es: ['firma'], en: ['signoff', 'sign_off'] },
  describe: { es: 'La firma del agente (guía de voz)', en: "The agent's sign-off (voice guide)" },
  resolve: signOffFor,
};
