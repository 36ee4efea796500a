// Shouting: a word of four letters or more in ALL CAPS that is not a known acronym, the brand's name or a
// preferred term (runs of such words are one finding; the fix writes them in lower case, capitalised at the
// start of a sentence), and "!!!", "???" or longer runs (the fix keeps one).
import { foldString, overlaps, quote, words } from '../text';
import type { Finding, Rule } from '../types';

export const MIN_LETTERS = 4;
/** Acronyms and initialisms written in capitals in Spanish and English replies (folded, upper case). */
export const ACRONYMS = new Set(
  `ONU USA EEUU EE UU UE OTAN NASA UNESCO UNICEF OMS FIFA UEFA COVID SIDA ADN ARN IVA IRPF DNI NIE NIF CUIT CUIL RUT
  RFC CURP SAT AFIP SUNAT DIAN CBU CLABE IBAN SWIFT BIC PYME PYMES SMS MMS GPS USB HDMI WIFI LED LCD OLED HTML HTTP
  HTTPS JSON XML API URL PDF FAQ FAQS CEO CTO CFO COO ASAP FYI DIY NGO NATO UNHCR IBM NVIDIA AMD BMW ESPN NBA NFL NHL
  MLB HBO AT&T BBVA YPF PEMEX CFE IMSS ISSSTE RENFE AENA DGT SEPE SNCF UNAM UBA PUCP ITAM OCDE OECD BID IMF FMI BCE
  ECB SARS MERS VIH HIV RGPD GDPR LOPD CCPA KYC AML SEO SEM CRM ERP SAAS IOT LGBT LGBTQ LGBTI LGBTIQ TBD TBA ETA PTO`
    .split(/\s+/u)
    .filter(Boolean),
);

const letters = (w: string) => w.replace(/\P{L}/gu, '');
const isCaps = (w: string) =>
  letters(w).length >= MIN_LETTERS && w === w.toLocaleUpperCase() && w !== w.toLocaleLowerCase();
/** Three or more marks in a row: "!!!", "???", "?!?", "¡¡¡". */
const PUNCT = /[!?¡¿]{3,}/gu;

export const rule: Rule = {
  id: 'shouting',
  onTemplates: true,
  check({ text, guide, skip }) {
    const allowed = new Set(ACRONYMS);
    for (const term of [guide.brandName, ...guide.preferred])
      for (const w of words(term)) allowed.add(foldString(w.word).toUpperCase());
    const findings: Finding[] = [];
    const shouted = words(text).filter(
      (w) =>
        isCaps(w.word) &&
        !allowed.has(foldString(w.word).toUpperCase()) &&
        !/[\p{N}_]/u.test(text[w.start - 1] ?? '') &&
        !/[\p{N}_]/u.test(text[w.end] ?? '') &&
        !overlaps(skip, w.start, w.end),
    );
    // Merge runs separated only by spaces, punctuation and short words in capitals ("MUCHAS GRACIAS POR TODO").
    const runs: { start: number; end: number }[] = [];
    for (const w of shouted) {
      const last = runs[runs.length - 1];
      const gap = last ? text.slice(last.end, w.start) : '';
      if (last && !/[\p{Ll}\p{Lt}\p{Lo}\p{N}\n]/u.test(gap)) last.end = w.end;
      else runs.push({ start: w.start, end: w.end });
    }
    for (const { start, end } of runs) {
      const found = text.slice(start, end);
      const sentenceStart = /(^|[.!?¡¿…:\n]\s*|^\s*)$/u.test(text.slice(0, start));
      let replacement = found.toLocaleLowerCase();
      if (sentenceStart) replacement = replacement.replace(/^\p{L}/u, (c) => c.toLocaleUpperCase());
      findings.push({
        rule: 'shouting',
        severity: 'warning',
        message: {
          es: `${quote(found)} en mayúsculas suena a gritar.`,
          en: `${quote(found)} in capitals reads as shouting.`,
        },
        start,
        end,
        fix: { kind: 'replace', replacement },
      });
    }
    for (const m of text.matchAll(PUNCT)) {
      if (overlaps(skip, m.index, m.index + m[0].length)) continue;
      findings.push({
        rule: 'shouting',
        severity: 'warning',
        message: {
          es: `${quote(m[0])}: con un signo basta.`,
          en: `${quote(m[0])}: one mark is enough.`,
        },
        start: m.index,
        end: m.index + m[0].length,
        fix: {
          kind: 'replace',
          replacement: m[0].includes('?') ? (m[0].startsWith('¿') ? '¿' : '?') : m[0][0]!,
        },
      });
    }
    return findings;
  },
};
