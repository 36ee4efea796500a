import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { sendMessage } from '@/messaging/protocol';
import { DEFAULT_MASTODON_INSTANCES, normalizeInstance } from '@/sites/mastodon/instances';
import { originOf } from '@/storage/mastodonInstances';

/** The CM's own Mastodon instances: each one is an origin the browser must allow (asked on Add). */
export function MastodonInstances({ hosts }: { hosts: string[] }) {
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const host = normalizeInstance(draft);
    if (!host) return setMessage(t('settings_mastodon_invalid', [draft]));
    if (DEFAULT_MASTODON_INSTANCES.includes(host)) return setMessage(t('settings_mastodon_builtin', [host]));
    // Must run inside the click: the browser only shows its permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [originOf(host)] });
    if (!granted) return setMessage(t('settings_mastodon_denied', [host]));
    await sendMessage('setMastodonInstances', [...hosts, host]);
    setDraft('');
    setMessage('');
  };
  const remove = async (host: string) => {
    await browser.permissions.remove({ origins: [originOf(host)] });
    await sendMessage(
      'setMastodonInstances',
      hosts.filter((h) => h !== host),
    );
  };

  return (
    <fieldset className="group" data-testid="mastodon-instances">
      <legend>{t('settings_mastodon')}</legend>
      <p className="muted">{t('settings_mastodon_help')}</p>
      <ul>
        {hosts.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" onClick={() => void remove(host)}>
              {t('settings_mastodon_remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)} className="inline-form">
        <input
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('settings_mastodon_placeholder')}
          aria-label={t('settings_mastodon')}
        />
        <button type="submit">{t('settings_mastodon_add')}</button>
      </form>
      {message && (
        <p role="alert" className="error">
          {message}
        </p>
      )}
    </fieldset>
  );
}
