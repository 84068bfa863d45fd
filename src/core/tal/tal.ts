/** Reading numbers the Swedish way (spec §2): `10,5 %`, `1 700 000`, `−7 972`, `8,0 mnkr`, `7 ‰`, `22:16`. */
import { ENHETSORD, PER_ORD, SAKNAS_MARKORER, type Enhet, type Enhetsbetydelse } from "../ordforrad";
import { arBokstav, arSiffra, kod, rensaText } from "./text";

export type { Enhet } from "../ordforrad";

/** A rate unit after a number: `per 1 000 invånare` in `12 per 1 000 invånare`, `per invånare` in `240 kr/inv`. */
export interface Per {
  /** The count the rate is per (1 000 in `per 1 000 invånare`); absent when the text names none (`per invånare`). */
  readonly antal?: number;
  readonly ord: string;
}

/** A number as read, with what was written beside it. */
export interface Tal {
  /** The value; a share is a fraction (10,5 % → 0.105, 7 ‰ → 0.007). */
  readonly varde: number;
  /** Written as a share (%, procent, pct, ‰, promille): `varde` is a fraction and is shown as a percentage. */
  readonly procent: boolean;
  /** Written in thousandths (‰, promille), and shown so. */
  readonly promille?: boolean;
  /**
   * Written in percentage points (`2 procentenheter`, `2 pe`, `2 %-enheter`): a difference of two shares, `varde` a
   * fraction as for a percentage (2 procentenheter → 0.02), shown in procentenheter.
   */
  readonly procentenheter?: boolean;
  readonly enhet?: Enhet;
  readonly per?: Per;
}

/** A plain number, or a share when `procent`. */
export const tal = (varde: number, procent = false, enhet?: Enhet): Tal =>
  enhet === undefined ? { varde, procent } : { varde, procent, enhet };

/** `t` with another value; unit, share and rate kept. */
export const medVarde = (t: Tal, varde: number): Tal => ({ ...t, varde });

/** What a cell or text holds: a number, no value (a marker of §1, or blank), or something unreadable. */
export type LastTal =
  | ({ readonly typ: "tal" } & Tal)
  | { readonly typ: "saknas"; readonly markor: string }
  | { readonly typ: "fel"; readonly orsak: string };

/** A number found at some place in a text, and the index just after it (and its unit). */
export interface TalIText {
  readonly tal: Tal;
  readonly slut: number;
}

const MARKORER: ReadonlySet<string> = new Set(SAKNAS_MARKORER);
const LANGSTA_MARKOR = Math.max(...SAKNAS_MARKORER.map((m) => m.length));

/** Is this text (already cleaned and in lower case) one of the "no value" markers of §1? */
export const arSaknasMarkor = (s: string): boolean => s.length <= LANGSTA_MARKOR && MARKORER.has(s);

/** The unit words by their first character, longest first, so that `tusen kronor` wins over nothing shorter. */
const ENHETER_EFTER_FORSTA_TECKEN: ReadonlyMap<string, readonly (readonly [string, Enhetsbetydelse])[]> = (() => {
  const karta = new Map<string, [string, Enhetsbetydelse][]>();
  for (const [ord, betydelse] of Object.entries(ENHETSORD)) {
    const lista = karta.get(ord[0]) ?? [];
    lista.push([ord, betydelse]);
    karta.set(ord[0], lista);
  }
  for (const lista of karta.values()) lista.sort((a, b) => b[0].length - a[0].length);
  return karta;
})();

/** The unit word at `i` of `s`, ending where no letter follows (`%` and `‰` need no such end). */
function enhetsordVid(s: string, i: number): readonly [string, Enhetsbetydelse] | undefined {
  for (const post of ENHETER_EFTER_FORSTA_TECKEN.get(s.charAt(i)) ?? []) {
    const [ord] = post;
    if (!s.startsWith(ord, i)) continue;
    if (arBokstav(kod(ord, 0)) && arBokstav(kod(s, i + ord.length))) continue;
    return post;
  }
  return undefined;
}

