/**
 * How Excel passes arguments to a custom function, from the function's entry in functions.json (spec §13.6).
 * Shared by the jest helper (test/helpers/excel.ts) and the fake workbook that calculates =KPI.… formulas, so
 * that no test calls a function in a way Excel never does.
 *
 * Excel's behaviour, as Microsoft documents it:
 * - a parameter without `dimensionality` (scalar) receives one value; a `matrix` parameter receives a 2-D array,
 *   also for a single cell or a literal (custom-functions-parameter-options, "Matrix type");
 * - a `repeating` parameter receives ONE argument: an array of the values given for it, each a 2-D array when the
 *   parameter is a matrix (custom-functions-parameter-options, "Repeating parameters");
 * - an omitted optional argument is null (custom-functions-parameter-options, "Optional parameters");
 * - an empty referenced cell is null on the web and in current builds, 0 in older Excel for Windows
 *   (office-js issues #4702, #1951, #5262).
 * A multi-cell range given to a scalar parameter is not passed at all: Excel calls the function once per cell
 * and spills the results. Målkoll's formulas never do that, so here it is an error in the test.
 */

/** A parameter as functions.json describes it. */
export interface Parameterbeskrivning {
  readonly name: string;
  readonly dimensionality?: "scalar" | "matrix";
  readonly optional?: boolean;
  readonly repeating?: boolean;
  readonly type?: string;
}

/** A function as functions.json describes it. */
export interface Funktionsbeskrivning {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly Parameterbeskrivning[];
  readonly result?: { readonly dimensionality?: "scalar" | "matrix"; readonly type?: string };
}

/** A reference to cells in a formula (`B2`, `B2:B9`): a rectangle of cell values; "" and null are empty cells. */
export class Cellreferens {
  constructor(readonly rader: readonly (readonly unknown[])[]) {
    const bredd = rader[0]?.length ?? 0;
    if (rader.length === 0 || bredd === 0 || rader.some((r) => r.length !== bredd)) {
      throw new Error("En cellreferens är en rektangel med minst en cell");
    }
  }
}

/** What one argument of a formula is: a literal (number, text, SANT/FALSKT), a reference, or omitted. */
export type Formelargument = number | string | boolean | Cellreferens | undefined;

export interface Anropsval {
  /** What an empty cell arrives as: null (the web, current builds) or 0 (older Excel for Windows). */
  readonly tomCell?: null | 0;
}

const arTomCell = (v: unknown): boolean => v === null || v === undefined || v === "";

function matris(arg: Exclude<Formelargument, undefined>, tomCell: null | 0): unknown[][] {
  if (!(arg instanceof Cellreferens)) return [[arg]];
  return arg.rader.map((rad) => rad.map((v) => (arTomCell(v) ? tomCell : v)));
}

function skalar(arg: Exclude<Formelargument, undefined>, tomCell: null | 0, namn: string): unknown {
  if (!(arg instanceof Cellreferens)) return arg;
  if (arg.rader.length !== 1 || arg.rader[0].length !== 1) {
    throw new Error(`${namn} är skalär: Excel skickar aldrig ett område dit (det lyfts och spills per cell)`);
  }
  const v = arg.rader[0][0];
  return arTomCell(v) ? tomCell : v;
}

function ettArgument(p: Parameterbeskrivning, arg: Exclude<Formelargument, undefined>, tomCell: null | 0): unknown {
  return p.dimensionality === "matrix" ? matris(arg, tomCell) : skalar(arg, tomCell, p.name);
}

/**
 * The JavaScript arguments Excel passes for a formula's arguments. Throws (a test error, not an Excel error)
 * when the formula could not be entered in Excel: too few or too many arguments.
 */
export function excelArgument(
  funktion: Funktionsbeskrivning,
  argument: readonly Formelargument[],
  val: Anropsval = {},
): unknown[] {
  const tomCell = val.tomCell === 0 ? 0 : null;
  const ut: unknown[] = [];
  const parametrar = funktion.parameters;
  let i = 0;
  for (const p of parametrar) {
    if (p.repeating) {
      const givna = argument.slice(i);
      i = argument.length;
      ut.push(givna.map((a) => (a === undefined ? null : ettArgument(p, a, tomCell))));
      continue;
    }
    const a = argument[i++];
    if (a === undefined) {
      if (!p.optional) throw new Error(`KPI.${funktion.id}: ${p.name} krävs och kan inte utelämnas`);
      ut.push(null);
      continue;
    }
    ut.push(ettArgument(p, a, tomCell));
  }
  if (i < argument.length) throw new Error(`KPI.${funktion.id}: för många argument (${argument.length})`);
  return ut;
}
