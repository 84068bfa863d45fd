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

// Sticky patterns read in place at an index, without slicing the text.
const TAL_Y = /([+\-−–] ?)?(?:(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?|[.,](\d+))/y;
const SUFFIX_Y = / ?(%|procent(?![a-zåäö])|st\.|[a-zåäö]+)/y;

/** Is this text one of the "no value" markers of spec §1? */
export function arMarkor(text: string): boolean {
  return MARKORER.has(vikBlanksteg(text).toLowerCase());
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

/** A number with optional sign and unit at `start` of `s` (already folded and lower-cased). */
export function lasTalIText(s: string, start: number): { tal: Tal; slut: number } | undefined {
  TAL_Y.lastIndex = start;
  const m = TAL_Y.exec(s);
  if (!m) return undefined;
  const heltal = m[2] === undefined ? "0" : m[2].length > 3 && m[2].includes(" ") ? m[2].replace(/ /g, "") : m[2];
  const decimaler = m[3] ?? m[4];
  let varde = decimaler === undefined ? +heltal : +`${heltal}.${decimaler}`;
  if (m[1] !== undefined && m[1][0] !== "+") varde = -varde;
  let pos = TAL_Y.lastIndex;
  let procent = false;
  let enhet: Enhet | undefined;
  if (pos < s.length) {
    SUFFIX_Y.lastIndex = pos;
    const suffix = SUFFIX_Y.exec(s);
    if (suffix) {
      const ord = suffix[1];
      if (ord === "%" || ord === "procent") {
        procent = true;
        varde /= 100;
        pos = SUFFIX_Y.lastIndex;
      } else if (ENHETER[ord] !== undefined) {
        enhet = ENHETER[ord];
        pos = SUFFIX_Y.lastIndex;
      }
    }
  }
  if (!Number.isFinite(varde)) return undefined;
  return { tal: enhet ? { varde, procent, enhet } : { varde, procent }, slut: pos };
}
