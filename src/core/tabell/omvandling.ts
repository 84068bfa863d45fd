/**
 * How a cell of a value column (utfall, föregående, målvärde, gränsvärde) becomes the value the core judges, in
 * two forms that give the same value: as data, for the task pane's preview and the batch command, and as a formula
 * argument, for the live KPI formula the pane writes (spec §2: the live formula sees only values; spec §13.6).
 *
 * A number whose cell format or column header gives it a percentage or a unit is handed to the core as the text
 * a report would print: 0,105 in a cell formatted as % becomes "10,5 %", 6,3 under the header `Andel (%)` becomes
 * "6,3 %", 8 in a cell formatted `0.0 "mnkr"` becomes "8 mnkr". The core then reads it by its own rules (spec §2,
 * §6): the percentage scale, the money units and their conversion are never decided here.
 */
import type { Cellvarde } from "../tal/cell";
import type { Enhet } from "../tal/tal";
import { lasTalformat } from "./talformat";

/** Where a column's percentage or unit was read. */
export type Enhetskalla = "format" | "rubrik";

/**
 * One way of reading a number cell. With `enhetstext` "" the number goes to the core as it is; otherwise it is
 * multiplied by `faktor` and written as text followed by a space and `enhetstext`. Text, blank, SANT/FALSKT and
 * error cells always go as they are (blank as "", which the core reads as missing, as it does an empty cell).
 */
export interface Omvandling {
  /** 100 for a cell formatted as percent (it holds the fraction, the text shows points); otherwise 1. */
  readonly faktor: number;
  /** "%" or a unit word of spec §2 ("tkr", "mnkr", "st"…); "" when the number needs none. */
  readonly enhetstext: string;
  /** Where the percentage or unit came from; undefined for a plain number. */
  readonly kalla?: Enhetskalla;
}

/** A plain number: passed on as it is, and the formula argument is the cell reference itself. */
export const OFORANDRAD: Omvandling = Object.freeze({ faktor: 1, enhetstext: "" });

const omvandlingar = new Map<string, Omvandling>();

/** The one shared object for each reading, so that rows can hold them by the thousand and compare them by identity. */
function omvandling(faktor: number, enhetstext: string, kalla: Enhetskalla): Omvandling {
  const nyckel = `${faktor}|${enhetstext}|${kalla}`;
  let o = omvandlingar.get(nyckel);
  if (!o) {
    o = Object.freeze({ faktor, enhetstext, kalla });
    omvandlingar.set(nyckel, o);
  }
  return o;
}

/** What a column header says about its numbers: `Andel (%)` → "%", `Nettokostnad (tkr)` → "tkr". */
export type Rubrikenhet = "%" | Enhet;

/**
 * How one number cell is read, from its own number format first and then its column's header (spec §2):
 * - formatted as percent (`0.0%`): the cell holds the fraction → × 100, "%";
 * - a literal % in the format (`0.0" %"`) or a `(%)` header over a plain number: percentage points → "%";
 * - a unit in the format (`0.0 "mnkr"`, `[$kr-41D] #,##0`) or the header (`(tkr)`): that unit;
 * - otherwise the number as it is.
 */
export function omvandlingFor(format: string | undefined, rubrikenhet: Rubrikenhet | undefined): Omvandling {
  const f = lasTalformat(format);
  if (f.procent === "andel") return omvandling(100, "%", "format");
  if (f.procent === "punkter") return omvandling(1, "%", "format");
  if (f.enhet) return omvandling(1, f.enhet, "format");
  if (rubrikenhet) return omvandling(1, rubrikenhet, "rubrik");
  return OFORANDRAD;
}

/**
 * A number as Excel writes it when a formula joins it to text (`F10&" %"`): at most 15 significant digits
 * (Excel keeps 15: "Excel specifications and limits", Microsoft support), no thousands separator. Excel writes
 * the user's decimal separator (a comma in Swedish Excel); the core reads either, so the preview writes a point.
 */
export function somExceltext(tal: number): string {
  const text = String(tal);
  // Fifteen characters hold at most fifteen digits: the usual typed number needs no rounding.
  return text.length <= 15 ? text : String(Number(tal.toPrecision(15)));
}

/**
 * The value the core judges for a cell read by `o`: a number cell as `o` says, anything else as it is, blank as "".
 * Exactly what `formelargument(o, ref)` gives in Excel for the same cell.
 */
export function karnvarde(o: Omvandling, varde: Cellvarde): Cellvarde {
  if (o.enhetstext === "") return varde;
  if (typeof varde === "number") return `${somExceltext(varde * o.faktor)} ${o.enhetstext}`;
  return varde === null || varde === undefined ? "" : varde;
}

/**
 * The formula argument (invariant formula language, as Range.formulas takes it) that gives the core the same
 * value as `karnvarde` for the cell at `ref` (an A1 reference, or a range for a column formula):
 * `F10` for a plain number, `IF(ISNUMBER(F10),F10*100&" %",F10&"")` for a cell formatted as percent. The text
 * branch `F10&""` passes text as it is and a blank cell as "" (never as 0, which a reference to a blank cell
 * becomes in arithmetic).
 */
export function formelargument(o: Omvandling, ref: string): string {
  if (o.enhetstext === "") return ref;
  const tal = o.faktor === 1 ? ref : `${ref}*${o.faktor}`;
  return `IF(ISNUMBER(${ref}),${tal}&" ${o.enhetstext}",${ref}&"")`;
}

/** "procent (cellformat)", "procentenheter (rubriken)", "tkr (rubriken)": a reading as the column mapping shows it. */
export function beskrivOmvandling(o: Omvandling): string {
  if (o.enhetstext === "") return "tal";
  const vad = o.enhetstext === "%" ? (o.faktor === 100 ? "procent" : "procentenheter") : o.enhetstext;
  return `${vad} (${o.kalla === "rubrik" ? "rubriken" : "cellformat"})`;
}
