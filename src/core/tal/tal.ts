/** Reading numbers the Swedish way (spec §2). */
import { kod, vikBlanksteg } from "./text";

export type Enhet = "st" | "timmar" | "dagar" | "kr" | "tkr" | "mnkr" | "mdkr";
export const PENGAENHETER: ReadonlySet<Enhet> = new Set(["kr", "tkr", "mnkr", "mdkr"]);

/** A number read from text; `procent` is true when it was written with % (value is a fraction). */
export interface Tal {
  readonly varde: number;
  readonly procent: boolean;
  readonly enhet?: Enhet;
}

/**
 * Every Tal is made here: the same fields in the same order give V8 one hidden class for all of them,
 * which keeps the status rules' reads of `varde` fast.
 */
export const tal = (varde: number, procent = false, enhet?: Enhet): Tal => ({ varde, procent, enhet });

/** `t` with another value, same unit. */
export const medVarde = (t: Tal, varde: number): Tal => tal(varde, t.procent, t.enhet);

/** `t` shown as a percentage. */
export const somProcent = (t: Tal): Tal => tal(t.varde, true, t.enhet);

export type LastTal =
  | ({ readonly typ: "tal" } & Tal)
  | { readonly typ: "saknas"; readonly markor: string }
  | { readonly typ: "fel"; readonly orsak: string };

const MARKORER = new Set(["i.u", "i.u.", "iu", "x", "lk", "-", "–", "—", "−", "..", ".", "saknas", "uppgift saknas"]);

interface Enhetsord {
  readonly ord: string;
  readonly enhet: Enhet | "procent";
}

/** Unit words after a number, lower case; "procent" makes the number a percentage. */
const ENHETSORD: readonly Enhetsord[] = [
  ["procent", "procent"],
  ["st", "st"],
  ["timmar", "timmar"],
  ["tim", "timmar"],
  ["h", "timmar"],
  ["dagar", "dagar"],
  ["kr", "kr"],
  ["tkr", "tkr"],
  ["mnkr", "mnkr"],
  ["mkr", "mnkr"],
  ["mdkr", "mdkr"],
  ["mdr", "mdkr"],
].map(([ord, enhet]) => ({ ord, enhet: enhet as Enhet | "procent" }));

/** The unit words by first letter (a = 0 … z = 25), longest first; most letters start none. */
const EFTER_FORSTA_BOKSTAV: readonly (readonly Enhetsord[])[] = Array.from({ length: 26 }, (_, b) =>
  ENHETSORD.filter(({ ord }) => ord.charCodeAt(0) - 97 === b).sort((x, y) => y.ord.length - x.ord.length),
);

/**
 * The unit word at `start` of `s`, whose first code unit is `c`, in any case: a word that is one of them and
 * is not followed by another letter. Compared in place, and only against the words with that first letter.
 */
function enhetsord(s: string, start: number, c: number): Enhetsord | undefined {
  const b = (c | 0x20) - 97;
  if (b < 0 || b > 25) return undefined;
  const kandidater = EFTER_FORSTA_BOKSTAV[b];
  for (let k = 0; k < kandidater.length; k++) {
    const kandidat = kandidater[k];
    const ord = kandidat.ord;
    let i = 1;
    while (i < ord.length && (kod(s, start + i) | 0x20) === ord.charCodeAt(i)) i++;
    if (i === ord.length && !arBokstav(kod(s, start + i))) return kandidat;
  }
  return undefined;
}

/** A number found in a text, and the index just after it (and its unit). */
export interface TalIText {
  readonly tal: Tal;
  readonly slut: number;
}

/** Is this text, already folded and lower-cased, one of the "no value" markers of spec §1? */
export const arMarkorNormaliserad = (s: string): boolean => MARKORER.has(s);

/** A LastTal that is a number, its fields in the order of every Tal. */
export const lastTal = (varde: number, procent = false, enhet?: Enhet): LastTal => ({
  typ: "tal",
  varde,
  procent,
  enhet,
});

/**
 * Reads a Swedish number text: `10,5 %` → 0.105, `−7 972` → -7972, `8,0 mnkr` → 8 mnkr. With `procentform`
 * the number is shown as a percentage also when written without %.
 */
export function lasTal(text: string, procentform = false): LastTal {
  // A text read to its end has no white space to fold: the usual cell never pays for vikBlanksteg.
  const l = LASARE;
  if (l.las(text, 0) && l.slut === text.length) return lastTal(l.varde, l.procent || procentform, l.enhet);
  const s = vikBlanksteg(text);
  if (s !== text && l.las(s, 0) && l.slut === s.length) return lastTal(l.varde, l.procent || procentform, l.enhet);
  if (s === "") return { typ: "saknas", markor: "" };
  if (arMarkorNormaliserad(s.toLowerCase())) return { typ: "saknas", markor: s };
  return { typ: "fel", orsak: `Kan inte läsa "${s}" som ett tal` };
}

