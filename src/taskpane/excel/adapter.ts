/**
 * Every Office.js call of the task pane lives in src/taskpane/excel/; the pane gets plain data (typer.ts) and calls
 * the functions exported here, through the interface in tjanst.ts.
 *
 * Design of what Målkoll writes and how it finds it again (spec §13):
 *
 * - The record is a set of hidden workbook-scoped defined names per marked table (markering.ts): the table, the
 *   status column, the goal column, each legend cell, each table column the formulas read, and a short info string.
 *   Excel moves names when rows or columns are inserted or deleted (an insertion inside a range widens it, a
 *   partial deletion shrinks it) and follows a renamed sheet; a name whose cells are all deleted turns into #REF!
 *   (type Error: NamedItem.value "#REF!", getRange fails, getRangeOrNullObject is null), read as "that part is
 *   gone". All names are read in one request (names.load with value: a range name's value is its address).
 *   Workbook scope, not worksheet scope: Målkoll writes workbook-scoped names only. A copied sheet gets
 *   sheet-scoped copies of the names that refer to it (Worksheet.copy); those are read from each sheet's names
 *   (Worksheet.names) as a record of their own, which Ta bort removes from that sheet and Färgmarkera turns into a
 *   workbook record. A sort moves cell contents but not names, so nothing depends on which row holds which status:
 *   a formula is recognised reading any one row (Excel moves its references when cells are inserted or deleted in
 *   part of the table), and a column's cells are searched from its header down to the sheet's last used row, but
 *   never from a Målkoll header below the record's own rows (a pasted copy of the table, the user's).
 *   Generations: each Färgmarkera adds a new set of names before writing and deletes the old set last.
 *   No custom XML part: writing one empties Excel's Undo (office-js issue #4484) and is not undone with the cells
 *   (#6415), and parts have been lost or stripped on Mac and the web (#6091, #3160). Names are workbook content
 *   that Undo covers like the cells (NamedItem.comment is avoided: not undoable on the web). Parts in the
 *   namespace an earlier version wrote are only removed, never trusted.
 * - Ownership per cell (core/skrivning/agande.ts): Målkoll's header and legend text in their own cells, a status or
 *   goal formula exactly as Målkoll writes it for that row given the columns' current places, or a status it locked
 *   as `="Uppfyllt"`. Everything else is the user's: never written over or cleared, and listed in the pane.
 * - Conditional formats are recognised by their rule, colour and range (villkor.ts), never by their id, which the
 *   API documents as the format's priority.
 * - All or nothing (farglagg.ts): read everything first; write the new generation of names, then the cells, then
 *   clear what is no longer wanted, and delete the old names last. Requests stay under 4 MB (kontext.ts).
 * - Everything read from the workbook is untrusted: names are validated (shape, sheet, type) before use, settings
 *   are range-checked (plan.ts tolkaInstallningar), and only numbers Målkoll formats itself enter a formula.
 *
 * Requirement sets: ExcelApi 1.7 (the manifest's), for conditional formats (1.6), names (1.4), NamedItem.formula
 * and getSurroundingRegion (1.7), Range.getUsedRangeOrNullObject (1.4); custom XML parts (1.5) only to remove an
 * earlier version's record.
 */
export { lasTabell } from "./lasin";
export { farglagg } from "./farglagg";
export { statusarSomVarden } from "./varden";
export { markeringar, taBort } from "./borttagning";
export { skapaSammanstallning } from "./sammanstallning";
export { lasInstallningar, sparaInstallningar } from "./installningar";
export { Anvandarfel } from "./kontext";
export type * from "./typer";

/** What the pane needs that this Excel lacks, as Swedish sentences (empty when all is there). */
export function saknadeFunktioner(): string[] {
  const krav = Office.context.requirements;
  const saknas: string[] = [];
  if (!krav.isSetSupported("ExcelApi", "1.7")) {
    saknas.push(
      "Den här Excel-versionen saknar villkorsstyrd formatering och namngivna områden via tillägg (ExcelApi 1.7). Uppdatera Excel.",
    );
  }
  if (!krav.isSetSupported("SharedRuntime", "1.1")) {
    saknas.push(
      "Den här Excel-versionen kan inte dela körmiljö mellan funktioner och fönster. KPI-funktionerna kan saknas.",
    );
  }
  return saknas;
}
