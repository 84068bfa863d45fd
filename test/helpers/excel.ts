/**
 * Calls a KPI function the way Excel does: from its entry in functions.json (generated from the source once per
 * jest run by test/global-setup.js), with Excel's calling convention (test/fake/anropskonvention.ts).
 */
import * as fs from "fs";
import * as path from "path";
import * as kpi from "../../src/functions/functions";
import {
  Cellreferens,
  excelArgument,
  type Anropsval,
  type Formelargument,
  type Funktionsbeskrivning,
} from "../fake/anropskonvention";

export { Cellreferens, type Formelargument } from "../fake/anropskonvention";

/** An Excel error as the user sees it: its code and, where the host shows one, its message. */
export interface Excelfel {
  code: string;
  message?: string;
}

interface Metadata {
  readonly functions: readonly Funktionsbeskrivning[];
  readonly associate: Readonly<Record<string, string>>;
}

let metadata: Metadata | undefined;

/** functions.json as the build writes it, plus the JavaScript name behind each id. */
export function funktionsmetadata(): Metadata {
  metadata ??= JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../.cache/functions.json"), "utf8")) as Metadata;
  return metadata;
}

/** The value a function returns, or the Excel error it throws; any other exception is a bug and is rethrown. */
export function anropa<T>(fn: () => T): T | Excelfel {
  try {
    return fn();
  } catch (e) {
    if (e instanceof (globalThis as any).CustomFunctions.Error)
      return { code: (e as any).code, message: (e as any).message };
    throw e;
  }
}

/**
 * `=KPI.<id>(argument…)` as Excel calculates it: literals as written, `ref(…)` for cell references, undefined for
 * an omitted argument. Returns the value or the Excel error.
 */
export function kalla(id: string, ...argument: Formelargument[]): unknown {
  return kallaMed({}, id, ...argument);
}

/** As `kalla`, in a given host: `{ tomCell: 0 }` is older Excel for Windows, which passes empty cells as 0. */
export function kallaMed(val: Anropsval, id: string, ...argument: Formelargument[]): unknown {
  const m = funktionsmetadata();
  const funktion = m.functions.find((f) => f.id === id);
  if (!funktion) throw new Error(`KPI.${id} finns inte i functions.json`);
  const fn = (kpi as unknown as Record<string, (...a: unknown[]) => unknown>)[m.associate[id]];
  return anropa(() => fn(...excelArgument(funktion, argument, val)));
}

/** A reference to one cell. */
export const ref = (v: unknown): Cellreferens => new Cellreferens([[v]]);
/** A reference to a column of cells. */
export const kolumnref = (...v: unknown[]): Cellreferens => new Cellreferens(v.map((x) => [x]));
/** A reference to a rectangle of cells, row by row. */
export const omraderef = (...rader: unknown[][]): Cellreferens => new Cellreferens(rader);

/** A value as Excel passes a single-cell range. */
export const cell = (v: unknown): any[][] => [[v]];
/** A column range. */
export const kolumn = (...v: unknown[]): any[][] => v.map((x) => [x]);
