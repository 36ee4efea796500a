import { useLiveQuery } from 'dexie-react-hooks';
import { t, uiLanguage } from '@/components/i18n';
import { markEscalationDone, openEscalations } from '@/storage/escalations';

/** "3 h", "2 d": how long an escalation has been waiting, in the UI's language. */
export function ageOf(createdAt: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - Date.parse(createdAt)) / 60_000));
  const format = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'always', style: 'narrow' });
  if (minutes < 60) return format.format(-minutes, 'minute');
  if (minutes < 48 * 60) return format.format(-Math.round(minutes / 60), 'hour');
  return format.format(-Math.round(minutes / 1440), 'day');
}

/** Complaints handed to their owners and not yet marked done, oldest first, with their age. */
export function OpenEscalations() {
  const open = useLiveQuery(() => openEscalations());
  if (!open?.length) return null;
  return (
    <section className="escalations" data-testid="open-escalations">
      <h2>
        {t('popup_escalations')} ({open.length})
      </h2>
      <ul>
        {open.map((e) => (
          <li key={e.id} data-testid="open-escalation">
            <span className="who">{e.author ? `@${e.author}` : e.platform}</span>{' '}
            <span className="muted">{t('popup_escalation_to', [e.contactName || e.contactKind])}</span>{' '}
            <span className="age" title={e.createdAt}>
              {ageOf(e.createdAt)}
            </span>
            <button
              type="button"
              onClick={() => void markEscalationDone(e.id!)}
              data-testid="escalation-done"
            >
              {t('popup_escalation_done')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
