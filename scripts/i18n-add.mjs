// Adds UI strings to assets/locales/{en,es}.json without clobbering concurrent edits:
//   node scripts/i18n-add.mjs strings.json     where strings.json is {"en": {key: text}, "es": {key: text}}
// Both languages must hold the same keys. Existing keys are overwritten, new ones appended.
import { closeSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const en = Object.keys(input.en ?? {})
  .sort()
  .join();
const es = Object.keys(input.es ?? {})
  .sort()
  .join();
if (!en || en !== es) throw new Error('strings.json needs the same non-empty key set under "en" and "es"');

const lock = 'assets/locales/.lock';
for (let tries = 0; ; tries++) {
  try {
    closeSync(openSync(lock, 'wx'));
    break;
  } catch {
    if (tries > 200) throw new Error(`could not take ${lock}`);
    await sleep(50);
  }
}
try {
  for (const lang of ['en', 'es']) {
    const file = `assets/locales/${lang}.json`;
    const current = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...current, ...input[lang] }, null, 2) + '\n');
  }
} finally {
  rmSync(lock, { force: true });
}
