import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEXTS = [
  '¡Me encantó el nuevo sabor! Buenísimoooo 😍 Gracias por sacarlo por fin.',
  "Ordered last week and the package still hasn't arrived. Where is my refund?",
  '¿A qué hora abren los sábados? No lo encuentro en la web',
  'Llevo 3 días esperando respuesta del servicio técnico. Pésima atención.',
  'Just tried the new app update. Honestly, not bad at all!',
];

/** Writes index.html: a demo-thread page with `comments` comments, for benchmarks and big-page tests. */
export function bigThread(dir: string, comments: number): void {
  const rows = Array.from({ length: comments }, (_, i) => {
    const handle = `user_${i % 613}`;
    return `<article class="demo-comment" data-comment-id="b${i}"><header class="demo-meta"><a class="demo-author" href="/u/${handle}">User ${i % 613}</a><span class="demo-handle">@${handle}</span><a class="demo-permalink" href="/post/1#b${i}"><time datetime="2026-12-01T10:00:00-03:00">10:00</time></a></header><p class="demo-text">${TEXTS[i % TEXTS.length]} (${i})</p><footer><button type="button" class="demo-reply">Responder</button></footer></article>`;
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${comments} comments</title></head><body><main>${rows.join('')}</main></body></html>`,
  );
}
