/** Sjukfrånvaro as the law on municipal accounts and SKR's key figures define it (spec §3). */
import { division, KpiFel, ogiltig, omojlig } from "../fel";
import { KONSORD } from "../ordforrad";
import { normaliseraText } from "../tal/text";

/** The official sign for a figure that may not be shown. */
export const DOLT = "..";
/** Groups with at most this many persons are not shown. */
export const MINSTA_GRUPP = 10;

const EPS = 1e-9;

/** NT1: Σ sick hours / Σ ordinary hours. */
export function sjukfranvaro(sjuktimmar: number, arbetstimmar: number): number {
  if (sjuktimmar < 0 || arbetstimmar < 0) throw omojlig("Timmar kan inte vara negativa");
  if (sjuktimmar > arbetstimmar * (1 + EPS)) throw omojlig("Sjuktimmarna överstiger de ordinarie arbetstimmarna");
  if (arbetstimmar === 0) throw division("Ordinarie arbetstid saknas (noll timmar)");
  return sjuktimmar / arbetstimmar;
}

/** NT2: share of sick time in absences of 60 days or more. */
export function sjukfranvaroLang(langtidstimmar: number, sjuktimmar: number): number {
  if (langtidstimmar < 0 || sjuktimmar < 0) throw omojlig("Timmar kan inte vara negativa");
  if (langtidstimmar > sjuktimmar * (1 + EPS)) throw omojlig("Långtidssjuktimmarna överstiger sjuktimmarna");
  if (sjuktimmar === 0) throw division("Ingen sjukfrånvaro att dela upp (noll sjuktimmar)");
  return langtidstimmar / sjuktimmar;
}

/** Where row i of the user's ranges is, for an error message: `rad 3`. */
export type Plats = (i: number) => string;
const radnummer: Plats = (i) => `rad ${i + 1}`;

const SJUK_OVER = "Sjuktimmarna överstiger arbetstimmarna";
const LANG_OVER = "Långtidssjuktimmarna överstiger sjuktimmarna";

/**
 * Hours read row by row are checked row by row (§3): negative hours, and a part (sick hours) above its whole
 * (ordinary hours) in one row, are errors naming the row, even when the sums look plausible (−40 and 50 sick
 * hours on 100 each).
 */
function kontrolleraTimrad(del: number, hel: number, i: number, plats: Plats, over = SJUK_OVER): void {
  if (del < 0 || hel < 0) throw omojlig(`Negativa timmar på ${plats(i)}`);
  if (del > hel * (1 + EPS)) throw omojlig(`${over} på ${plats(i)}`);
}

/** NT1 from paired rows of sick and ordinary hours: every row checked, then Σ sick / Σ ordinary (§3). */
export function sjukfranvaroPerRad(
  sjuktimmar: ArrayLike<number>,
  arbetstimmar: ArrayLike<number>,
  plats: Plats = radnummer,
): number {
  let sjuk = 0;
  let ordinarie = 0;
  for (let i = 0; i < sjuktimmar.length; i++) {
    kontrolleraTimrad(sjuktimmar[i], arbetstimmar[i], i, plats);
    sjuk += sjuktimmar[i];
    ordinarie += arbetstimmar[i];
  }
  return sjukfranvaro(sjuk, ordinarie);
}

/** NT2 from paired rows of long-term and all sick hours: every row checked, then Σ long / Σ sick (§3). */
export function sjukfranvaroLangPerRad(
  langtidstimmar: ArrayLike<number>,
  sjuktimmar: ArrayLike<number>,
  plats: Plats = radnummer,
): number {
  let lang = 0;
  let sjuk = 0;
  for (let i = 0; i < langtidstimmar.length; i++) {
    kontrolleraTimrad(langtidstimmar[i], sjuktimmar[i], i, plats, LANG_OVER);
    lang += langtidstimmar[i];
    sjuk += sjuktimmar[i];
  }
  return sjukfranvaroLang(lang, sjuk);
}

export type Kon = 0 | 1; // 0 = kvinna, 1 = man
export type Aldersgrupp = 0 | 1 | 2; // ≤29, 30–49, ≥50

/** Column data, one entry per employee row. */
export interface Sjukdata {
  readonly sjuktimmar: ArrayLike<number>;
  readonly arbetstimmar: ArrayLike<number>;
  /** Kon codes: 0 = kvinna, 1 = man. */
  readonly kon: ArrayLike<number>;
  /** Aldersgrupp codes: 0 = 29 år eller yngre, 1 = 30–49 år, 2 = 50 år eller äldre. */
  readonly aldersgrupp: ArrayLike<number>;
  readonly langtidstimmar?: ArrayLike<number>;
  /** Where entry i stands in the user's ranges (blank rows may have been left out); default `rad i+1`. */
  readonly plats?: Plats;
}

