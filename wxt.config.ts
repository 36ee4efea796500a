import { defineConfig } from 'wxt';
import { DEMO_MATCHES } from './sites/demo/matches';
import { noHtmlSink } from './scripts/noHtmlSink';

// The demo page is served on localhost by `npm start`. Only the demo build (VOCERO_DEMO=1: the store
// build in production mode plus localhost, in its own folder) and dev mode may touch it; the store build
// (`npm run build`) never matches localhost. (A custom Vite mode would also switch React to its
// development build, 10× larger and slower, skewing tests and benchmarks.)
const DEMO = process.env.VOCERO_DEMO === '1';
const matchesDemo = (mode: string) => DEMO || mode === 'development';

export default defineConfig({
  ...(DEMO ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-demo' } : {}),
  vite: () => ({ plugins: [noHtmlSink()] }),
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
  i18n: { localesDir: 'assets/locales' },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'es',
    commands: {
      'open-picker': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_command_openPicker__',
      },
    },
    // The database is IndexedDB in the extension's origin, exports are downloaded from extension pages
    // with <a download>, and content scripts are declared statically for the supported sites. `scripting`
    // registers the content script on Mastodon instances the CM adds, on origins the CM grants one by one
    // (optional host permissions), and injects the reply picker on first use; for that, WXT lists the
    // supported sites (the content script's own matches) as host permissions.
    permissions: ['scripting'],
    // MV3 names optional origins apart; Firefox's MV2 lists them with the optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vocero@vocero.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (!matchesDemo(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
      // The picker is injected where the overlay runs (entrypoints/picker.content.ts).
      if (manifest.manifest_version === 3)
        manifest.host_permissions = [...(manifest.host_permissions ?? []), ...DEMO_MATCHES];
      else manifest.permissions = [...(manifest.permissions ?? []), ...DEMO_MATCHES];
    },
  },
});
