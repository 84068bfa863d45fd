/**
 * A sheet as Excel holds it (spec §2, §13): what the task pane reads through Office.js and the batch command
 * through an .xlsx reader. Both hand the core the same shape, so that a table is read by the same rules
 * whichever way it arrived.
 */
import type { Cellvarde } from "../tal/cell";

/** A rectangle of a sheet, 0-based in the sheet's own coordinates. */
export interface Arkomrade {
  readonly rad: number;
  readonly kolumn: number;
  readonly rader: number;
  readonly kolumner: number;
}

/**
 * A rectangle of a sheet as read. `varden` holds each cell's value as Excel holds it: a number for a numeric cell
 * (0.105 for a cell showing "10,5 %"), the cached result of a formula, text, SANT/FALSKT, an error as its code
 * ("#N/A"), and "" or null when empty. `format` holds each cell's number format code in the invariant form Excel
 * stores (Range.numberFormat, the numFmt of an .xlsx file: "0.0%", "#,##0", "0.0 \"mnkr\"", "General").
 */
export interface Arkutsnitt {
  readonly blad: string;
  /** Where varden[0][0] sits in the sheet. */
  readonly rad: number;
  readonly kolumn: number;
  readonly varden: readonly (readonly Cellvarde[])[];
  /** Same shape as `varden`; "General" where the cell has no format of its own. */
  readonly format: readonly (readonly string[])[];
  /** Merged areas that overlap the rectangle, in sheet coordinates; the value is in each area's top-left cell. */
  readonly sammanfogade: readonly Arkomrade[];
  /** Excel tables (ListObjects) that overlap the rectangle, header row included. */
  readonly tabeller: readonly { readonly namn: string; readonly omrade: Arkomrade }[];
}
