import { PlaceholderPage } from './PlaceholderPage';

export function ReportsPage() {
  return <PlaceholderPage intro="page_reports_intro" />;
}
