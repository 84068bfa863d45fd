/**
 * Reading back the formulas Målkoll writes, as Excel returns them in Range.formulas (the invariant language: English
 * function names, "," between arguments, "." as decimal point; @types/office-js, Range.formulas). Only the shapes
 * Målkoll writes need to be read: a function call whose arguments are empty, a string, a number, #REF!, a reference
 * to a cell or a rectangle on the same sheet, a value cell wrapped as core/tabell/omvandling.ts writes it, or a
 * call of the same kind. Anything else is not Målkoll's.
 */

/** A reference `A1`, `$A$1:$A$9`, or #REF! where Excel removed the cells. Rows and columns are 0-based. */
export type Referensargument =
  | { readonly typ: "fel" }
  | {
      readonly typ: "ref";
      readonly rad1: number;
      readonly kolumn1: number;
      readonly rad2: number;
      readonly kolumn2: number;
      /** True when every part of the reference has a $ (absolute), false when none has. */
      readonly absolut: boolean;
      /** A rectangle (`A1:B2`, also `A1:A1`) rather than one cell (`A1`). */
      readonly omrade: boolean;
    };

/** One argument of a call. */
export type Formelargument =
  | { readonly typ: "tom" }
  | { readonly typ: "text"; readonly varde: string }
  | { readonly typ: "tal"; readonly text: string }
  | Referensargument
  /**
   * A value cell read through its number format or header (core/tabell/omvandling.ts, formelargument):
   * `IF(ISNUMBER(F10),F10*100&" %",F10&"")`, the same reference three times.
   */
  | {
      readonly typ: "omvandlad";
      readonly ref: Referensargument;
      /** 100 for a cell formatted as percent, else 1. */
      readonly faktor: number;
      /** The text after the number: "%", "tkr"… */
      readonly enhet: string;
    }
  /** A call inside the call: `KPI.SAMMANVAGD(KPI.SAMMANVAGD.INDIKATORER(…),…)`. */
  | { readonly typ: "anrop"; readonly anrop: Funktionsanrop };

export interface Funktionsanrop {
  /** The function's name as written, e.g. `KPI.MALUPPFYLLELSE`. */
  readonly funktion: string;
  readonly argument: readonly Formelargument[];
}

const CELL = /^(\$?)([A-Z]{1,3})(\$?)([1-9]\d{0,6})$/;

function kolumnNr(bokstaver: string): number {
  let k = 0;
  for (const t of bokstaver) k = k * 26 + (t.charCodeAt(0) - 64);
  return k - 1;
}

/** A reference `A1`, `$A$1:$A$9` or #REF!; undefined for anything else, also for mixed $ markers. */
function tolkaReferens(text: string): Referensargument | undefined {
  if (text === "#REF!") return { typ: "fel" };
  const [a, b, ...rest] = text.split(":");
  if (rest.length > 0) return undefined;
  const ma = CELL.exec(a);
  const mb = CELL.exec(b ?? a);
  if (!ma || !mb) return undefined;
  const markorer = [ma[1], ma[3], mb[1], mb[3]];
  const absolut = markorer.every((m) => m === "$");
  if (!absolut && markorer.some((m) => m === "$")) return undefined;
  return {
    typ: "ref",
    rad1: Number(ma[4]) - 1,
    kolumn1: kolumnNr(ma[2]),
    rad2: Number(mb[4]) - 1,
    kolumn2: kolumnNr(mb[2]),
    absolut,
    omrade: b !== undefined,
  };
}

/** The wrapper formelargument writes around a value cell, with its reference, factor and unit. */
const OMVANDLAD = /^IF\(ISNUMBER\(([^(),"]+)\),([^(),"]+?)(\*100)?&" ([^"]+)",([^(),"]+)&""\)$/;

function tolkaArgument(text: string): Formelargument | undefined {
  if (text === "") return { typ: "tom" };
  if (/^"([^"]|"")*"$/.test(text)) return { typ: "text", varde: text.slice(1, -1).replace(/""/g, '"') };
  if (/^\d+(\.\d+)?$/.test(text)) return { typ: "tal", text };
  const o = OMVANDLAD.exec(text);
  if (o) {
    if (o[1] !== o[2] || o[1] !== o[5]) return undefined;
    const ref = tolkaReferens(o[1]);
    return ref && { typ: "omvandlad", ref, faktor: o[3] ? 100 : 1, enhet: o[4] };
  }
  const ref = tolkaReferens(text);
  if (ref) return ref;
  const anrop = tolkaUttryck(text);
  return anrop && { typ: "anrop", anrop };
}

/** `NAMN(a,b,…)` as a function and its arguments, each read by tolkaArgument. */
function tolkaUttryck(text: string): Funktionsanrop | undefined {
  const m = /^([A-Z][A-Z0-9.]*)\((.*)\)$/s.exec(text);
  if (!m) return undefined;
  const delar: string[] = [];
  let del = "";
  let iText = false;
  let djup = 0;
  for (const t of m[2]) {
    if (t === '"') iText = !iText;
    if (!iText) {
      if (t === " ") return undefined;
      if (t === "(") djup++;
      if (t === ")" && --djup < 0) return undefined;
      if (t === "," && djup === 0) {
        delar.push(del);
        del = "";
        continue;
      }
    }
    del += t;
  }
  if (iText || djup !== 0) return undefined;
  delar.push(del);
  const argument: Formelargument[] = [];
  for (const d of delar) {
    const a = tolkaArgument(d);
    if (!a) return undefined;
    argument.push(a);
  }
  return { funktion: m[1], argument };
}

/**
 * `=NAMN(a,b,…)` as a function and its arguments; undefined for any other formula (operators outside the value-cell
 * wrapper, references to other sheets, spaces outside strings). An argument may itself be a call, or the wrapper
 * `IF(ISNUMBER(F10),F10*100&" %",F10&"")` that formelargument writes.
 */
export function tolkaAnrop(formel: unknown): Funktionsanrop | undefined {
  if (typeof formel !== "string" || !formel.startsWith("=")) return undefined;
  return tolkaUttryck(formel.slice(1));
}

/** A string constant formula `="text"`: the text, else undefined. */
export function konstantText(formel: unknown): string | undefined {
  if (typeof formel !== "string") return undefined;
  const m = /^="((?:[^"]|"")*)"$/.exec(formel);
  return m ? m[1].replace(/""/g, '"') : undefined;
}

/** A text as a formula string literal: `Målet "A"` → `"Målet ""A"""`. */
export const textlitteral = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** A formula whose value is the text itself: `="Uppfyllt"`. */
export const textformel = (s: string): string => `=${textlitteral(s)}`;
