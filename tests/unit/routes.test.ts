import { describe, expect, it } from 'vitest';
import { routeFromHash } from '@/components/options/routes';

describe('options routes', () => {
  it.each([
    ['#/templates', 'templates'],
    ['#/voice', 'voice'],
    ['#/people', 'people'],
    ['#/log', 'log'],
    ['#/reports', 'reports'],
    ['#/backup', 'backup'],
    ['#/settings', 'settings'],
    ['#/people/42', 'people'],
    ['#/log?day=2026-12-01', 'log'],
    ['', 'templates'],
    ['#/nope', 'templates'],
  ])('%j → %s', (hash, route) => expect(routeFromHash(hash)).toBe(route));
});
