// The session's mood, kept by the background: each tab reports its page's counts; the session is the
// sum over the tabs seen since the browser started (in memory: a new session starts with the browser).
import { browser } from 'wxt/browser';
import { isCrisis } from '@/core/crisis';
import type { MoodWarning } from '@/messaging/protocol';
import { getSettings } from './settings';

const byTab = new Map<number, { total: number; negative: number }>();

export async function reportMood(
  tabId: number | undefined,
  counts: { total: number; negative: number },
): Promise<MoodWarning> {
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);
  counts = { total: count(counts.total), negative: Math.min(count(counts.negative), count(counts.total)) };
  if (tabId !== undefined) byTab.set(tabId, counts);
  let sessionTotal = 0;
  let sessionNegative = 0;
  for (const c of byTab.values()) {
    sessionTotal += c.total;
    sessionNegative += c.negative;
  }
  const { crisis } = await getSettings();
  const warning = {
    page: isCrisis(counts, crisis),
    session: isCrisis({ total: sessionTotal, negative: sessionNegative }, crisis),
    sessionTotal,
    sessionNegative,
  };
  if (tabId !== undefined) {
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action =
      browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
    const on = warning.page || warning.session;
    await action.setBadgeText({ tabId, text: on ? '!' : '' });
    if (on) await action.setBadgeBackgroundColor({ tabId, color: '#cf222e' });
  }
  return warning;
}

export function forgetTab(tabId: number): void {
  byTab.delete(tabId);
}
