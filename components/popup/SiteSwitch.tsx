import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, tn } from '@/components/i18n';
import { sendMessage, type SiteStatus } from '@/messaging/protocol';

async function activeTabStatus(): Promise<[number | undefined, SiteStatus | null]> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return [undefined, null];
    return [tab.id, await sendMessage('siteStatus', undefined, tab.id)];
  } catch {
    return [undefined, null]; // no content script in that tab (or no tab): nothing to switch
  }
}

/**
 * The active tab's status and the per-site switch. The popup asks the tab's own content script (no tabs
 * permission needed); where none answers, Vocero does not run on that page.
 */
export function SiteSwitch() {
  const [tabId, setTabId] = useState<number>();
  const [status, setStatus] = useState<SiteStatus | null>();

  useEffect(() => {
    let live = true;
    void activeTabStatus().then(([id, answer]) => {
      if (!live) return;
      setTabId(id);
      setStatus(answer);
    });
    return () => {
      live = false;
    };
  }, []);

  if (status === undefined) return null;
  if (status === null)
    return (
      <p className="muted" data-testid="site-status">
        {t('popup_noSite')}
      </p>
    );
  const flip = async () => {
    if (tabId === undefined) return;
    setStatus(await sendMessage('switchSite', { enabled: !status.enabled }, tabId));
  };
  return (
    <section className="site" data-testid="site-status" data-enabled={String(status.enabled)}>
      <strong>{t(status.enabled ? 'popup_siteOn' : 'popup_siteOff', [status.hostname])}</strong>
      {status.enabled && <span className="muted">{tn('popup_siteItems', status.items)}</span>}
      <button type="button" data-testid="site-switch" onClick={() => void flip()}>
        {t(status.enabled ? 'popup_switchOff' : 'popup_switchOn')}
      </button>
    </section>
  );
}
