/**
 * Column headers as Swedish follow-up tables write them: what a header says about its column's role, year,
 * period and unit. Pure rules on one header text; which column gets which role is decided in mappning.ts.
 */
import { skarvaOrd } from "../bedomning/aktivitet";
import { lasCell, type Cellvarde } from "../tal/cell";
import type { Rubrikenhet } from "./omvandling";
import type { Roll } from "./roller";

/** Folds a header as pasted text: `Målvä-\nrde` → `målvärde`; underscores count as spaces, invisible characters go. */
export const normaliseraRubrik = (text: string): string => skarvaOrd(text.replace(/_/g, " "));

/** What kind of column a header names. */
export type Rubrikslag =
  /** A role named outright: Indikator, Nämndmål, Gränsvärde, Status, Bedömning, Riket… */
  | { readonly typ: "roll"; readonly roll: Roll }
  /**
   * An outcome of a period: Utfall, Bokslut, Resultat, Delår, T1, T2, Prognos helår, or a bare year. `rang` orders
   * the periods of one year (T1 1, T2 and Delår 2, T3 3, the whole year 4).
   */
  | { readonly typ: "period"; readonly rang: number; readonly prognos: boolean }
  /** Föregående, Föregående år, Fg år. */
  | { readonly typ: "foregaende" }
  /** Målvärde, Målnivå, Mål 2024; `tvetydig` for a bare Mål or Målsättning, whose content decides (mappning.ts). */
  | { readonly typ: "malvarde"; readonly tvetydig: boolean }
  /** Recognised and left alone: Kommentar, Analys, Åtgärd, Trend, Budget… */
  | { readonly typ: "lamnas"; readonly ord: string }
  /** Målkoll's own status columns, written beside the table: never part of it. */
  | { readonly typ: "egen" }
  | { readonly typ: "okand" };

export interface Rubrik {
  /** The header as written, white space folded; "" for an empty header cell. */
  readonly text: string;
  readonly slag: Rubrikslag;
  /** The year the header names (the last one: `2019/2020` → 2020), or a number header that is a year. */
  readonly ar?: number;
  /** What the header says about its numbers: `(%)`, `(tkr)`, `Andel %`, `i procent`. */
  readonly enhet?: Rubrikenhet;
}

const ROLLORD: readonly (readonly [Roll, readonly string[]])[] = [
  [
    "indikator",
    [
      "indikator",
      "indikatorer",
      "namndindikator",
      "namndindikatorer",
      "nyckeltal",
      "matt",
      "matetal",
      "indikator nyckeltal",
      "nyckeltal indikator",
      "matt indikator",
      "indikator matt",
      "kpi",
    ],
  ],
  ["gransvarde", ["gransvarde", "gransvarden", "grans for delvis"]],
  ["riktning", ["riktning", "onskad riktning"]],
  [
    "namndmal",
    [
      "namndmal",
      "namndens mal",
      "namndmalet",
      "mal for namnden",
      "verksamhetsmal",
      "namndmal verksamhetsmal",
      "effektmal",
    ],
  ],
  ["malomrade", ["malomrade", "malomraden", "perspektiv", "fokusomrade", "strategiskt omrade", "omrade"]],
  [
    "kommunmal",
    [
      "kommunovergripande mal",
      "kommunovergripande malomrade",
      "kf mal",
      "kfmal",
      "kommunmal",
      "inriktningsmal",
      "overgripande mal",
      "fullmaktiges mal",
      "kommunfullmaktiges mal",
    ],
  ],
  [
    "status",
    [
      "status",
      "status som skriven",
      "aktivitetsstatus",
      "aktivitetens status",
      "bedomning",
      // A controller's own judgement beside the indicators (rader.ts: never overwritten, compared with Målkoll's).
      "egen bedomning",
      "var bedomning",
      "samlad bedomning",
      "bedomd maluppfyllelse",
      "bedomning av maluppfyllelse",
      "bedomning maluppfyllelse",
      "maluppfyllelse",
      "maluppfyllelse bedomning",
      "status maluppfyllelse",
    ],
  ],
  // The comparison values a target such as `bättre än riket` needs (spec §6): never utfall or målvärde.
  [
    "jamforelse",
    [
      "jamforelse",
      "jamforelsevarde",
      "jamforelsevarden",
      // "Jmf riket", "Jämförelse länet": a comparison column as KPI tables abbreviate it.
      "jamforelse riket",
      "jamforelse lanet",
      "jmf riket",
      "jmf lanet",
      "jmf regionen",
      "jmf liknande kommuner",
      "riket",
      "lanet",
      "regionen",
      "riket snitt",
      "snitt riket",
      "rikssnitt",
      "riksgenomsnitt",
      "genomsnitt riket",
      "medel riket",
      "lanssnitt",
      "snitt lanet",
      "liknande kommuner",
      "jamforbara kommuner",
      "jamforelsekommuner",
      "kommungruppen",
      "snitt liknande kommuner",
    ],
  ],
  ["aktivitet", ["aktivitet", "aktiviteter"]],
];

