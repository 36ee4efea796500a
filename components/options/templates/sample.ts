// The sample comment the preview is filled from.
import type { ItemContext, Network, RenderContext, TemplateLang } from '@/core/templating/types';

export const SAMPLE_PERMALINKS: Record<Network, string> = {
  x: 'https://x.com/luciafdz/status/1865000000000000000',
  youtube: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgxSample',
  facebook: 'https://www.facebook.com/brand/posts/1234567890?comment_id=987654321',
  instagram: 'https://www.instagram.com/p/C0SaMpLe/c/17900000000000000/',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:7200000000000000000/',
  reddit: 'https://www.reddit.com/r/brand/comments/1abcde/comment/kq0sample/',
  tiktok: 'https://www.tiktok.com/@brand/video/7300000000000000000',
  mastodon: 'https://mastodon.social/@luciafdz/111000000000000000',
  demo: 'http://127.0.0.1:5177/#c01',
};

export interface SampleState {
  network: Network;
  lang: TemplateLang;
  authorName: string;
  handle: string;
  agent: string;
  answers: Record<string, string>;
}

export function sampleContext(
  sample: SampleState,
  voice: { brandName: string; signOffs: readonly { agent: string; signOff: string }[] },
  now: Date,
  text = '',
): RenderContext {
  const item: ItemContext = {
    platform: sample.network,
    authorName: sample.authorName,
    handle: sample.handle.replace(/^@/, '').toLowerCase(),
    permalink: SAMPLE_PERMALINKS[sample.network],
    text,
  };
  return {
    lang: sample.lang,
    item,
    brandName: voice.brandName,
    signOffs: voice.signOffs,
    agent: sample.agent,
    now,
    answers: sample.answers,
  };
}
