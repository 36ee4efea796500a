// `npm start`: builds the demo extension, serves the demo thread on localhost and opens Chromium with
// Vocero loaded on it. Without a display it runs the same demo headless and saves screenshots instead.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_PORT } from '../sites/demo/matches';
import { launchExtension, openCapture, REPO, setLanguage } from '../tests/e2e/harness';
import { serveDirectory } from './serve';

const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}/`;
const SHOTS = resolve(REPO, 'screenshots');

execSync('npx wxt build', { stdio: 'inherit', cwd: REPO, env: { ...process.env, VOCERO_DEMO: '1' } });
const server = await serveDirectory(join(REPO, 'assets/demo'), DEMO_PORT);
console.log(`Demo thread served at ${DEMO_URL}`);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
if (hasDisplay) {
  const browser = await launchExtension('demo', { headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(DEMO_URL);
  await browser.context.newPage().then((p) => p.goto(browser.extensionUrl('options.html#/templates')));
  console.log('Chromium is open with Vocero loaded. Close the browser window (or press Ctrl+C) to stop.');
  browser.context.on('close', () => server.close());
} else {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchExtension('demo');
  const page = await browser.context.newPage();
  await page.goto(DEMO_URL);
  await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length >= 30);
  // A little of a CM's morning, so the log, people and reports have something to show.
  await page.locator('[data-testid="vocero-flag"][data-vocero-for="demo:c01"]').click();
  await page.getByTestId('vocero-flag-kind-advocate').click();
  await page.getByTestId('vocero-flag-save').click();
  for (const id of ['demo:c02', 'demo:c03', 'demo:c11']) {
    await page.locator(`[data-testid="vocero-reply"][data-vocero-for="${id}"]`).click();
    await page.getByTestId('vocero-picker').waitFor();
    // A template that asks for something (the answer to a question) gets it typed in, as the CM would.
    const preview = page.getByTestId('vocero-picker-preview');
    await preview.waitFor();
    const prompts = preview.locator('input[data-prompt]');
    for (const prompt of await prompts.all()) await prompt.fill('abrimos de 9:00 a 14:00');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('vocero-picker')
      .waitFor({ state: 'detached' })
      .catch(() => page.keyboard.press('Escape'));
  }
  for (const lang of ['es', 'en'] as const) {
    await setLanguage(browser, lang);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('vocero-ui').length >= 30);
    await page.screenshot({ path: join(SHOTS, `demo-overlay-${lang}.png`) });
    await page.locator('[data-testid="vocero-reply"][data-vocero-for="demo:c05"]').click();
    await page.getByTestId('vocero-picker').waitFor();
    await page.keyboard.type(lang === 'es' ? 'disculpa' : 'sorry');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SHOTS, `picker-${lang}.png`) });
    await page.keyboard.press('Escape');

    // The same overlay on a real captured page, served offline at its real URL (its own CSS is not saved).
    const site = await openCapture(browser, 'https://x.com/home', 'twitter/twitter-1.html');
    await site.waitForSelector('vocero-ui');
    await site.locator('[data-vocero-item]').first().scrollIntoViewIfNeeded();
    await site.screenshot({ path: join(SHOTS, `overlay-x-${lang}.png`) });
    await site.close();

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 540 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.waitForSelector('[data-testid="today-total"]');
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: join(SHOTS, `popup-${lang}.png`) });
    await popup.close();

    const options = await browser.context.newPage();
    for (const route of ['templates', 'voice', 'people', 'log', 'reports', 'backup', 'settings']) {
      await options.goto(browser.extensionUrl(`options.html#/${route}`));
      await options.waitForSelector('h1');
      await options.waitForTimeout(400);
      await options.screenshot({ path: join(SHOTS, `options-${route}-${lang}.png`) });
    }
    await options.close();
  }
  await browser.close();
  server.close();
  console.log(`No display: ran the demo headless. Screenshots saved in ${SHOTS}`);
}