const MALVARDEORD = new Set([
  "malvarde",
  "mal varde",
  "malvarden",
  "malvarde helar",
  "malniva",
  "mal helar",
  "malvarde for aret",
  "malvarde ar",
  "malvarde mal",
]);
/** Words that name a target only sometimes: a column of goal sentences under them is a nämndmål (mappning.ts). */
const TVETYDIGA_MALORD = new Set(["mal", "malsattning"]);

const FOREGAENDEORD = new Set([
  "foregaende",
  "foregaende ar",
  "foregaende period",
  "utfall foregaende ar",
  "fg ar",
  "fg",
  "foreg ar",
  "utfall fg ar",
  "forra aret",
  "utfall forra aret",
]);

const LAMNAS = new Set([
  "kommentar",
  "kommentarer",
  "analys",
  "analys och kommentar",
  "kommentar och analys",
  "kommentar analys",
  "analys kommentar",
  "atgard",
  "atgarder",
  "planerade atgarder",
  "trend",
  "trendpil",
  "utveckling",
  "orsak",
  "forklaring",
  "notering",
  "noteringar",
  "beskrivning",
  "kalla",
  "datakalla",
  "ansvarig",
  "ansvar",
  "tidplan",
  "slutdatum",
  "budget",
  "avvikelse",
  "forandring",
  "differens",
  "kolada",
  "id",
  "nr",
]);

/** Words of a period header; at least one of `PERIODKARNA` must be among them. */
const PERIODORD = new Set([
  "utfall",
  "utfallet",
  "bokslut",
  "resultat",
  "arets",
  "delar",
  "delarsbokslut",
  "delarsrapport",
  "tertial",
  "t1",
  "t2",
  "t3",
  "prognos",
  "helar",
  "helarsprognos",
  "arsutfall",
  "helarsutfall",
  "ar",
  "i",
  "per",
  "period",
  "perioden",
  "ack",
  "ackumulerat",
  "hittills",
  "jan",
  "januari",
  "apr",
  "april",
  "aug",
  "augusti",
  "dec",
  "december",
  // "jan-aug" is joined into one word when a header is folded (hyphens inside words are line breaks).
  "janapr",
  "janaug",
  "jandec",
  "30",
  "31",
  "1",
  "2",
  "3",
]);
const PERIODKARNA = new Set([
  "utfall",
  "utfallet",
  "bokslut",
  "resultat",
  "delar",
  "delarsbokslut",
  "delarsrapport",
  "tertial",
  "t1",
  "t2",
  "t3",
  "prognos",
  "helarsprognos",
  "arsutfall",
  "helarsutfall",
]);

/** The rank of a period within its year (T1 < T2 = Delår < T3 < the whole year). */
function periodrang(ord: readonly string[]): number {
  const har = (o: string) => ord.includes(o);
  const tertial = har("tertial") ? ord.find((o) => o === "1" || o === "2" || o === "3") : undefined;
  if (har("t1") || tertial === "1" || har("apr") || har("april") || har("janapr")) return 1;
  if (
    har("t2") ||
    tertial === "2" ||
    ord.some((o) => o.startsWith("delar")) ||
    har("aug") ||
    har("augusti") ||
    har("janaug")
  ) {
    return 2;
  }
  if (har("t3") || tertial === "3") return 3;
  return 4;
}

const vik = (s: string): string => s.replace(/[åä]/g, "a").replace(/ö/g, "o").replace(/é/g, "e");

const AR = /(?<!\d)(19\d\d|20\d\d)(?!\d)/g;

/** The unit a header gives its numbers, read by the core's unit words (spec §2): `(tkr)`, `(%)`, `Andel %`. */
function rubrikenhet(ord: string): Rubrikenhet | undefined {
  const last = lasCell(`1 ${ord}`);
  if (last.typ !== "tal") return undefined;
  if (last.procent) return "%";
  return last.enhet;
}

