/** Sjukfrånvaro as the law on municipal accounts and SKR's key figures define it (spec §3). */
import { division, KpiFel, ogiltig } from "../fel";

/** The official sign for a figure that may not be shown. */
export const DOLT = "..";
/** Groups with at most this many persons are not shown. */
export const MINSTA_GRUPP = 10;

const EPS = 1e-9;

/** NT1: Σ sick hours / Σ ordinary hours. */
export function sjukfranvaro(sjuktimmar: number, arbetstimmar: number): number {
  if (sjuktimmar < 0 || arbetstimmar < 0) throw ogiltig("Timmar kan inte vara negativa");
  if (sjuktimmar > arbetstimmar * (1 + EPS)) throw ogiltig("Sjuktimmarna överstiger de ordinarie arbetstimmarna");
  if (arbetstimmar === 0) throw division("Ordinarie arbetstid saknas (noll timmar)");
  return sjuktimmar / arbetstimmar;
}

/** NT2: share of sick time in absences of 60 days or more. */
export function sjukfranvaroLang(langtidstimmar: number, sjuktimmar: number): number {
  if (langtidstimmar < 0 || sjuktimmar < 0) throw ogiltig("Timmar kan inte vara negativa");
  if (langtidstimmar > sjuktimmar * (1 + EPS)) throw ogiltig("Långtidssjuktimmarna överstiger sjuktimmarna");
  if (sjuktimmar === 0) throw division("Ingen sjukfrånvaro att dela upp (noll sjuktimmar)");
  return langtidstimmar / sjuktimmar;
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
  const total = nyGrupp();
  const konGrupper = [nyGrupp(), nyGrupp()];
  const alderGrupper = [nyGrupp(), nyGrupp(), nyGrupp()];
  let lang = 0;
  for (let i = 0; i < n; i++) {
    const s = sjuktimmar[i];
    const o = arbetstimmar[i];
    if (s < 0 || o < 0) throw ogiltig(`Negativa timmar på rad ${i + 1}`);
    if (s > o * (1 + EPS)) throw ogiltig(`Sjuktimmarna överstiger arbetstimmarna på rad ${i + 1}`);
    const person = o > 0 ? 1 : 0;
    const gk = konGrupper[kon[i]];
    const ga = alderGrupper[alder[i]];
    total.sjuk += s;
    total.ordinarie += o;
    total.personer += person;
    gk.sjuk += s;
    gk.ordinarie += o;
    gk.personer += person;
    ga.sjuk += s;
    ga.ordinarie += o;
    ga.personer += person;
    if (langtidstimmar) {
      const l = langtidstimmar[i];
      if (l < 0) throw ogiltig(`Negativa timmar på rad ${i + 1}`);
      if (l > s * (1 + EPS)) throw ogiltig(`Långtidssjuktimmarna överstiger sjuktimmarna på rad ${i + 1}`);
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

const KON: Readonly<Record<string, Kon>> = {
  k: 0,
  kv: 0,
  kvinna: 0,
  kvinnor: 0,
  f: 0,
  m: 1,
  man: 1,
  män: 1,
};

/** Reads a kön cell (K, Kvinna, M, Man...); undefined when unknown. */
export function lasKon(text: string): Kon | undefined {
  return KON_EXAKT[text] ?? KON[text.trim().toLowerCase()];
}

/** The common spellings as written, so 100 000 rows skip trimming and lower-casing. */
const KON_EXAKT: Readonly<Record<string, Kon>> = { K: 0, M: 1, Kvinna: 0, Man: 1, Kvinnor: 0, Män: 1 };

/** Reads an ålder cell: an age in years, or a group label (`30–49 år`, `-29`, `50-`). */
export function lasAldersgrupp(varde: number | string): Aldersgrupp | undefined {
  if (typeof varde === "number") return Number.isFinite(varde) && varde >= 0 ? aldersgrupp(varde) : undefined;
  const s = varde.trim().toLowerCase().replace(/[–−]/g, "-").replace(/\s+/g, " ");
  if (/^(-29|29 år eller yngre|0-29|16-29|18-29)( år)?$/.test(s)) return 0;
  if (/^30-49( år)?$/.test(s)) return 1;
  if (/^(50-|50 år eller äldre|50\+)( år)?$/.test(s)) return 2;
  const tal = /^\d+$/.test(s) ? Number(s) : NaN;
  return Number.isNaN(tal) ? undefined : aldersgrupp(tal);
}
