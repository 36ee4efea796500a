import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '@/components/i18n';
import { db } from '@/storage/db';

export function LogPage() {
  const count = useLiveQuery(() => db().interactions.count());
  return (
    <section>
      <p>{t('page_log_intro')}</p>
      <p data-testid="log-count">{t('log_count', [count ?? 0])}</p>
    </section>
  );
}
