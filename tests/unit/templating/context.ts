// A sample rendering context shared by the templating tests.
import type { RenderContext } from '@/core/templating/types';

export const context = (overrides: Partial<RenderContext> = {}): RenderContext => ({
  lang: 'es',
  item: {
    platform: 'x',
    authorName: 'María José Pérez',
    handle: 'mjperez',
    permalink: 'https://x.com/mjperez/status/1',
  },
  brandName: 'Cafés Aurora',
  signOffs: [
    { agent: 'Ana', signOff: '— Ana' },
    { agent: 'Luis', signOff: '— Luis, equipo Aurora' },
  ],
  agent: 'Ana',
  now: new Date(2026, 11, 1, 9, 30),
  ...overrides,
});
