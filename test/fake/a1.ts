/**
 * A1 addresses for the fake workbook, written apart from src/core/skrivning/adress.ts on purpose: the fake is the
 * reference the adapter is tested against, so it must not share the code it checks.
 *
 * Excel's sheet size is 1 048 576 rows by 16 384 columns (Excel specifications and limits, Microsoft support);
 * a whole-column reference `A:G` and a whole-row reference `1:27` span the sheet's other dimension, and an address
 * Excel returns for such a range keeps that form (Range.address in @types/office-js: "Sheet1!A:G").
 */

export const MAX_RADER = 1048576;
export const MAX_KOLUMNER = 16384;

/** A rectangle, 0-based. */
export interface Rekt {
  readonly r: number;
  readonly c: number;
  readonly rader: number;
  readonly kolumner: number;
}

export function kolumnNr(bokstaver: string): number {
  let k = 0;
  for (const t of bokstaver) k = k * 26 + (t.charCodeAt(0) - 64);
  return k - 1;
}

export function bokstav(k: number): string {
  let s = "";
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function citera(namn: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(namn) && !/^[A-Za-z]{1,3}\d+$/.test(namn)
    ? namn
    : `'${namn.replace(/'/g, "''")}'`;
}

export function avcitera(namn: string): string {
  return namn.startsWith("'") ? namn.slice(1, -1).replace(/''/g, "'") : namn;
}

/** A1 text of a rectangle, whole columns and rows as Excel writes them. */
export function adress(rekt: Rekt, absolut = false): string {
  const d = absolut ? "$" : "";
  if (rekt.r === 0 && rekt.rader === MAX_RADER)
    return `${d}${bokstav(rekt.c)}:${d}${bokstav(rekt.c + rekt.kolumner - 1)}`;
  if (rekt.c === 0 && rekt.kolumner === MAX_KOLUMNER) return `${d}${rekt.r + 1}:${d}${rekt.r + rekt.rader}`;
  const a = `${d}${bokstav(rekt.c)}${d}${rekt.r + 1}`;
  if (rekt.rader === 1 && rekt.kolumner === 1) return a;
  return `${a}:${d}${bokstav(rekt.c + rekt.kolumner - 1)}${d}${rekt.r + rekt.rader}`;
}

/** Reads `A1`, `$A$1:B2`, `A:G`, `1:27`, with or without a sheet (`'Mål 2020'!H1:I27`). */
export function tolka(text: string): { blad?: string; rekt: Rekt } {
  const utrop = text.lastIndexOf("!");
  const blad = utrop >= 0 ? avcitera(text.slice(0, utrop)) : undefined;
  const del = (utrop >= 0 ? text.slice(utrop + 1) : text).replace(/\$/g, "").toUpperCase();
  const [a, b = a] = del.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const ma = cell.exec(a);
  const mb = cell.exec(b);
  // Past XFD1048576 there are no cells: Excel refuses the address (Excel specifications and limits, Microsoft
  // support: 1,048,576 rows by 16,384 columns; Worksheet.getRange fails with InvalidArgument).
  const utanfor = (...x: string[]) =>
    x.some((t) => (/^\d+$/.test(t) ? Number(t) < 1 || Number(t) > MAX_RADER : kolumnNr(t) >= MAX_KOLUMNER));
  if ((ma && mb && utanfor(ma[1], ma[2], mb[1], mb[2])) || (!ma && !mb && utanfor(...del.split(":"))))
    throw new Error(`InvalidArgument: ${text} ligger utanför bladet`);
  if (ma && mb) {
    const r1 = Number(ma[2]) - 1;
    const r2 = Number(mb[2]) - 1;
    const c1 = kolumnNr(ma[1]);
    const c2 = kolumnNr(mb[1]);
    return {
      blad,
      rekt: {
        r: Math.min(r1, r2),
        c: Math.min(c1, c2),
        rader: Math.abs(r2 - r1) + 1,
        kolumner: Math.abs(c2 - c1) + 1,
      },
    };
  }
  if (/^[A-Z]{1,3}$/.test(a) && /^[A-Z]{1,3}$/.test(b)) {
    const c1 = kolumnNr(a);
    const c2 = kolumnNr(b);
    return { blad, rekt: { r: 0, c: Math.min(c1, c2), rader: MAX_RADER, kolumner: Math.abs(c2 - c1) + 1 } };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) {
    const r1 = Number(a) - 1;
    const r2 = Number(b) - 1;
    return { blad, rekt: { r: Math.min(r1, r2), c: 0, rader: Math.abs(r2 - r1) + 1, kolumner: MAX_KOLUMNER } };
  }
  throw new Error(`InvalidArgument: ${text}`);
}

export const overlappar = (a: Rekt, b: Rekt): boolean =>
  a.r < b.r + b.rader && b.r < a.r + a.rader && a.c < b.c + b.kolumner && b.c < a.c + a.kolumner;

export const innehaller = (yttre: Rekt, inre: Rekt): boolean =>
  inre.r >= yttre.r &&
  inre.c >= yttre.c &&
  inre.r + inre.rader <= yttre.r + yttre.rader &&
  inre.c + inre.kolumner <= yttre.c + yttre.kolumner;
