import { PlaceholderPage } from './PlaceholderPage';

export function PeoplePage() {
  return <PlaceholderPage intro="page_people_intro" />;
}
