/**
 * A målvärde text as a list of words, numbers and signs (spec §6), read the same way for whole texts, sentences
 * and the phrases of the vocabulary: so a phrase of ordforrad.ts matches a text exactly when their words match.
 */
import {
  ARTAL_FRAN,
  ARTAL_TILL,
  ARTALSORD,
  ARTALSORD_EFTER,
  ARTALSORD_SLUT,
  JAMFORELSEORD,
  OPERATORSTAVNINGAR,
  SKILJETECKEN as SKILJETECKEN_ORD,
  STRECK as STRECK_ORD,
} from "../ordforrad";
import { lasTalVid, type Tal } from "../tal/tal";
import { arBokstav, arSiffra, kod, normaliseraText } from "../tal/text";

/** A word (`minst`, `covid-19`), a number with its unit (`10 000 timmar`), or any other sign (`≤`, `–`, `.`). */
export type Ord =
  | { readonly typ: "ord"; readonly text: string; readonly start: number; readonly slut: number }
  | {
      readonly typ: "tal";
      readonly text: string;
      readonly start: number;
      readonly slut: number;
      readonly tal: Tal;
      /**
       * A year that the sentence search skips (§6): `år 2024`, `senast 2025`, `2015:`, `2023 års`, `(2025)`, a year
       * closing a comparison (`lägre än 2023`), the year of the comparison values (`bättre än riket 2023`), and the
       * second year of a range of them (`2022–2023`).
       */
      readonly artal: boolean;
    }
  | { readonly typ: "tecken"; readonly text: string; readonly start: number; readonly slut: number };

export type TalOrd = Extract<Ord, { typ: "tal" }>;

/** Signs that end a clause: a negation does not reach across them. */
export const SKILJETECKEN: ReadonlySet<string> = new Set(SKILJETECKEN_ORD);

/** Dashes between two numbers: `5–10`, `5 - 10`. */
export const STRECK: ReadonlySet<string> = new Set(STRECK_ORD);

/** Every spelling folded before reading, and what it becomes, longest first: `+/-` before `+-`. */
const STAVNINGAR: ReadonlyMap<string, string> = new Map(
  Object.entries(OPERATORSTAVNINGAR).sort((a, b) => b[0].length - a[0].length),
);
const STAVNING = new RegExp([...STAVNINGAR.keys()].map((s) => s.replace(/[+/]/g, "\\$&")).join("|"), "g");

/**
 * A målvärde in the form the grammar reads: invisible characters removed, white space folded, lower case,
 * `<=` `=<` as ≤, `>=` `=>` as ≥, `+/-` `+-` as ±. (`%-enheter` is a unit word of the number reader.)
 */
export function normaliseraMalvarde(text: string): string {
  const s = normaliseraText(text);
  const stavat = s.replace(STAVNING, (stavning) => STAVNINGAR.get(stavning) ?? stavning);
  return stavat === s ? s : stavat.replace(/ {2,}/g, " ").trim();
}

const arTeckenForTal = (c: number): boolean => c === 43 || c === 45 || c === 0x2212 || c === 0x2013;

/** Do the digits of a number start at `i`: a digit, or a decimal comma or point before one (`,5`, spec §2)? */
const borjarSiffror = (s: string, i: number): boolean =>
  arSiffra(kod(s, i)) || ((kod(s, i) === 44 || kod(s, i) === 46) && arSiffra(kod(s, i + 1)));

/** Does a date written yyyy-mm-dd, which is never a target, start at `i`? */
function arDatumVid(s: string, i: number): boolean {
  const siffror = (fran: number, antal: number) => {
    for (let k = fran; k < fran + antal; k++) if (!arSiffra(kod(s, k))) return false;
    return true;
  };
  return (
    siffror(i, 4) &&
    kod(s, i + 4) === 45 &&
    siffror(i + 5, 2) &&
    kod(s, i + 7) === 45 &&
    siffror(i + 8, 2) &&
    !arSiffra(kod(s, i + 10))
  );
}

/**
 * The words of `s` (already normalised). A sign before digits is a minus only where no number stands just before
 * it (`5 - 10` is an interval, `max -5` a negative limit). A digit inside a word belongs to the word (`nt1`).
 */
