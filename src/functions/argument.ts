/** Turning what Excel passes (scalars, 2-D arrays, null for blanks) into core values, and core errors into Excel errors. */
import { KpiFel, ogiltig, saknas, type FelTyp } from "../core/fel";
import { lasCell, arTom, type Cellvarde } from "../core/varde";

/** What Excel may pass for one argument. */
export type Arg = unknown;

function somCell(v: unknown): Cellvarde {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  return String(v);
}

/** Every cell of a scalar or a range, row by row (preallocated: ranges can hold 100 000 rows). */
export function celler(arg: Arg): Cellvarde[] {
  if (!Array.isArray(arg)) return [somCell(arg)];
  let antal = 0;
  for (const rad of arg) antal += Array.isArray(rad) ? rad.length : 1;
  const ut = new Array<Cellvarde>(antal);
  let i = 0;
  for (const rad of arg) {
    if (!Array.isArray(rad)) {
      ut[i++] = somCell(rad);
      continue;
    }
    for (let j = 0; j < rad.length; j++) {
      const v: unknown = rad[j];
      ut[i++] = typeof v === "number" || typeof v === "string" ? v : somCell(v);
    }
  }
  return ut;
}

/** A scalar argument: the single cell of a 1×1 range; a larger range is an error. */
export function skalar(arg: Arg, namn: string): Cellvarde {
  if (!Array.isArray(arg)) return somCell(arg);
  if (arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1) return somCell(arg[0][0]);
  const alla = celler(arg);
  if (alla.length > 1) throw ogiltig(`${namn} ska vara en enda cell`);
  return alla[0];
}

/** An optional scalar: undefined when omitted or blank. */
export function valfri(arg: Arg, namn: string): Cellvarde {
  const v = skalar(arg, namn);
  return arTom(v) ? undefined : v;
}

/** An optional text argument (typ, riktning). */
export function valfriText(arg: Arg, namn: string): string | undefined {
  const v = valfri(arg, namn);
  return v === undefined ? undefined : String(v);
}

/** Reads one cell as a number: missing marker → #N/A, unreadable → #VALUE!. */
export function talFranCell(v: Cellvarde, namn: string): number {
  const last = lasCell(v);
  if (last.typ === "tal") return last.varde;
  if (last.typ === "saknas") throw saknas(last.markor);
  throw ogiltig(`${namn}: ${last.orsak}`);
}

/** Numbers of a scalar or range, blanks skipped. */
export function talLista(arg: Arg, namn: string): number[] {
  const ut: number[] = [];
  for (const v of celler(arg)) if (!arTom(v)) ut.push(talFranCell(v, namn));
  return ut;
}

/** The sum of a scalar or range, blanks skipped; nothing but blanks is "Uppgift saknas". */
export function summa(arg: Arg, namn: string): number {
  const tal = talLista(arg, namn);
  if (tal.length === 0) throw saknas("");
  let s = 0;
  for (const t of tal) s += t;
  if (!Number.isFinite(s)) throw ogiltig(`${namn}: summan är för stor`);
  return s;
}

/** Like `summa`, but an omitted or blank argument is undefined. */
export function valfriSumma(arg: Arg, namn: string): number | undefined {
  const alla = celler(arg);
  return alla.every(arTom) ? undefined : summa(arg, namn);
}

const KODER = {
  ogiltig: () => CustomFunctions.ErrorCode.invalidValue,
  division: () => CustomFunctions.ErrorCode.divisionByZero,
  saknas: () => CustomFunctions.ErrorCode.notAvailable,
} as const;

/** A core error as the Excel error the user sees; #DIV/0! carries no message in Excel. */
export function excelfel(fel: KpiFel): CustomFunctions.Error {
  return excelfelAv(fel.typ, fel.message);
}

/** The same without a KpiFel in between, for hot paths (an Error object costs about a microsecond). */
export function excelfelAv(typ: FelTyp, message: string): CustomFunctions.Error {
  const kod = KODER[typ]();
  return typ === "division" ? new CustomFunctions.Error(kod) : new CustomFunctions.Error(kod, message);
}

/** Runs a computation; a KpiFel becomes an Excel error, anything else is a bug and is rethrown. */
export function kor<T>(berakning: () => T): T {
  try {
    return berakning();
  } catch (e) {
    if (e instanceof KpiFel) throw excelfel(e);
    throw e;
  }
}