export type Redovisningsvarde = number | typeof DOLT | KpiFel;
export type Redovisningsrad = readonly [string, Redovisningsvarde];

export const ETIKETTER = {
  total: "Total sjukfrånvaro",
  kon: ["Kvinnor", "Män"],
  alder: ["29 år eller yngre", "30–49 år", "50 år eller äldre"],
  lang: "Andel långtidssjukfrånvaro (60 dagar eller mer)",
} as const;

export function aldersgrupp(alder: number): Aldersgrupp {
  if (alder < 30) return 0;
  return alder < 50 ? 1 : 2;
}

interface Grupp {
  sjuk: number;
  ordinarie: number;
  /** Persons counted for the secondary suppression of the group's split (not used for the total). */
  personer: number;
}

const nyGrupp = (): Grupp => ({ sjuk: 0, ordinarie: 0, personer: 0 });

/** Groups of one split (kön or ålder) that must be hidden: at most 10 persons, plus secondary suppression. */
export function doldaGrupper(personer: readonly number[]): boolean[] {
  const dolda = personer.map((p) => p <= MINSTA_GRUPP);
  if (dolda.filter(Boolean).length === 1) {
    let minsta = -1;
    personer.forEach((p, i) => {
      if (!dolda[i] && (minsta < 0 || p < personer[minsta])) minsta = i;
    });
    if (minsta >= 0) dolda[minsta] = true;
  }
  return dolda;
}

/** The disclosure table of the förvaltningsberättelse: total, kön, ålder and (optionally) NT2. */
export function sjukfranvaroRedovisning(data: Sjukdata): Redovisningsrad[] {
  const n = data.sjuktimmar.length;
  const { arbetstimmar, sjuktimmar, kon, aldersgrupp: alder, langtidstimmar } = data;
  if (
    arbetstimmar.length !== n ||
    kon.length !== n ||
    alder.length !== n ||
    (langtidstimmar && langtidstimmar.length !== n)
  ) {
    throw ogiltig("Områdena har olika storlek");
  }
  const plats = data.plats ?? radnummer;
  const total = nyGrupp();
  const konGrupper = [nyGrupp(), nyGrupp()];
  const alderGrupper = [nyGrupp(), nyGrupp(), nyGrupp()];
  let lang = 0;
  for (let i = 0; i < n; i++) {
    const s = sjuktimmar[i];
    const o = arbetstimmar[i];
    kontrolleraTimrad(s, o, i, plats);
    const person = o > 0 ? 1 : 0;
    const gk = konGrupper[kon[i]];
    const ga = alderGrupper[alder[i]];
    total.sjuk += s;
    total.ordinarie += o;
    gk.sjuk += s;
    gk.ordinarie += o;
    gk.personer += person;
    ga.sjuk += s;
    ga.ordinarie += o;
    ga.personer += person;
    if (langtidstimmar) {
      const l = langtidstimmar[i];
      kontrolleraTimrad(l, s, i, plats, LANG_OVER);
      lang += l;
    }
  }
  const rader: Redovisningsrad[] = [[ETIKETTER.total, sjukfranvaro(total.sjuk, total.ordinarie)]];
  const split = (grupper: Grupp[], etiketter: readonly string[]) => {
    const dolda = doldaGrupper(grupper.map((g) => g.personer));
    grupper.forEach((g, i) => rader.push([etiketter[i], dolda[i] ? DOLT : g.sjuk / g.ordinarie]));
  };
  split(konGrupper, ETIKETTER.kon);
  split(alderGrupper, ETIKETTER.alder);
  if (langtidstimmar) {
    rader.push([
      ETIKETTER.lang,
      total.sjuk === 0 ? division("Ingen sjukfrånvaro att dela upp (noll sjuktimmar)") : lang / total.sjuk,
    ]);
  }
  return rader;
}

/** The kön words in lower case, and also as a cell usually holds them (`K`, `Kvinna`), so they are found as written. */
const KON: ReadonlyMap<string, Kon> = new Map(
  [...KONSORD.kvinna.map((o) => [o, 0] as const), ...KONSORD.man.map((o) => [o, 1] as const)].flatMap(([o, k]) => [
    [o, k] as const,
    [o.charAt(0).toUpperCase() + o.slice(1), k] as const,
  ]),
);

