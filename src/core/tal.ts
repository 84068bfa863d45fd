/** Reading numbers the Swedish way (spec §2). */

export type Enhet = "st" | "timmar" | "dagar" | "kr" | "tkr" | "mnkr" | "mdkr";
export const PENGAENHETER: ReadonlySet<Enhet> = new Set(["kr", "tkr", "mnkr", "mdkr"]);

/** A number read from text; `procent` is true when it was written with % (value is a fraction). */
export interface Tal {
  readonly varde: number;
  readonly procent: boolean;
  readonly enhet?: Enhet;
}

export type LastTal =
  | ({ readonly typ: "tal" } & Tal)
  | { readonly typ: "saknas"; readonly markor: string }
  | { readonly typ: "fel"; readonly orsak: string };

const MARKORER = new Set(["i.u", "i.u.", "iu", "x", "lk", "-", "–", "—", "−", "..", ".", "saknas", "uppgift saknas"]);

const ENHETER: Readonly<Record<string, Enhet>> = {
  st: "st",
  "st.": "st",
  timmar: "timmar",
  tim: "timmar",
  h: "timmar",
  dagar: "dagar",
  kr: "kr",
  tkr: "tkr",
  mnkr: "mnkr",
  mkr: "mnkr",
  mdkr: "mdkr",
  mdr: "mdkr",
};

/** Is this UTF-16 unit white space in the sense of JavaScript's `\s` (and `trim`)? */
function arBlanksteg(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** White space of every kind (NBSP, narrow NBSP, thin space...) folded to one space, ends trimmed. */
export function vikBlanksteg(text: string): string {
  // One scan: most cells have nothing to fold and are returned as they are.
  const sista = text.length - 1;
  for (let i = 0; i <= sista; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i === 0 || i === sista || text.charCodeAt(i + 1) === 32 : arBlanksteg(c)) {
      return text.trim().replace(/\s+/g, " ");
    }
  }
  return text;
}

/** Is this text one of the "no value" markers of spec §1? */
export function arMarkor(text: string): boolean {
  return MARKORER.has(text) || MARKORER.has(vikBlanksteg(text).toLowerCase());
}

/** Reads a Swedish number text: `10,5 %` → 0.105, `−7 972` → -7972, `8,0 mnkr` → 8 mnkr. */
export function lasTal(text: string): LastTal {
  const s = vikBlanksteg(text);
  if (s === "") return { typ: "saknas", markor: "" };
  const matchat = lasTalIText(s, 0);
  if (matchat && matchat.slut === s.length) {
    const { varde, procent, enhet } = matchat.tal;
    return enhet ? { typ: "tal", varde, procent, enhet } : { typ: "tal", varde, procent };
  }
  if (MARKORER.has(s.toLowerCase())) return { typ: "saknas", markor: s };
  return { typ: "fel", orsak: `Kan inte läsa "${s}" som ett tal` };
}

const arSiffra = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
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

/**
 * A number with optional sign and unit at `start` of `s` (white space already folded; any case).
 * A small scanner rather than regexes: this is the hot path of every KPI function.
 */
export function lasTalIText(s: string, start: number): { tal: Tal; slut: number } | undefined {
  let i = start;
  let negativ = false;
  const tecken = s.charCodeAt(i);
  if (tecken === 43 || tecken === 45 || tecken === 0x2212 || tecken === 0x2013) {
    negativ = tecken !== 43;
    i++;
    if (s.charCodeAt(i) === 32) i++;
  }
  const heltalStart = i;
  let siffervarde = 0;
  for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i)) siffervarde = siffervarde * 10 + (c - 48);
  let grupperat = false;
  if (i - heltalStart >= 1 && i - heltalStart <= 3) {
    // Thousands separated by spaces: 1 700 000.
    while (
      s.charCodeAt(i) === 32 &&
      arSiffra(s, i + 1) &&
      arSiffra(s, i + 2) &&
      arSiffra(s, i + 3) &&
      !arSiffra(s, i + 4)
    ) {
      const grupp = (s.charCodeAt(i + 1) - 48) * 100 + (s.charCodeAt(i + 2) - 48) * 10 + (s.charCodeAt(i + 3) - 48);
      siffervarde = siffervarde * 1000 + grupp;
      i += 4;
      grupperat = true;
    }
  }
  const heltalSlut = i;
  let decimalStart = -1;
  let mantissa = siffervarde;
  const komma = s.charCodeAt(i);
  if ((komma === 44 || komma === 46) && arSiffra(s, i + 1)) {
    decimalStart = ++i;
    for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i)) mantissa = mantissa * 10 + (c - 48);
  }
  if (heltalSlut === heltalStart && decimalStart < 0) return undefined;
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
  let j = s.charCodeAt(i) === 32 ? i + 1 : i;
  if (s.charCodeAt(j) === 37) {
    procent = true;
    i = j + 1;
  } else if (arBokstav(s.charCodeAt(j))) {
    const ordStart = j;
    while (arBokstav(s.charCodeAt(j))) j++;
    const ord = s.slice(ordStart, j).toLowerCase();
    if (ord === "procent") {
      procent = true;
      i = j;
    } else if (ord === "st" && s.charCodeAt(j) === 46) {
      enhet = "st";
      i = j + 1;
    } else if (ENHETER[ord] !== undefined) {
      enhet = ENHETER[ord];
      i = j;
    }
  }
  if (procent) varde /= 100;
  if (!Number.isFinite(varde)) return undefined;
  return { tal: enhet ? { varde, procent, enhet } : { varde, procent }, slut: i };
}
