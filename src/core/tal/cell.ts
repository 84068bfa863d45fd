/** A cell value as the core sees it: what Excel passes, already free of Office types. */
import { lasTal, type LastTal } from "./tal";
import { rensaText } from "./text";
import { Cache } from "../cache";

export type Cellvarde = number | string | boolean | null | undefined;

const TOM: LastTal = Object.freeze({ typ: "saknas", markor: "" });

/**
 * Reads a single cell (spec §2): a number as it is (a cell formatted as % already holds the fraction), text the
 * Swedish way, blank as missing, SANT/FALSKT as an error.
 */
export function lasCell(varde: Cellvarde): LastTal {
  if (varde === null || varde === undefined) return TOM;
  if (typeof varde === "number") {
    return Number.isFinite(varde) ? { typ: "tal", varde, procent: false } : { typ: "fel", orsak: "Ogiltigt tal" };
  }
  if (typeof varde === "boolean") return { typ: "fel", orsak: `${varde ? "SANT" : "FALSKT"} är inget tal` };
  return TEXTER.hamta(varde, lasTalFryst);
}

/**
 * Numbers written as text, read once while they are in use: a sheet recalculates the same cells, and several
 * functions read the same utfall. The reading is pure; the shared result must not be changed.
 */
const TEXTER = new Cache<LastTal>(1000);
const lasTalFryst = (text: string): LastTal => Object.freeze(lasTal(text));

/** Blank: no value, or text of nothing but white space and invisible characters. */
export const arTom = (varde: Cellvarde): boolean =>
  varde === null || varde === undefined || (typeof varde === "string" && rensaText(varde) === "");
