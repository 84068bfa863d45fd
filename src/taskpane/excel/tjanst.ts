/**
 * The Office adapter as one injectable object: the pane depends on this interface only; tests can pass their own.
 *
 * - saknadeFunktioner(): string[] — what this Excel lacks, as Swedish sentences.
 * - lasInstallningar(standard) → { installningar, varning? } — the workbook's settings, checked.
 * - sparaInstallningar(installningar): Promise<void>.
 * - lasTabell(): Promise<InlastTabell> — the selected table (or the region around the active cell), with its
 *   marking and how its statuses stand (live, locked, typed).
 * - farglagg(tabell, val, utv, installningar): Promise<Farglaggning> — live formulas, legend and colours; lists the
 *   user's cells it left alone.
 * - statusarSomVarden(tabell): Promise<Statusvarden> — Lås statusar: live formulas become values.
 * - markeringar(): Promise<Markeringsoversikt> — every marked table and summary sheet, for Ta bort's choices.
 * - taBort({ markeringar: "alla" | ids, sammanstallningar }): Promise<Borttagning> — removes exactly what Målkoll
 *   added and says what it removed and what it left.
 * - skapaSammanstallning(utv): Promise<string> — a new summary sheet; its name.
 * Every action rejects with Anvandarfel (a Swedish sentence) for anything the user can fix.
 */
import * as adapter from "./adapter";

export type ExcelTjanst = Pick<
  typeof adapter,
  | "saknadeFunktioner"
  | "lasInstallningar"
  | "sparaInstallningar"
  | "lasTabell"
  | "farglagg"
  | "statusarSomVarden"
  | "markeringar"
  | "taBort"
  | "skapaSammanstallning"
>;

export const excelTjanst: ExcelTjanst = adapter;
export { Anvandarfel } from "./adapter";
export type {
  Borttagning,
  Borttagningsval,
  Farglaggning,
  InlastTabell,
  Markeringsinfo,
  Markeringsoversikt,
  Statusvarden,
} from "./adapter";