export function delaIOrd(s: string): Ord[] {
  const ord: Ord[] = [];
  let i = 0;
  while (i < s.length) {
    const c = kod(s, i);
    if (c === 32) {
      i++;
      continue;
    }
    const foreTal = ord.length > 0 && ord[ord.length - 1].typ === "tal";
    const taltecken =
      arTeckenForTal(c) &&
      !foreTal &&
      (i === 0 || !arBokstav(kod(s, i - 1))) &&
      (borjarSiffror(s, i + 1) || (kod(s, i + 1) === 32 && borjarSiffror(s, i + 2)));
    if (arSiffra(c) || taltecken || (borjarSiffror(s, i) && !foreTal)) {
      if (arDatumVid(s, i)) {
        ord.push({ typ: "ord", text: s.slice(i, i + 10), start: i, slut: i + 10 });
        i += 10;
        continue;
      }
      // Two years joined by `/` are a period (`läsåret 2024/2025`): the first year is read alone, never as a rate.
      const hittat = arArtalspar(s, i) ? lasTalVid(s.slice(0, i + 4), i) : lasTalVid(s, i);
      if (hittat) {
        const text = s.slice(i, hittat.slut);
        const artal =
          kanVaraArtal(text, hittat.tal) &&
          (efterArtalsord(ord) ||
            foreKolon(s, hittat.slut) ||
            foreArtalsord(s, hittat.slut) ||
            iParentes(s, i, hittat.slut) ||
            namnerJamforelsevarden(ord, ord.length - 1) ||
            iArtalsintervall(ord) ||
            (efterAn(ord) && vidSlutet(s, hittat.slut)));
        ord.push({ typ: "tal", text, start: i, slut: hittat.slut, tal: hittat.tal, artal });
        i = hittat.slut;
        continue;
      }
    }
    if (arBokstav(c)) {
      let j = i + 1;
      // Letters and digits, and a hyphen joining two parts of one word: "e-tjänster", "covid-19".
      for (;;) {
        const d = kod(s, j);
        if (arBokstav(d) || arSiffra(d)) j++;
        else if (d === 45 && (arBokstav(kod(s, j + 1)) || arSiffra(kod(s, j + 1)))) j += 2;
        else break;
      }
      ord.push({ typ: "ord", text: s.slice(i, j), start: i, slut: j });
      i = j;
      continue;
    }
    ord.push({ typ: "tecken", text: s.charAt(i), start: i, slut: i + 1 });
    i++;
  }
  return ord;
}

const ARTALSORDEN: ReadonlySet<string> = new Set(ARTALSORD);

/** Could this number be a year: four digits as written, no unit, 1990–2100? `2 000` with a space never is. */
const kanVaraArtal = (text: string, t: Tal): boolean =>
  text.length === 4 && /^\d{4}$/.test(text) && t.varde >= ARTAL_FRAN && t.varde <= ARTAL_TILL;

/**
 * Do two years of the range ARTAL_FRAN–ARTAL_TILL, joined by `/` (perhaps with spaces), start at `i` (`2024/2025`, a
 * läsår or budgetår)? The number reader would take `/2025 ska` for a rate (§2: `855 st./100 000 inv`), and `under
 * 2024/2025 ska 120 tillsyner ske` would be the target v < 2024.
 */
function arArtalspar(s: string, i: number): boolean {
  const par = /^(\d{4}) ?\/ ?(\d{4})(?!\d)/.exec(s.slice(i));
  return par !== null && par.slice(1).every((ar) => Number(ar) >= ARTAL_FRAN && Number(ar) <= ARTAL_TILL);
}

/** Does the word before stand before years (§6): `år`, `till`, `senast`, `inför`, `under`, `från`, or a word ending in `året` (`läsåret`)? */
const efterArtalsord = (fore: readonly Ord[]): boolean => {
  const o = fore[fore.length - 1];
  return o?.typ === "ord" && (ARTALSORDEN.has(o.text) || ARTALSORD_SLUT.some((slut) => o.text.endsWith(slut)));
};

/** Is the word before `än` (`lägre än 2023`, `bättre än 2023`: a comparison with a year's value)? */
const efterAn = (fore: readonly Ord[]): boolean => {
  const o = fore[fore.length - 1];
  return o?.typ === "ord" && o.text === "än";
};

/** The word stems that name comparison values (`riket`, `jämförelsekommunerna`, `jämförbara kommuner`). */
const JAMFORELSESTAMMAR: readonly string[] = [...JAMFORELSEORD.basta, ...JAMFORELSEORD.medel];

/**
 * Does word `i` name the comparison values (`riket`, `rikssnittet`, `jämförelsekommunerna`, or with the word before
 * it `jämförbara kommuner`)? Such a word is never a label before a target's number (`Högre än rikets värde 2023`),
 * and a year after it is the values' year (`bättre än riket 2023`), no target.
 */
