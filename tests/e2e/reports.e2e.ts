// The reports page in real Chromium: charts drawn from rows in the extension's IndexedDB, screenshots in
// Spanish and English, and the printable report as a PDF of 1–3 pages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchExtension, REPO, setLanguage, type ExtensionBrowser } from './harness';
import { browserDays, demoRows, seedRows } from './seed';

const SHOTS = join(REPO, 'screenshots');
let browser: ExtensionBrowser;
let lastWeek: string;

beforeAll(async () => {
  browser = await launchExtension('demo');
  mkdirSync(SHOTS, { recursive: true });
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html#/log'));
  await page.getByTestId('log-count').waitFor();
  const days = await browserDays(page, 13);
  lastWeek = days[6]!;
  await seedRows(
    page,
    demoRows(days, (_day, i) => 20 + ((i * 37) % 45)),
  );
  await page.close();
});
afterAll(() => browser?.close());

/** Pages in a PDF written by Chromium (each page is one "/Type /Page" object). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('reports in Chromium', () => {
  for (const lang of ['es', 'en'] as const)
    it(`draws the charts and prints the weekly and daily report in ${lang}`, async () => {
      await setLanguage(browser, lang);
      const page = await browser.context.newPage();
      const errors = collectPageErrors(page);
      await page.setViewportSize({ width: 1280, height: 1500 });
      await page.goto(browser.extensionUrl('options.html#/reports'));
      await page.getByTestId('report').waitFor();
      // Last week, which the seed fills every day of.
      await page.getByTestId('report-date').fill(lastWeek);
      // Five charts, each a uPlot canvas with something drawn on it.
      await expect.poll(() => page.locator('.report .chart canvas').count()).toBe(5);
      const inked = await page.$$eval('.report .chart canvas', (canvases) =>
        canvases.map((canvas) => {
          const { width, height } = canvas as HTMLCanvasElement;
          const { data } = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height);
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          return painted;
        }),
      );
      expect(inked.every((n) => n > 500)).toBe(true);
      const title = await page.getByTestId('report-title').textContent();
      expect(title).toMatch(lang === 'es' ? /^Informe semanal/ : /^Weekly report/);
      await page.screenshot({ path: join(SHOTS, `options-reports-${lang}.png`), fullPage: true });

      for (const period of ['week', 'day'] as const) {
        await page.getByTestId('report-period').selectOption(period);
        await page.waitForTimeout(200);
        await page.emulateMedia({ media: 'print' });
        if (period === 'week')
          await page.screenshot({ path: join(SHOTS, `report-print-${lang}.png`), fullPage: true });
        await page.emulateMedia({ media: 'screen' });
        const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
        writeFileSync(join(SHOTS, `report-${period}-${lang}.pdf`), pdf);
        const pages = pdfPages(pdf);
        expect(pages, `${period} report in ${lang}: ${pages} pages`).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(3);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
});
