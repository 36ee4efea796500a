// TEMPORARY stub by the lead so the build runs; the sites helper replaces this file.
export function parseCount(text: string): number | null {
  const n = Number.parseFloat(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}
