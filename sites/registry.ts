// TEMPORARY stub by the lead so the build runs; the sites helper replaces this file.
import { demoAdapter } from '@/sites/demo';
import type { SiteAdapter } from './types';
export const ADAPTERS: SiteAdapter[] = [demoAdapter];
export function adapterFor(url: URL, _doc?: Document): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}
