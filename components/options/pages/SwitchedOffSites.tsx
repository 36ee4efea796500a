import { useState } from 'react';
import { t } from '@/components/i18n';
import { sendMessage } from '@/messaging/protocol';

/** The sites where the CM switched Vocero off from the popup, each with a way back on. */
export function SwitchedOffSites({ hostnames }: { hostnames: readonly string[] }) {
  const [error, setError] = useState('');
  const switchOn = (hostname: string) =>
    sendMessage('setSiteEnabled', { hostname, enabled: true }).then(
      () => setError(''),
      (failure: unknown) => setError(t('error_generic', [(failure as Error).message])),
    );
  return (
    <fieldset className="group" data-testid="sites-off">
      <legend>{t('settings_sitesOff')}</legend>
      <p className="muted">{t('settings_sitesOff_help')}</p>
      {hostnames.length === 0 ? (
        <p className="muted">{t('settings_sitesOff_none')}</p>
      ) : (
        <ul>
          {[...hostnames].sort().map((hostname) => (
            <li key={hostname}>
              {hostname}{' '}
              <button
                type="button"
                data-testid="site-switch-on"
                data-host={hostname}
                onClick={() => void switchOn(hostname)}
              >
                {t('settings_sitesOff_switchOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
