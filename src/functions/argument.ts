/** Turning what Excel passes (scalars, 2-D arrays, null for blanks) into core values, and core errors into Excel errors. */
import { KpiFel, ogiltig, saknas, type FelTyp } from "../core/fel";
import { lasCell, arTom, type Cellvarde } from "../core/tal/cell";

/** What Excel may pass for one argument. */
export type Arg = unknown;

function somCell(v: unknown): Cellvarde {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  return String(v);
}

/**
 * A scalar or range read in place: cell `i` counts row by row. Nothing is copied or pre-scanned,
 * since an argument can hold 100 000 rows. Excel passes rectangles; a list that is not nested
 * reads as one row, and a cell past the end of a short row reads as blank.
 */
export class Omrade {
  readonly antal: number;

  private constructor(
    private readonly rader: readonly unknown[],
    private readonly bredd: number,
  ) {
    this.antal = rader.length * bredd;
  }

  static av(arg: Arg): Omrade {
    if (!Array.isArray(arg)) return new Omrade([[arg]], 1);
    const forsta: unknown = arg[0];
    return Array.isArray(forsta) ? new Omrade(arg, forsta.length) : new Omrade([arg], arg.length);
  }

  cell(i: number): Cellvarde {
    const b = this.bredd;
    const rad = this.rader[b === 1 ? i : (i / b) | 0];
    const v: unknown = Array.isArray(rad) ? rad[b === 1 ? 0 : i % b] : undefined;
    return typeof v === "number" || typeof v === "string" ? v : somCell(v);
  }

  /** True when every cell is blank (or there are none). */
  arTomt(): boolean {
    for (let i = 0; i < this.antal; i++) if (!arTom(this.cell(i))) return false;
    return true;
  }
}

/** Every cell of a scalar or a range, row by row. */
export function celler(arg: Arg): Cellvarde[] {
  const o = Omrade.av(arg);
  const ut: Cellvarde[] = [];
  for (let i = 0; i < o.antal; i++) ut.push(o.cell(i));
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
  return Omrade.av(arg).arTomt() ? undefined : summa(arg, namn);
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

/** What to throw for a caught error: a KpiFel as its Excel error; anything else is a bug and stays as it is. */
export const somExcelfel = (e: unknown): unknown => (e instanceof KpiFel ? excelfel(e) : e);

/** Runs a computation; a KpiFel becomes an Excel error, anything else is a bug and is rethrown. */
export function kor<T>(berakning: () => T): T {
  try {
    return berakning();
  } catch (e) {
    throw somExcelfel(e);
  }
}
