/**
 * Formula text as Excel keeps it current: references found outside string literals and rewritten when rows or
 * columns are inserted or deleted, when a sorted row moves, and when a sheet is renamed.
 *
 * Excel's behaviour, with sources:
 * - Inserting rows or columns moves the references that point at or past the insertion point, and widens a range
 *   the insertion falls inside; deleting them shrinks a range, and a reference whose cells are all deleted becomes
 *   #REF! (Microsoft support, "Insert or delete rows and columns"; "How to correct a #REF! error").
 * - Sorting moves a formula with its row as if it were copied there: relative references shift by the distance the
 *   row moved, absolute ($) references stay (Microsoft KB Q40401, "Errors Sorting Cells That Contain References").
 * - Renaming a sheet rewrites every reference that names it (Microsoft support, "Rename a worksheet").
 * - A formula is at most 8 192 characters and a function takes at most 255 arguments (Excel specifications and
 *   limits, Microsoft support).
 */
import { avcitera, citera, kolumnNr, bokstav, MAX_KOLUMNER, MAX_RADER } from "./a1";

export const MAX_FORMELLANGD = 8192;
export const MAX_ARGUMENT = 255;

/** One reference in formula text, 0-based, with its $ markers. */
export interface Referens {
  blad?: string;
  r1: number;
  r2: number;
  c1: number;
  c2: number;
  absR1: boolean;
  absR2: boolean;
  absC1: boolean;
  absC2: boolean;
  form: "cell" | "omrade" | "kolumner" | "rader";
}

