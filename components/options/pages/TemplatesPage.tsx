import { PlaceholderPage } from './PlaceholderPage';

export function TemplatesPage() {
  return <PlaceholderPage intro="page_templates_intro" />;
}
