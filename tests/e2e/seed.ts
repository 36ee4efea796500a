// Seeds the built extension's IndexedDB straight from an extension page, as the background would have
// written the rows (shared by the reports e2e and the log benchmark).
import type { Page } from 'playwright-core';

const NETWORKS = ['x', 'youtube', 'instagram', 'facebook', 'reddit', 'tiktok', 'linkedin', 'mastodon'];
const ACTIONS = ['reply', 'reply', 'reply', 'tag', 'tag', 'flag', 'escalate', 'note'];
const SENTIMENTS = ['positive', 'positive', 'neutral', 'negative', 'neutral', 'positive', ''];
const TEMPLATES = ['gracias', 'disculpa-demora', 'envio-dm', 'horario', 'bienvenida', 'reclamo-formal'];
const TEXTS = [
  '¡Me encantó el nuevo sabor!',
  'Mi pedido no llega hace una semana',
  '¿Abren el domingo?',
  'Love the new store in Palermo',
  'Worst service ever, I want a refund',
  'Excelente atención, gracias',
];

/** Deterministic pseudo-random rows over `days` (local days "YYYY-MM-DD"), `perDay` each. */
export function demoRows(days: string[], perDay: (day: string, i: number) => number) {
  const rows: Record<string, unknown>[] = [];
  let n = 0;
  for (const [d, day] of days.entries()) {
    const count = perDay(day, d);
    for (let i = 0; i < count; i++, n++) {
      const h = (n * 2654435761) >>> 0;
      const action = ACTIONS[h % ACTIONS.length]!;
      const minutes = (8 * 60 + (i * 720) / Math.max(1, count)) | 0;
      rows.push({
        timestamp: `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000-03:00`,
        day,
        platform: NETWORKS[(h >>> 3) % NETWORKS.length],
        action,
        author: `user${(h >>> 5) % 400}`,
        itemId: `x:${n}`,
        itemUrl: `https://x.com/u/status/${n}`,
        itemText: TEXTS[(h >>> 7) % TEXTS.length],
        sentiment: SENTIMENTS[(h >>> 9) % SENTIMENTS.length],
        intent: [],
        template: action === 'reply' ? TEMPLATES[(h >>> 11) % TEMPLATES.length] : '',
        replyText: action === 'reply' ? '¡Gracias por escribirnos!' : '',
        flag: (h >>> 13) % 9 === 0 ? 'influencer' : '',
        note: action === 'escalate' ? 'Derivado a atención al cliente' : '',
      });
    }
  }
  return rows;
}

/** Adds rows to the extension's `interactions` store from `page` (an open extension page). */
export async function seedRows(page: Page, rows: Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 20_000)
    await page.evaluate(
      (chunk) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vocero');
          open.onsuccess = () => {
            const tx = open.result.transaction('interactions', 'readwrite');
            for (const row of chunk) tx.objectStore('interactions').add(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      rows.slice(start, start + 20_000),
    );
}

/** The browser's local day, `offset` days from today. */
export function browserDays(page: Page, back: number): Promise<string[]> {
  return page.evaluate((back) => {
    const days: string[] = [];
    for (let i = back; i >= 0; i--) {
      const d = new Date();
      d.setDate(d.getDate() - i);
      days.push(
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      );
    }
    return days;
  }, back);
}
