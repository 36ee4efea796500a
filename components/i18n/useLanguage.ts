import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/storage/db';
import { DEFAULT_SETTINGS, type UiLanguage } from '@/storage/settings';
import { setUiLanguage, uiLanguage, type Lang } from './index';

/**
 * Extension pages: follows the language setting live (a change in options re-renders an open popup too).
 * Returns the language in use, or undefined while the setting loads.
 */
export function useLanguage(): Lang | undefined {
  const setting = useLiveQuery(async () => {
    const row = await db().settings.get('language');
    return (row?.value as UiLanguage | undefined) ?? DEFAULT_SETTINGS.language;
  });
  if (setting === undefined) return undefined;
  setUiLanguage(setting);
  return uiLanguage();
}