const arSiffra = (s: string, i: number): boolean => {
  const c = kod(s, i);
  return c >= 48 && c <= 57;
};

/** a–z, å, ä, ö in either case. */
const arBokstav = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 229 ||
  c === 228 ||
  c === 246 ||
  c === 197 ||
  c === 196 ||
  c === 214;

/** 10^k, exact in a double up to k = 22. */
const TIOPOTENS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Can a number start with this code unit: a digit, a sign (+ - − –) or a decimal comma or point? */
export const kanBorjaTal = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 0x2212 || c === 0x2013 || c === 44 || c === 46;

/**
 * The number reader, a small scanner rather than regexes: this is the hot path of every KPI function.
 * What it read is left in its fields, so reading allocates nothing and a caller makes a Tal only of the
 * number it keeps. Each module holds its own reader; its fields are read right after `las`.
 */
export class TalLasare {
  varde = 0;
  procent = false;
  enhet: Enhet | undefined = undefined;
  /** The index just after the number (and its unit). */
  slut = 0;

  /** Reads a number with optional sign and unit at `start` of `s` (white space already folded; any case). */
  las(s: string, start: number): boolean {
    // `c` is always the code unit at i: each character is read once on the usual path.
    let i = start;
    let c = kod(s, i);
    let negativ = false;
    if (c === 43 || c === 45 || c === 0x2212 || c === 0x2013) {
      negativ = c !== 43;
      c = kod(s, ++i);
      if (c === 32) c = kod(s, ++i);
    }
    const heltalStart = i;
    let siffervarde = 0;
    for (; c >= 48 && c <= 57; c = kod(s, ++i)) siffervarde = siffervarde * 10 + (c - 48);
    let grupperat = false;
    if (c === 32 && i - heltalStart >= 1 && i - heltalStart <= 3) {
      // Thousands separated by spaces: 1 700 000.
      while (c === 32 && arSiffra(s, i + 1) && arSiffra(s, i + 2) && arSiffra(s, i + 3) && !arSiffra(s, i + 4)) {
        const grupp = (kod(s, i + 1) - 48) * 100 + (kod(s, i + 2) - 48) * 10 + (kod(s, i + 3) - 48);
        siffervarde = siffervarde * 1000 + grupp;
        i += 4;
        c = kod(s, i);
        grupperat = true;
      }
    }
    const heltalSlut = i;
    let decimalStart = -1;
    let mantissa = siffervarde;
    if (c === 44 || c === 46) {
      const forsta = kod(s, i + 1);
      if (forsta >= 48 && forsta <= 57) {
        decimalStart = ++i;
        for (c = forsta; c >= 48 && c <= 57; c = kod(s, ++i)) mantissa = mantissa * 10 + (c - 48);
      }
    }
    if (heltalSlut === heltalStart && decimalStart < 0) return false;
    const decimaler = decimalStart < 0 ? 0 : i - decimalStart;
    let varde: number;
    if (mantissa <= Number.MAX_SAFE_INTEGER && decimaler <= 22) {
      // Both exact, so one division rounds correctly: the same double as Number("123.45").
      varde = decimaler === 0 ? mantissa : mantissa / TIOPOTENS[decimaler];
    } else {
      // Very long digit strings: let Number() round them.
      let heltal = heltalSlut === heltalStart ? "0" : s.slice(heltalStart, heltalSlut);
      if (grupperat) heltal = heltal.replace(/ /g, "");
      varde = decimaler === 0 ? +heltal : +`${heltal}.${s.slice(decimalStart, i)}`;
    }
    if (negativ) varde = -varde;

    let procent = false;
    let enhet: Enhet | undefined;
    let j = i;
    if (c === 32) c = kod(s, ++j);
    if (c === 37) {
      procent = true;
      i = j + 1;
    } else if (c >= 65) {
      const ord = enhetsord(s, j, c);
      if (ord !== undefined) {
        j += ord.ord.length;
        if (ord.enhet === "procent") procent = true;
        else enhet = ord.enhet;
        i = ord.enhet === "st" && kod(s, j) === 46 ? j + 1 : j; // "st." takes its full stop
      }
    }
    if (procent) varde /= 100;
    if (!Number.isFinite(varde)) return false;
    this.varde = varde;
    this.procent = procent;
    this.enhet = enhet;
    this.slut = i;
    return true;
  }

  /** The number read last, as a Tal. */
  tal(): Tal {
    return tal(this.varde, this.procent, this.enhet);
  }
}

const LASARE = new TalLasare();

/** A number with optional sign and unit at `start` of `s`, and where it ends; for callers off the hot path. */
export function lasTalIText(s: string, start: number): TalIText | undefined {
  return LASARE.las(s, start) ? { tal: LASARE.tal(), slut: LASARE.slut } : undefined;
}