const EGEN = /\(målkoll\)$/;

/** The first word of every header phrase above, folded: a text whose first word is none of them is no header. */
const FORSTA_ORD: ReadonlySet<string> = new Set(
  [
    ...ROLLORD.flatMap(([, fraser]) => fraser),
    ...MALVARDEORD,
    ...TVETYDIGA_MALORD,
    ...FOREGAENDEORD,
    ...LAMNAS,
    ...PERIODORD,
  ].map((fras) => fras.split(" ")[0]),
);

/**
 * A cheap test before `lasRubrik`: false when the text cannot be a header the rules know, because its first word
 * starts none of the phrases and it is no year. Every cell of a large sheet is asked; most are data.
 */
export function kanVaraRubrik(text: string): boolean {
  // Words broken over lines, or parentheses first, need the full reading.
  if (/[-\u00ad\n(]/.test(text)) return true;
  // The first word after any mark before it (an emoji, a bullet, a footnote star), as lasRubrik reads it.
  const forsta = /[\p{L}\d%]+/u.exec(text)?.[0];
  if (forsta === undefined) return false;
  if (/^\d/.test(forsta)) return /^(19|20)\d\d$/.test(forsta);
  return FORSTA_ORD.has(vik(forsta.toLowerCase()));
}

/**
 * Reads one header cell. A number header from 1900 to 2099 is a year (Excel holds a typed 2020 as a number).
 * The unit is taken from a parenthesis (`Andel (%)`, `Nettokostnad (tkr)`) or the last word (`Andel %`,
 * `Resultat, mnkr`, `i procent`) and removed before the words are matched; so are the years.
 */
export function lasRubrik(cell: Cellvarde): Rubrik {
  if (typeof cell === "number") {
    const ar = Number.isInteger(cell) && cell >= 1900 && cell < 2100 ? cell : undefined;
    return {
      text: String(cell),
      slag: ar === undefined ? { typ: "okand" } : { typ: "period", rang: 4, prognos: false },
      ar,
    };
  }
  const text = typeof cell === "string" ? cell.replace(/\s+/g, " ").trim() : "";
  if (text === "") return { text, slag: { typ: "okand" } };
  let s = normaliseraRubrik(text);
  if (EGEN.test(s)) return { text, slag: { typ: "egen" } };

  let enhet: Rubrikenhet | undefined;
  s = s.replace(/\(([^)]*)\)/g, (_hel, inne: string) => {
    const e = rubrikenhet(inne.trim());
    if (e === undefined || enhet !== undefined) return ` ${inne} `;
    enhet = e;
    return " ";
  });
  const ar = [...s.matchAll(AR)].map((m) => Number(m[1])).pop();
  s = s.replace(AR, " ");
  let ord = vik(s)
    .replace(/%/g, " % ")
    .split(/[^a-z0-9%]+/)
    .filter((o) => o !== "");
  if (enhet === undefined && ord.length > 1) {
    const e = rubrikenhet(ord[ord.length - 1]);
    if (e !== undefined) {
      enhet = e;
      ord = ord.slice(0, -1);
      if (ord[ord.length - 1] === "i") ord = ord.slice(0, -1);
    }
  }
  const stam = ord.join(" ");
  return { text, slag: slagAv(stam, ord, ar), ar, enhet };
}

function slagAv(stam: string, ord: readonly string[], ar: number | undefined): Rubrikslag {
  if (stam === "" && ar !== undefined) return { typ: "period", rang: 4, prognos: false };
  for (const [roll, fraser] of ROLLORD) if (fraser.includes(stam)) return { typ: "roll", roll };
  if (MALVARDEORD.has(stam)) return { typ: "malvarde", tvetydig: false };
  // "Mål 2024" names the target of a year; a bare "Mål" may head a column of goal sentences.
  if (TVETYDIGA_MALORD.has(stam)) return { typ: "malvarde", tvetydig: ar === undefined };
  if (FOREGAENDEORD.has(stam)) return { typ: "foregaende" };
  if (LAMNAS.has(stam)) return { typ: "lamnas", ord: stam };
  if (ord.length > 0 && ord.every((o) => PERIODORD.has(o)) && ord.some((o) => PERIODKARNA.has(o))) {
    return {
      typ: "period",
      rang: periodrang(ord),
      prognos: ord.includes("prognos") || ord.includes("helarsprognos"),
    };
  }
  return { typ: "okand" };
}