export const namnerJamforelsevarden = (ord: readonly Ord[], i: number): boolean => {
  const o = ord[i];
  if (o?.typ !== "ord") return false;
  const tvaOrd = `${ord[i - 1]?.text ?? ""} ${o.text}`;
  return JAMFORELSESTAMMAR.some((stam) => (stam.includes(" ") ? tvaOrd.startsWith(stam) : o.text.includes(stam)));
};

/** Does the number end a range of years whose first year is one (`högre än riket 2022–2023`, `2024/2025`)? */
const iArtalsintervall = (fore: readonly Ord[]): boolean => {
  const streck = fore[fore.length - 1];
  const forsta = fore[fore.length - 2];
  return (
    streck?.typ === "tecken" &&
    (STRECK.has(streck.text) || streck.text === "/") &&
    forsta?.typ === "tal" &&
    forsta.artal
  );
};

/** Does the text end at `i`, but for spaces and a closing sign (`.`, `!`)? */
const vidSlutet = (s: string, i: number): boolean => /^[\s.!)]*$/.test(s.slice(i));

/** Does a `:` follow at `i`, perhaps after a space (`utgångsvärde 2015: 51,6 mnkr`)? */
const foreKolon = (s: string, i: number): boolean => kod(s, kod(s, i) === 32 ? i + 1 : i) === 58;

/** Does a word of ARTALSORD_EFTER follow at `i`, after a space (`2023 års nivå`)? */
const foreArtalsord = (s: string, i: number): boolean =>
  kod(s, i) === 32 && ARTALSORD_EFTER.some((o) => s.startsWith(o, i + 1) && !arBokstav(kod(s, i + 1 + o.length)));

/** Does the number from `start` to `slut` stand alone in parentheses (`80 % (2025)`)? */
const iParentes = (s: string, start: number, slut: number): boolean => kod(s, start - 1) === 40 && kod(s, slut) === 41;

/** Is this number a year in the sense of `kanVaraArtal`, wherever it stands (`mellan 2019 och 2020`)? */
export const arArtalsform = (o: Ord): boolean => o.typ === "tal" && kanVaraArtal(o.text, o.tal);

/** A phrase of the vocabulary as the words `delaIOrd` makes of it: `"lägre än"` → `["lägre", "än"]`. */
export const ordIFras = (fras: string): readonly string[] => delaIOrd(normaliseraMalvarde(fras)).map((o) => o.text);

const INGA: readonly never[] = [];

/**
 * Phrases of the vocabulary, each with what it stands for, found by their first word. `langsta` gives the longest
 * phrase at a place in a text, so that `uppgå till minst` wins over a shorter phrase starting the same way.
 */
export class Fraslista<T> {
  private readonly efterForstaOrd = new Map<string, { readonly ord: readonly string[]; readonly varde: T }[]>();

  constructor(poster: Iterable<readonly [string, T]>) {
    for (const [fras, varde] of poster) {
      const ord = ordIFras(fras);
      const lista = this.efterForstaOrd.get(ord[0]) ?? [];
      lista.push({ ord, varde });
      this.efterForstaOrd.set(ord[0], lista);
    }
    for (const lista of this.efterForstaOrd.values()) lista.sort((a, b) => b.ord.length - a.ord.length);
  }

  /** The longest phrase at `i` of `text`, and the index just after it. */
  langsta(text: readonly Ord[], i: number): { readonly varde: T; readonly slut: number } | undefined {
    const forsta = text[i];
    if (forsta === undefined || forsta.typ === "tal") return undefined;
    for (const { ord, varde } of this.efterForstaOrd.get(forsta.text) ?? INGA) {
      let k = 1;
      while (k < ord.length && text[i + k] !== undefined && text[i + k].typ !== "tal" && text[i + k].text === ord[k])
        k++;
      if (k === ord.length) return { varde, slut: i + k };
    }
    return undefined;
  }

  /** The first words of the phrases. */
  forstaOrd(): Iterable<string> {
    return this.efterForstaOrd.keys();
  }

  /** Does a phrase of the list start at `i`? */
  har(text: readonly Ord[], i: number): boolean {
    return this.langsta(text, i) !== undefined;
  }
}

/** A list of phrases that all stand for the same thing. */
export const fraser = (lista: readonly string[]): Fraslista<true> =>
  new Fraslista(lista.map((f) => [f, true] as const));
