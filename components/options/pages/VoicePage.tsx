import { PlaceholderPage } from './PlaceholderPage';

export function VoicePage() {
  return <PlaceholderPage intro="page_voice_intro" />;
}
