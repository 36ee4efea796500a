// Starts real Chromium with the built extension loaded (flags measured in ../shared/SETUP.md).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium';

export const REPO = resolve(import.meta.dirname, '../..');
export const BUILDS = {
  demo: join(REPO, '.output/chrome-mv3-demo'),
  store: join(REPO, '.output/chrome-mv3'),
} as const;
export const CAPTURES = join(REPO, 'tests/fixtures/sites');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export async function launchExtension(
  build: keyof typeof BUILDS = 'demo',
  // Headless Chromium's UI language (what chrome.i18n answers) stays en-US whatever --lang or LANGUAGE
  // say (measured); tests pick Spanish through Vocero's own language setting instead (setLanguage).
  { headless = true, lang = 'en-US' }: { headless?: boolean; lang?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = BUILDS[build];
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(
      `No build at ${extensionPath}: run \`npm run ${build === 'demo' ? 'build:demo' : 'build'}\` first.`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'vocero-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: ensureChromium(),
    locale: lang,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Sets Vocero's interface language through its own settings page, as the CM would. */
export async function setLanguage(browser: ExtensionBrowser, language: 'auto' | 'es' | 'en'): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html#/settings'));
  await page.getByTestId('settings-language').selectOption(language);
  await page.waitForFunction(
    (lang) => document.querySelector('.options')?.getAttribute('lang') === lang,
    language === 'auto' ? 'en' : language,
  );
  await page.close();
}

/**
 * Opens `url` (a real site address) answered from a saved capture; every other request is aborted, so the
 * content script runs exactly as on the live site without any network.
 */
export async function openCapture(
  browser: ExtensionBrowser,
  url: string,
  captureFile: string,
): Promise<Page> {
  const html = readFileSync(join(CAPTURES, captureFile));
  const page = await browser.context.newPage();
  await page.route('**/*', (route) =>
    route.request().url() === url && route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

/** Collects uncaught errors of a page so a test can assert there were none. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}
