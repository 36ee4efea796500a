import { t, type MessageKey } from '@/components/i18n';

/** A page whose feature is not built yet: says what it will hold. */
export function PlaceholderPage({ intro }: { intro: MessageKey }) {
  return (
    <section>
      <p>{t(intro)}</p>
      <p className="muted">{t('page_comingSoon')}</p>
    </section>
  );
}