const REF =
  /(?<![A-Za-z0-9_.$\u00C0-\u024F])((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(!.])/g;

function tolkaReferens(prefix: string | undefined, text: string): Referens {
  const blad = prefix ? avcitera(prefix.slice(0, -1)) : undefined;
  const [a, b] = text.split(":");
  const cell = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/;
  const ma = cell.exec(a);
  if (ma) {
    const mb = cell.exec(b ?? a) as RegExpExecArray;
    return {
      blad,
      c1: kolumnNr(ma[2]),
      absC1: ma[1] === "$",
      r1: Number(ma[4]) - 1,
      absR1: ma[3] === "$",
      c2: kolumnNr(mb[2]),
      absC2: mb[1] === "$",
      r2: Number(mb[4]) - 1,
      absR2: mb[3] === "$",
      form: b === undefined ? "cell" : "omrade",
    };
  }
  const kol = /^(\$?)([A-Z]{1,3})$/;
  const ka = kol.exec(a);
  if (ka) {
    const kb = kol.exec(b) as RegExpExecArray;
    return {
      blad,
      c1: kolumnNr(ka[2]),
      absC1: ka[1] === "$",
      c2: kolumnNr(kb[2]),
      absC2: kb[1] === "$",
      r1: 0,
      r2: MAX_RADER - 1,
      absR1: false,
      absR2: false,
      form: "kolumner",
    };
  }
  const rad = /^(\$?)(\d+)$/;
  const ra = rad.exec(a) as RegExpExecArray;
  const rb = rad.exec(b) as RegExpExecArray;
  return {
    blad,
    r1: Number(ra[2]) - 1,
    absR1: ra[1] === "$",
    r2: Number(rb[2]) - 1,
    absR2: rb[1] === "$",
    c1: 0,
    c2: MAX_KOLUMNER - 1,
    absC1: false,
    absC2: false,
    form: "rader",
  };
}

export function skrivReferens(ref: Referens): string {
  const prefix = ref.blad === undefined ? "" : `${citera(ref.blad)}!`;
  const k = (c: number, abs: boolean) => `${abs ? "$" : ""}${bokstav(c)}`;
  const r = (n: number, abs: boolean) => `${abs ? "$" : ""}${n + 1}`;
  switch (ref.form) {
    case "cell":
      return `${prefix}${k(ref.c1, ref.absC1)}${r(ref.r1, ref.absR1)}`;
    case "omrade":
      return `${prefix}${k(ref.c1, ref.absC1)}${r(ref.r1, ref.absR1)}:${k(ref.c2, ref.absC2)}${r(ref.r2, ref.absR2)}`;
    case "kolumner":
      return `${prefix}${k(ref.c1, ref.absC1)}:${k(ref.c2, ref.absC2)}`;
    case "rader":
      return `${prefix}${r(ref.r1, ref.absR1)}:${r(ref.r2, ref.absR2)}`;
  }
}

/** Rewrites every reference outside string literals; `f` returns the new reference, or undefined for #REF!. */
export function skrivOmReferenser(formel: string, f: (ref: Referens) => Referens | undefined): string {
  if (!formel.startsWith("=")) return formel;
  let ut = "";
  const delar = formel.split('"');
  // Even parts are outside string literals ("" inside a literal splits into an empty odd/even pair, which is fine).
  for (let i = 0; i < delar.length; i++) {
    if (i > 0) ut += '"';
    if (i % 2 === 1) {
      ut += delar[i];
      continue;
    }
    ut += delar[i].replace(REF, (_hela, prefix: string | undefined, text: string) => {
      const ny = f(tolkaReferens(prefix, text));
      if (!ny) return prefix ? `${prefix}#REF!` : "#REF!";
      return skrivReferens(ny);
    });
  }
  return ut;
}

/** Every reference in a formula, in order. */
export function referenser(formel: string): Referens[] {
  const ut: Referens[] = [];
  skrivOmReferenser(formel, (r) => {
    ut.push(r);
    return r;
  });
  return ut;
}

/**
 * A structural change of one sheet: rows or columns inserted or deleted at `vid` (0-based). With `inom`, only the
 * cells of those columns (for rows) or rows (for columns) shift, as Insert > Cells > Shift cells down / right and
 * Delete > Cells > Shift cells up / left do (Range.insert / Range.delete with a shift direction, ExcelApi 1.1).
 */
export interface Andring {
  readonly led: "rad" | "kolumn";
  readonly typ: "infoga" | "taBort";
  readonly vid: number;
  readonly antal: number;
  /** The first and last column (led "rad") or row (led "kolumn") whose cells shift; all of them when undefined. */
  readonly inom?: readonly [number, number];
}

/**
 * Does a change reach a range spanning [a, b] across the shift (columns for a row shift)? Excel adjusts a reference,
 * a name or a format only when its whole span across the shift lies within the cells that shift; one that also
 * covers cells that stay is left as it is (Microsoft support, "Insert or delete cells, rows, and columns": inserting
 * or deleting cells shifts only the cells of the selected columns or rows).
 */
export function naras(a: number, b: number, andring: Andring): boolean {
  return andring.inom === undefined || (a >= andring.inom[0] && b <= andring.inom[1]);
}

/** An interval [a, b] after the change, or undefined when all of it was deleted. */
export function justeraIntervall(a: number, b: number, andring: Andring): [number, number] | undefined {
  const { vid, antal } = andring;
  if (andring.typ === "infoga") {
    if (vid <= a) return [a + antal, b + antal];
    if (vid <= b) return [a, b + antal];
    return [a, b];
  }
  const sista = vid + antal - 1;
  if (a >= vid && b <= sista) return undefined;
  const na = a < vid ? a : a > sista ? a - antal : vid;
  const nb = b < vid ? b : b > sista ? b - antal : vid - 1;
  return [na, nb];
}

/** A reference after a change on its sheet; undefined for #REF!. */
export function justeraReferens(ref: Referens, andring: Andring): Referens | undefined {
  if (!naras(andring.led === "rad" ? ref.c1 : ref.r1, andring.led === "rad" ? ref.c2 : ref.r2, andring)) return ref;
  if (andring.led === "rad") {
    if (ref.form === "kolumner") return ref;
    const ny = justeraIntervall(ref.r1, ref.r2, andring);
    return ny ? { ...ref, r1: ny[0], r2: ny[1] } : undefined;
  }
  if (ref.form === "rader") return ref;
  const ny = justeraIntervall(ref.c1, ref.c2, andring);
  return ny ? { ...ref, c1: ny[0], c2: ny[1] } : undefined;
}

/**
 * A formula moved `dr` rows (and `dc` columns) as if copied there, as a sort moves it with its row: relative references
 * follow, absolute ones stay (KB Q40401; Microsoft support, "Move or copy a formula"); one pushed off the sheet is
 * #REF!.
 */
export function flyttaFormel(formel: string, dr: number, dc = 0): string {
  if (dr === 0 && dc === 0) return formel;
  return skrivOmReferenser(formel, (ref) => {
    let ny = ref;
    if (ref.form !== "kolumner") {
      const r1 = ref.absR1 ? ref.r1 : ref.r1 + dr;
      const r2 = ref.absR2 ? ref.r2 : ref.r2 + dr;
      if (r1 < 0 || r2 < 0 || r1 >= MAX_RADER || r2 >= MAX_RADER) return undefined;
      ny = { ...ny, r1, r2 };
    }
    if (ref.form !== "rader") {
      const c1 = ref.absC1 ? ref.c1 : ref.c1 + dc;
      const c2 = ref.absC2 ? ref.c2 : ref.c2 + dc;
      if (c1 < 0 || c2 < 0 || c1 >= MAX_KOLUMNER || c2 >= MAX_KOLUMNER) return undefined;
      ny = { ...ny, c1, c2 };
    }
    return ny;
  });
}

/** Splits a function call's argument text at top-level commas, outside strings. */
export function delaArgument(text: string): string[] {
  const ut: string[] = [];
  let djup = 0;
  let iStrang = false;
  let del = "";
  for (const t of text) {
    if (t === '"') iStrang = !iStrang;
    if (!iStrang) {
      if (t === "(") djup++;
      if (t === ")") djup--;
      if (t === "," && djup === 0) {
        ut.push(del.trim());
        del = "";
        continue;
      }
    }
    del += t;
  }
  ut.push(del.trim());
  return ut;
}

/** The most arguments any function call in the formula has. */
export function flestaArgument(formel: string): number {
  const stack: number[] = [];
  let mest = 0;
  let iStrang = false;
  let foreg = "";
  for (const t of formel) {
    if (t === '"') iStrang = !iStrang;
    else if (!iStrang) {
      if (t === "(") stack.push(/[A-Za-z0-9.]/.test(foreg) ? 1 : 0);
      else if (t === ",") {
        if (stack.length > 0 && stack[stack.length - 1] > 0) stack[stack.length - 1]++;
      } else if (t === ")") mest = Math.max(mest, stack.pop() ?? 0);
    }
    if (t !== " ") foreg = t;
  }
  return mest;
}

/** Why Excel would refuse to enter this formula, or undefined. */
export function formelfel(formel: string): string | undefined {
  if (formel.length > MAX_FORMELLANGD) return `Formeln är ${formel.length} tecken (högst ${MAX_FORMELLANGD})`;
  const n = flestaArgument(formel);
  if (n > MAX_ARGUMENT) return `En funktion har ${n} argument (högst ${MAX_ARGUMENT})`;
  return undefined;
}
