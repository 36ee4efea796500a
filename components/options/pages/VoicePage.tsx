// Options #/voice: the brand's voice guide and a box to try replies against it.
import { useLiveQuery } from 'dexie-react-hooks';
import { t } from '@/components/i18n';
import { getVoiceGuide } from '@/storage/voice';
import { VoiceEditor } from '../voice/VoiceEditor';
import '../voice/voice.css';

export function VoicePage() {
  // Read once: the editor keeps its own draft until saved.
  const guide = useLiveQuery(() => getVoiceGuide(), []);
  return (
    <section>
      <p>{t('page_voice_intro')}</p>
      {guide && <VoiceEditor initial={guide} />}
    </section>
  );
}
