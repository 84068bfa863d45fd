/** Turning what Excel passes (scalars, 2-D arrays, null for blanks) into core values, and core errors into Excel errors. */
import {
  KpiFel,
  ogiltig,
  saknas,
  type FelTyp,
  type Belopp,
  lasCell,
  arTom,
  type Cellvarde,
  arPengaenhet,
  omraknaBelopp,
  formateraVarde,
} from "../core";

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
    /** Columns per row. */
    readonly bredd: number,
  ) {
    this.antal = rader.length * bredd;
  }

  static av(arg: Arg): Omrade {
    if (!Array.isArray(arg)) return new Omrade([[arg]], 1);
    const forsta: unknown = arg[0];
    return Array.isArray(forsta) ? new Omrade(arg, forsta.length) : new Omrade([arg], arg.length);
  }

  /** Rows. */
  get hojd(): number {
    return this.rader.length;
  }

  cell(i: number): Cellvarde {
    const b = this.bredd;
    const rad = this.rader[b === 1 ? i : (i / b) | 0];
    const v: unknown = Array.isArray(rad) ? rad[b === 1 ? 0 : i % b] : undefined;
    return typeof v === "number" || typeof v === "string" ? v : somCell(v);
  }

  /** Where cell `i` stands in the range, for a message: `rad 3` in a column, `kolumn 3` in a row. */
  plats(i: number): string {
    if (this.bredd === 1) return `rad ${i + 1}`;
    if (this.hojd === 1) return `kolumn ${i + 1}`;
    return `rad ${((i / this.bredd) | 0) + 1}, kolumn ${(i % this.bredd) + 1}`;
  }

  /**
   * Do two ranges pair up cell by cell (spec §3)? The same shape (rows × columns), or a single row and a single
   * column of the same length.
   */
  parar(annat: Omrade): boolean {
    if (this.hojd === annat.hojd && this.bredd === annat.bredd) return true;
    const linje = (o: Omrade) => o.hojd === 1 || o.bredd === 1;
    return linje(this) && linje(annat) && this.antal === annat.antal;
  }

  /** True when every cell is blank (or there are none). */
  arTomt(): boolean {
    for (let i = 0; i < this.antal; i++) if (!arTom(this.cell(i))) return false;
    return true;
  }
}

/** Throws unless the ranges pair up cell by cell (spec §3). */
export function kravParade(omraden: readonly Omrade[]): void {
  const [forsta, ...ovriga] = omraden;
  if (ovriga.some((o) => !forsta.parar(o))) {
    const form = (o: Omrade) => `${o.hojd}×${o.bredd}`;
    throw ogiltig(`Områdena har olika form (${omraden.map(form).join(", ")}): de ska vara lika stora`);
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

/**
 * The sum of a range of amounts, blanks skipped (spec §2): amounts in mixed money units are converted exactly and
 * summed in the unit of the first amount with a unit. A plain non-zero amount beside amounts with a unit is not
 * guessed: #VALUE! asking for the unit. Nothing but blanks is "Uppgift saknas".
 */
export function summaBelopp(arg: Arg, namn: string): Belopp {
  const o = Omrade.av(arg);
  const belopp: { varde: number; enhet?: Belopp["enhet"]; plats: string }[] = [];
  for (let i = 0; i < o.antal; i++) {
    const v = o.cell(i);
    if (arTom(v)) continue;
    const last = lasCell(v);
    if (last.typ === "saknas") throw saknas(last.markor);
    if (last.typ === "fel") throw ogiltig(`${namn}: ${last.orsak}`);
    belopp.push({ varde: last.varde, enhet: arPengaenhet(last.enhet) ? last.enhet : undefined, plats: o.plats(i) });
  }
  if (belopp.length === 0) throw saknas("");
  const enhet = belopp.find((b) => b.enhet !== undefined)?.enhet;
  let summan = 0;
  for (const b of belopp) {
    if (enhet !== undefined && b.enhet === undefined && b.varde !== 0) {
      const dar = o.antal > 1 ? ` (${b.plats})` : "";
      throw ogiltig(
        `${namn}: ${formateraVarde({ varde: b.varde, procent: false })}${dar} saknar enhet men andra belopp är i ${enhet}`,
      );
    }
    summan += enhet !== undefined && b.enhet !== undefined ? omraknaBelopp(b.varde, b.enhet, enhet) : b.varde;
  }
  if (!Number.isFinite(summan)) throw ogiltig(`${namn}: summan är för stor`);
  return enhet === undefined ? { varde: summan } : { varde: summan, enhet };
}

/** Like `summaBelopp`, but an omitted or blank argument is undefined. */
export function valfriSummaBelopp(arg: Arg, namn: string): Belopp | undefined {
  return Omrade.av(arg).arTomt() ? undefined : summaBelopp(arg, namn);
}

const KODER = {
  ogiltig: () => CustomFunctions.ErrorCode.invalidValue,
  omojlig: () => CustomFunctions.ErrorCode.invalidValue,
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
