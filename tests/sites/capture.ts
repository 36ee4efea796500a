// Loads a real capture (tests/fixtures/sites/<folder>/<name>.html) into its own quiet happy-dom window at
// the page's real URL, so links resolve as on the live site. Iframes, scripts and stylesheets stay unloaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

const quiet = new Proxy({}, { get: () => () => {} }) as unknown as Console;

export function loadCapture(folder: string, name: string, url: string): Document {
  const window = new Window({
    url,
    console: quiet,
    settings: {
      disableIframePageLoading: true,
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
    },
  });
  const html = readFileSync(join(process.cwd(), `tests/fixtures/sites/${folder}/${name}.html`), 'utf8');
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
