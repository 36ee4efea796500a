/**
 * `npm run --silent classify < in.jsonl > out.jsonl` — the extension's classifier from Node (see CONTRACT.md).
 * Reads one JSON object per line, {"id": "...", "text": "..."}, writes one per line in the same order:
 * {"id", "lang", "sentiment", "intent"}; a line it cannot parse gets {"id": null, "error": "..."}.
 * Blank lines are skipped.
 */
import readline from 'node:readline';
import { loadClassifier } from '../core/sentiment/index';

async function main() {
  const classifier = await loadClassifier();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      out.push(
        JSON.stringify({ id: null, error: `line ${lineNo}: invalid JSON (${(e as Error).message})` }) + '\n',
      );
      continue;
    }
    if (
      typeof obj !== 'object' ||
      obj === null ||
      Array.isArray(obj) ||
      typeof (obj as { text?: unknown }).text !== 'string'
    ) {
      out.push(
        JSON.stringify({ id: null, error: `line ${lineNo}: expected {"id": ..., "text": "..."}` }) + '\n',
      );
      continue;
    }
    const { id, text } = obj as { id?: unknown; text: string };
    const r = classifier.classify(text);
    out.push(
      JSON.stringify({
        id: id === undefined ? null : id,
        lang: r.lang,
        sentiment: r.sentiment,
        intent: r.intent,
      }) + '\n',
    );
    if (out.length >= 512) flush();
  }
  flush();
}

main().catch((e: unknown) => {
  process.stderr.write(`classify: ${(e as Error).message}\n`);
  process.exit(1);
});
