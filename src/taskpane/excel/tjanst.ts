/** The adapter as one injectable object: the UI depends on this shape, tests can pass their own. */
import * as adapter from "./adapter";

export type ExcelTjanst = Pick<
  typeof adapter,
  | "lasTabell"
  | "farglagg"
  | "taBort"
  | "lasStatusar"
  | "skapaSammanstallning"
  | "lasInstallningar"
  | "sparaInstallningar"
  | "saknadeFunktioner"
>;

export const excelTjanst: ExcelTjanst = adapter;
export { Anvandarfel } from "./adapter";
export type { InlastTabell } from "./adapter";
