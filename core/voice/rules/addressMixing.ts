// Spanish form of address: tú, usted or vos, as the guide says. Pronouns and a curated list of frequent verb
// forms and imperatives, each row "tú · usted · vos". A form prefixed "~" is ambiguous (it is also a third
// person: "su pedido", "el envío puede tardar"): it counts only when the reply uses nothing of the guide's
// address and either an unambiguous form of that other address or two ambiguous ones. A form prefixed "="
// is too common in the third person to count at all ("es", "está"): it is only what a fix writes.
// Alternatives after "|" are
// spellings without the accent; the first one is what the fix writes. Matching is case-insensitive and
// accent-sensitive ("contáctanos" is tú, "contactanos" is vos); whole words only ("ustedes" is not usted).
import { matchCase, overlaps, quote, words } from '../text';
import type { Finding, Rule, SpanishAddress } from '../types';

const TABLE = `
tú · usted · vos
ti · usted · vos
contigo · con usted · con vos
tu · ~su · tu
tus · ~sus · tus
te · ~le · te
tuyo · ~suyo · tuyo
tuya · ~suya · tuya
tuyos · ~suyos · tuyos
tuyas · ~suyas · tuyas
puedes · ~puede · podés|podes
tienes · ~tiene · tenés|tenes
quieres · ~quiere · querés|queres
necesitas · ~necesita · necesitás
prefieres · ~prefiere · preferís|preferis
sabes · ~sabe · sabés
debes · ~debe · debés
eres · =es · sos
estás · =está · estás
vas · =va · vas
puedas · ~pueda · puedas
tengas · ~tenga · tengas
escríbenos|escribenos · escríbanos|escribanos · escribinos|escribínos
contáctanos · contáctenos|contactenos · contactanos
dinos · díganos|diganos · decinos
envíanos|envianos · envíenos|envienos · enviános
mándanos · mándenos|mandenos · mandanos
llámanos · llámenos|llamenos · llamanos
cuéntanos|cuentanos · cuéntenos|cuentenos · contanos
déjanos · déjenos|dejenos · dejanos
indícanos · indíquenos|indiquenos · indicanos
avísanos · avísenos|avisenos · avisanos
confírmanos · confírmenos|confirmenos · confirmanos
compártenos|compartenos · compártanos|compartanos · compartinos
escríbeme · escríbame|escribame · escribime
~disculpa · disculpe · disculpá
~perdona · perdone · perdoná
~mira · mire · mirá
~revisa · ~revise · revisá
ten · ~tenga · tené
haz · ~haga · hacé
~espera · ~espere · esperá
`;

const FORMS: readonly SpanishAddress[] = ['tu', 'usted', 'vos'];
const NAME: Record<SpanishAddress, string> = { tu: 'tú', usted: 'usted', vos: 'vos' };

interface Cell {
  spellings: string[];
  weak: boolean;
  fixOnly: boolean;
}
const ROWS: Record<SpanishAddress, Cell>[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const cells = line.split('·').map((cell) => {
      const raw = cell.trim();
      return {
        weak: raw.startsWith('~'),
        fixOnly: raw.startsWith('='),
        spellings: raw.replace(/^[~=]/, '').split('|'),
      };
    });
    return { tu: cells[0]!, usted: cells[1]!, vos: cells[2]! };
  });

interface Entry {
  form: SpanishAddress;
  row: number;
  weak: boolean;
}
const INDEX = new Map<string, Entry[]>();
ROWS.forEach((row, index) => {
  for (const form of FORMS)
    for (const spelling of row[form].spellings) {
      if (spelling.includes(' ') || row[form].fixOnly) continue; // only a fix target
      const list = INDEX.get(spelling) ?? [];
      if (!list.some((e) => e.form === form)) list.push({ form, row: index, weak: row[form].weak });
      else if (!row[form].weak) list.find((e) => e.form === form)!.weak = false;
      INDEX.set(spelling, list);
    }
});

/** The address forms a word belongs to, or undefined when it says nothing about the address. */
export function addressOf(word: string): { forms: SpanishAddress[]; weak: boolean } | undefined {
  const entries = INDEX.get(word.toLocaleLowerCase());
  if (!entries) return undefined;
  return { forms: entries.map((e) => e.form), weak: entries.every((e) => e.weak) };
}

export const rule: Rule = {
  id: 'addressMixing',
  onTemplates: true,
  check({ text, guide, skip, lang }) {
    if (lang !== 'es') return [];
    const wanted = guide.spanishAddress;
    const hits: { word: string; start: number; end: number; entries: Entry[]; weak: boolean }[] = [];
    let wantedSeen = false;
    for (const w of words(text)) {
      if (overlaps(skip, w.start, w.end)) continue;
      if (w.word === 'SOS') continue; // the distress call, not vos "sos"
      const entries = INDEX.get(w.word.toLocaleLowerCase());
      if (!entries) continue;
      if (entries.some((e) => e.form === wanted)) {
        wantedSeen = true;
        continue;
      }
      hits.push({ ...w, entries, weak: entries.every((e) => e.weak) });
    }
    const strongForms = new Set(hits.filter((h) => !h.weak).flatMap((h) => h.entries.map((e) => e.form)));
    const weakCount = new Map<SpanishAddress, number>();
    for (const h of hits.filter((h) => h.weak))
      for (const e of h.entries) weakCount.set(e.form, (weakCount.get(e.form) ?? 0) + 1);
    const counts = (h: (typeof hits)[number]) =>
      !h.weak ||
      (!wantedSeen && h.entries.some((e) => strongForms.has(e.form) || (weakCount.get(e.form) ?? 0) >= 2));

    const findings: Finding[] = [];
    for (const h of hits.filter(counts)) {
      const entry = h.entries[0]!;
      const target = ROWS[entry.row]![wanted].spellings[0]!;
      const replacement = matchCase(h.word, target);
      const used = NAME[entry.form];
      findings.push({
        rule: 'addressMixing',
        severity: h.weak ? 'warning' : 'error',
        message: {
          es: `${quote(h.word)} es trato de ${used} y la guía pide ${NAME[wanted]}: ${quote(replacement)}.`,
          en: `${quote(h.word)} addresses the reader as ${used}; the guide asks for ${NAME[wanted]}: ${quote(replacement)}.`,
        },
        start: h.start,
        end: h.end,
        fix: { kind: 'replace', replacement },
      });
    }
    return findings;
  },
};
