/** A cell value as the core sees it: what Excel passes, already free of Office types. */
import { lasTal, lastTal, type LastTal } from "./tal";
import { arBlanksteg } from "./text";

export type Cellvarde = number | string | boolean | null | undefined;

const TOM: LastTal = Object.freeze({ typ: "saknas", markor: "" });

/**
 * Reads a single cell: numbers as they are, text the Swedish way, blank as missing. With `procentform` a
 * number is shown as a percentage even when written without % (0,105 beside a percentage target).
 */
export function lasCell(varde: Cellvarde, procentform = false): LastTal {
  if (varde === null || varde === undefined) return TOM;
  if (typeof varde === "number") {
    return Number.isFinite(varde) ? lastTal(varde, procentform) : { typ: "fel", orsak: "Ogiltigt tal" };
  }
  if (typeof varde === "boolean") return { typ: "fel", orsak: `${varde ? "SANT" : "FALSKT"} är inget tal` };
  return lasTal(varde, procentform);
}

/** Blank: no value, or text of white space only (a text starting with anything else is never blank). */
export const arTom = (varde: Cellvarde): boolean =>
  varde === null ||
  varde === undefined ||
  (typeof varde === "string" && (varde.length === 0 || (arBlanksteg(varde.charCodeAt(0)) && varde.trim() === "")));