/** Reads a kön cell (§3): K, Kvinna, Kvinnor, F, M, Man, Män, any case; undefined when unknown. */
export function lasKon(text: string): Kon | undefined {
  return KON.get(text) ?? KON.get(normaliseraText(text));
}

/** The ages an age is checked against (§3): whole years from 15 to 100. */
export const ALDER_FRAN = 15;
export const ALDER_TILL = 100;

/** The three age groups of §3 as closed ranges of whole years. */
const GRUPPER: readonly { readonly grupp: Aldersgrupp; readonly fran: number; readonly till: number }[] = [
  { grupp: 0, fran: -Infinity, till: 29 },
  { grupp: 1, fran: 30, till: 49 },
  { grupp: 2, fran: 50, till: Infinity },
];

/**
 * An age label as reports write it (§3), as the range of ages it covers: one or two ages with `år`, `-`, `–`,
 * `+`, `till`, `och`/`eller yngre|äldre|under|över|uppåt`, `upp till (och med)`, `under`, `över`, `<`, `>`, `≤`, `≥`.
 * `29 år eller yngre`, `-29`, `≤ 29`, `under 30 år`, `upp till och med 29 år`, `16–29 år` → ..29; `30 till 49 år`
 * → 30..49; `50+`, `över 49`, `> 50 år`, `50 år och över`, `50 år och uppåt` → 50.. (`och över` after an age
 * includes it, as `och äldre` does; `över` before an age does not).
 */
const ALDERSETIKETTER: readonly (readonly [RegExp, (a: number, b: number) => readonly [number, number]])[] = [
  [/^(\d+) ?- ?(\d+)$/, (a, b) => [a, b]],
  [/^(\d+) (?:till|och) (\d+)$/, (a, b) => [a, b]],
  [/^- ?(\d+)$/, (a) => [-Infinity, a]],
  [/^(\d+) ?[-+]$/, (a) => [a, Infinity]],
  [/^(\d+) (?:och|eller) (?:yngre|under|nedåt)$/, (a) => [-Infinity, a]],
  [/^(\d+) (?:och|eller) (?:äldre|över|uppåt)$/, (a) => [a, Infinity]],
  [/^(?:upp till(?: och med)?|till och med|t\.o\.m\.?) ?(\d+)$/, (a) => [-Infinity, a]],
  [/^(?:från och med|fr\.o\.m\.?|från) ?(\d+)$/, (a) => [a, Infinity]],
  [/^(?:under|<) ?(\d+)$/, (a) => [-Infinity, a - 1]],
  [/^(?:över|>) ?(\d+)$/, (a) => [a + 1, Infinity]],
  [/^(?:≤|<=) ?(\d+)$/, (a) => [-Infinity, a]],
  [/^(?:≥|>=) ?(\d+)$/, (a) => [a, Infinity]],
];

/** The group that holds every age of [fran, till], if exactly one does. */
const gruppAv = (fran: number, till: number): Aldersgrupp | undefined =>
  fran <= till ? GRUPPER.find((g) => fran >= g.fran && till <= g.till)?.grupp : undefined;

/**
 * Reads an ålder cell (§3): an age in whole years from 15 to 100 (a decimal age counts its whole years), or a
 * label that falls in exactly one of the three groups. Undefined for anything else: a birth year such as 1985, a
 * date, a label that spans two groups (`25–35 år`).
 */
export function lasAldersgrupp(varde: number | string): Aldersgrupp | undefined {
  if (typeof varde === "number") {
    return Number.isFinite(varde) && varde >= ALDER_FRAN && varde <= ALDER_TILL
      ? aldersgrupp(Math.floor(varde))
      : undefined;
  }
  const s = normaliseraText(varde)
    .replace(/[–−—]/g, "-")
    .replace(/(?<![a-zåäö])år(?![a-zåäö])/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (/^\d+$/.test(s)) return lasAldersgrupp(Number(s));
  for (const [monster, omfang] of ALDERSETIKETTER) {
    const m = monster.exec(s);
    if (!m) continue;
    // Every pattern has one or two groups, none optional: each is a whole number.
    const aldrar = m.slice(1).map(Number);
    if (aldrar.some((a) => a > ALDER_TILL)) return undefined;
    const [fran, till] = omfang(aldrar[0], aldrar[1]);
    return gruppAv(fran, till);
  }
  return undefined;
}