const arTecken = (c: number): boolean => c === 43 || c === 45 || c === 0x2212 || c === 0x2013;

/** 10^k, exact in a double up to k = 22. */
const TIOPOTENS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Where the digits from `i` end, thousands separated by single spaces (`1 700 000`). */
function slutPaHeltal(s: string, i: number): number {
  let slut = i;
  while (arSiffra(kod(s, slut))) slut++;
  if (slut - i < 1 || slut - i > 3) return slut;
  // A group is a space and exactly three digits: "1 700 000", never "2024 100".
  while (
    kod(s, slut) === 32 &&
    arSiffra(kod(s, slut + 1)) &&
    arSiffra(kod(s, slut + 2)) &&
    arSiffra(kod(s, slut + 3)) &&
    !arSiffra(kod(s, slut + 4))
  ) {
    slut += 4;
  }
  return slut;
}

/** Where the digits from `i` end (decimals: no grouping). */
function slutPaSiffror(s: string, i: number): number {
  let slut = i;
  while (arSiffra(kod(s, slut))) slut++;
  return slut;
}

/**
 * The value of the integer digits from `heltal` to `decimaler` (spaces between groups skipped) and the decimals
 * from `decimaler` to `slut`: the same double as `Number("123.45")`. When all digits fit in 15 the integer they make
 * is exact, and one division by an exact power of ten rounds correctly; longer ones are left to Number().
 */
function decimaltal(s: string, heltal: number, heltalSlut: number, decimaler: number, slut: number): number {
  let mantissa = 0;
  let antal = 0;
  for (let i = heltal; i < slut; i++) {
    const c = kod(s, i);
    if (!arSiffra(c)) continue; // a group's space, the decimal comma
    mantissa = mantissa * 10 + (c - 48);
    antal++;
  }
  const antalDecimaler = slut - decimaler;
  if (antal <= 15) return mantissa / TIOPOTENS[antalDecimaler];
  // Number() reads "5." and ".5" as well: an empty side needs no "0".
  return Number(`${s.slice(heltal, heltalSlut).replace(/ /g, "")}.${s.slice(decimaler, slut)}`);
}

/**
 * The number at `start` of `s` (cleaned, lower case), with its sign, unit and rate; undefined when no number
 * starts there. Reads, in order:
 * - a sign: `+`, `-`, `−` or `–`, directly or with one space before the digits (`–1,2 mkr`, `− 5`);
 * - digits, thousands separated by spaces, then a decimal comma or point and decimals (`1 700 000,5`), or
 *   kronor:öre (`22:16` = 22,16, as skattesatser are written);
 * - after at most one space, a share or a unit of ENHETSORD (`%`, `‰`, `procent`, `mnkr`, `st.`);
 * - a rate: `/` or `per`, a number and a word (`855 st./100 000 inv`, `12 per 1 000 invånare`).
 * Stateless: the same text gives the same answer wherever it is read from.
 */
