import { PlaceholderPage } from './PlaceholderPage';

export function BackupPage() {
  return <PlaceholderPage intro="page_backup_intro" />;
}
