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

const SARSKILDA_BLANKSTEG = /[^\S ]| {2}/;

/** White space of every kind (NBSP, narrow NBSP, thin space...) folded to one space. */
export function vikBlanksteg(text: string): string {
  const s = text.trim();
  return SARSKILDA_BLANKSTEG.test(s) ? s.replace(/\s+/g, " ") : s;
}

/** Is this text one of the "no value" markers of spec §1? */
export function arMarkor(text: string): boolean {
  return MARKORER.has(text) || MARKORER.has(vikBlanksteg(text).toLowerCase());
}

/** Reads a Swedish number text: `10,5 %` → 0.105, `−7 972` → -7972, `8,0 mnkr` → 8 mnkr. */
export function lasTal(text: string): LastTal {
  const s = vikBlanksteg(text);
  if (s === "") return { typ: "saknas", markor: "" };
  const lower = s.toLowerCase();
  const matchat = lasTalIText(lower, 0);
  if (matchat && matchat.slut === lower.length) return { typ: "tal", ...matchat.tal };
  if (MARKORER.has(lower)) return { typ: "saknas", markor: s };
  return { typ: "fel", orsak: `Kan inte läsa "${s}" som ett tal` };
}

const arSiffra = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

const arBokstav = (c: number): boolean => (c >= 97 && c <= 122) || c === 229 || c === 228 || c === 246;

/**
 * A number with optional sign and unit at `start` of `s` (already folded and lower-cased).
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
      siffervarde = siffervarde * 1000 + +s.slice(i + 1, i + 4);
      i += 4;
      grupperat = true;
    }
  }
  const heltalSlut = i;
  let decimalStart = -1;
  const komma = s.charCodeAt(i);
  if ((komma === 44 || komma === 46) && arSiffra(s, i + 1)) {
    decimalStart = i + 1;
    i++;
    while (arSiffra(s, i)) i++;
  }
  if (heltalSlut === heltalStart && decimalStart < 0) return undefined;
  let varde: number;
  if (decimalStart < 0 && siffervarde <= Number.MAX_SAFE_INTEGER) {
    varde = siffervarde; // exact: an integer below 2^53
  } else {
    // Decimals (or huge integers): let Number() round the digit string correctly.
    let heltal = heltalSlut === heltalStart ? "0" : s.slice(heltalStart, heltalSlut);
    if (grupperat) heltal = heltal.replace(/ /g, "");
    varde = decimalStart < 0 ? +heltal : +`${heltal}.${s.slice(decimalStart, i)}`;
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
    const ord = s.slice(ordStart, j);
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
