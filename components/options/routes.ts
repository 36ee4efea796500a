// The options page's hash routes (CONTRACT.md): one entry per page, in menu order.
import type { MessageKey } from '@/components/i18n';

export const ROUTES = ['templates', 'voice', 'people', 'log', 'reports', 'backup', 'settings'] as const;
export type Route = (typeof ROUTES)[number];

export const ROUTE_LABEL: Record<Route, MessageKey> = {
  templates: 'nav_templates',
  voice: 'nav_voice',
  people: 'nav_people',
  log: 'nav_log',
  reports: 'nav_reports',
  backup: 'nav_backup',
  settings: 'nav_settings',
};

/** "#/people" → "people"; anything unknown falls back to the first page. */
export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name ?? '') ? (name as Route) : 'templates';
}