export function lasTalVid(s: string, start: number): TalIText | undefined {
  let i = start;
  let negativ = false;
  if (arTecken(kod(s, i))) {
    negativ = kod(s, i) !== 43;
    i++;
    if (kod(s, i) === 32) i++;
  }
  const heltalStart = i;
  const heltalSlut = slutPaHeltal(s, i);
  i = heltalSlut;
  let decimalStart = i;
  const c = kod(s, i);
  const kronorOre = c === 58 && i > heltalStart && slutPaSiffror(s, i + 1) === i + 3;
  if (((c === 44 || c === 46) && arSiffra(kod(s, i + 1))) || kronorOre) {
    // A decimal comma or point; or kronor:öre, as skattesatser are written: 22:16 is 22,16.
    decimalStart = i + 1;
    i = slutPaSiffror(s, decimalStart);
  }
  if (i === heltalStart) return undefined;
  let varde = decimaltal(s, heltalStart, heltalSlut, decimalStart, i);
  if (negativ) varde = -varde;

  let procent = false;
  let promille = false;
  let procentenheter = false;
  let enhet: Enhet | undefined;
  const efterBlanksteg = kod(s, i) === 32 ? i + 1 : i;
  // Most numbers end their text: then no unit and no rate follows.
  if (efterBlanksteg >= s.length) return Number.isFinite(varde) ? { tal: { varde, procent }, slut: i } : undefined;
  const enhetsord = enhetsordVid(s, efterBlanksteg);
  if (enhetsord !== undefined) {
    const [ord, betydelse] = enhetsord;
    i = efterBlanksteg + ord.length;
    if ("andel" in betydelse) {
      procent = true;
      promille = betydelse.andel === "promille";
      procentenheter = betydelse.andel === "procentenheter";
      varde /= promille ? 1000 : 100;
    } else {
      enhet = betydelse.enhet;
      if (enhet === "st" && kod(s, i) === 46) i++; // "st." takes its full stop
    }
  }
  if (!Number.isFinite(varde)) return undefined;

  const rate = lasPer(s, i);
  if (rate === undefined && !promille && !procentenheter) {
    return { tal: enhet ? { varde, procent, enhet } : { varde, procent }, slut: i };
  }
  const t: Tal = {
    varde,
    procent,
    ...(promille && { promille }),
    ...(procentenheter && { procentenheter }),
    ...(enhet && { enhet }),
    ...(rate && { per: rate.per }),
  };
  return { tal: t, slut: rate ? rate.slut : i };
}

/**
 * A rate at `i`: `/100 000 inv`, ` per 1 000 invånare`, ` per invånare`, `/inv`; a word must follow `/` or `per`,
 * with or without a number before it.
 */
function lasPer(s: string, i: number): { per: Per; slut: number } | undefined {
  if (i >= s.length) return undefined;
  let j = kod(s, i) === 32 ? i + 1 : i;
  let ord: string | undefined;
  for (const p of PER_ORD) {
    // "/" needs no end; "per" must end as a word ("per 1 000", not "personal").
    if (s.startsWith(p, j) && !(arBokstav(kod(p, 0)) && arBokstav(kod(s, j + p.length)))) ord = p;
  }
  if (ord === undefined) return undefined;
  j += ord.length;
  if (kod(s, j) === 32) j++;
  const antalStart = j;
  j = slutPaHeltal(s, j);
  const antal = j === antalStart ? undefined : decimaltal(s, antalStart, j, j, j);
  if (antal !== undefined && kod(s, j) === 32) j++;
  const ordStart = j;
  while (arBokstav(kod(s, j))) j++;
  if (j === ordStart) return undefined;
  const namn = s.slice(ordStart, j);
  if (kod(s, j) === 46) j++; // "inv."
  return { per: antal === undefined ? { ord: namn } : { antal, ord: namn }, slut: j };
}

/** A Tal as the LastTal of a readable cell. */
function lastTal(t: Tal): LastTal {
  if (t.per || t.promille || t.procentenheter) return { typ: "tal", ...t };
  return t.enhet
    ? { typ: "tal", varde: t.varde, procent: t.procent, enhet: t.enhet }
    : { typ: "tal", varde: t.varde, procent: t.procent };
}

/**
 * Reads a whole text as one number (§2): `10,5 %` → 0.105, `−7 972` → −7972, `8,0 mnkr` → 8 mnkr, `7 ‰` →
 * 0.007. A marker of §1 (and blank text) is "saknas", anything else that is not exactly one number is "fel"
 * with a reason quoting the text.
 */
export function lasTal(text: string): LastTal {
  // A cell that already is one clean number in lower case ("10,5 %", "1 700 000") is read as it is.
  const direkt = lasTalVid(text, 0);
  if (direkt !== undefined && direkt.slut === text.length) return lastTal(direkt.tal);
  const rent = rensaText(text);
  const s = rent.toLowerCase();
  const hittat = lasTalVid(s, 0);
  if (hittat !== undefined && hittat.slut === s.length) return lastTal(hittat.tal);
  if (s === "") return { typ: "saknas", markor: "" };
  if (arSaknasMarkor(s)) return { typ: "saknas", markor: rent };
  return { typ: "fel", orsak: `Kan inte läsa "${rent}" som ett tal` };
}
