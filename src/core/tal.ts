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

/** White space of every kind (NBSP, narrow NBSP, thin space...) folded to one space. */
export function vikBlanksteg(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u2009\u202f\u200a]+/g, " ").trim();
}

const TAL_RE = /^([+\-−–]) ?|^/;
const SIFFROR_RE = /^(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?|^[.,](\d+)/;

/** Is this text one of the "no value" markers of spec §1? */
export function arMarkor(text: string): boolean {
  return MARKORER.has(vikBlanksteg(text).toLowerCase());
}

/** Reads a Swedish number text: `10,5 %` → 0.105, `−7 972` → -7972, `8,0 mnkr` → 8 mnkr. */
export function lasTal(text: string): LastTal {
  const s = vikBlanksteg(text);
  if (s === "") return { typ: "saknas", markor: "" };
  const lower = s.toLowerCase();
  if (MARKORER.has(lower)) return { typ: "saknas", markor: s };
  const matchat = lasTalIText(lower, 0);
  if (matchat && matchat.slut === lower.length) return { typ: "tal", ...matchat.tal };
  return { typ: "fel", orsak: `Kan inte läsa "${s}" som ett tal` };
}

/** A number with optional sign and unit at `start` of `s` (already folded and lower-cased). */
export function lasTalIText(s: string, start: number): { tal: Tal; slut: number } | undefined {
  const rest = s.slice(start);
  const tecken = TAL_RE.exec(rest);
  const teckenLangd = tecken ? tecken[0].length : 0;
  const negativ = tecken?.[1] !== undefined && tecken[1] !== "+";
  const siffror = SIFFROR_RE.exec(rest.slice(teckenLangd));
  if (!siffror) return undefined;
  const heltal = siffror[1] !== undefined ? siffror[1].replace(/ /g, "") : "0";
  const decimaler = siffror[2] ?? siffror[3] ?? "";
  let varde = Number(decimaler ? `${heltal}.${decimaler}` : heltal);
  if (negativ) varde = -varde;
  let pos = start + teckenLangd + siffror[0].length;
  const suffix = /^ ?(%|procent(?![a-zåäö])|st\.|[a-zåäö]+)/.exec(s.slice(pos));
  let procent = false;
  let enhet: Enhet | undefined;
  if (suffix) {
    const ord = suffix[1];
    if (ord === "%" || ord === "procent") {
      procent = true;
      varde /= 100;
      pos += suffix[0].length;
    } else if (ENHETER[ord] !== undefined) {
      enhet = ENHETER[ord];
      pos += suffix[0].length;
    }
  }
  if (!Number.isFinite(varde)) return undefined;
  return { tal: enhet ? { varde, procent, enhet } : { varde, procent }, slut: pos };
}
