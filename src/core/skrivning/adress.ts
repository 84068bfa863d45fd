/** A1 addresses: from 0-based row and column indices, and back from the addresses Excel returns. */
export function kolumnbokstav(kolumn: number): string {
  let s = "";
  for (let k = kolumn + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

export const cellAdress = (rad: number, kolumn: number): string => `${kolumnbokstav(kolumn)}${rad + 1}`;

export function omradesAdress(rad: number, kolumn: number, rader: number, kolumner: number): string {
  const start = cellAdress(rad, kolumn);
  return rader === 1 && kolumner === 1 ? start : `${start}:${cellAdress(rad + rader - 1, kolumn + kolumner - 1)}`;
}

/** A sheet name as formulas and addresses need it: 'Mål 2020'!A1. */
export const bladnamn = (namn: string): string =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(namn) ? namn : `'${namn.replace(/'/g, "''")}'`;

/** Reading the addresses Excel returns: 'Mål 2020'!A1:H27 → sheet and 0-based indices. */
const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

function cell(text: string): { rad: number; kolumn: number } {
  const m = CELL.exec(text);
  if (!m) throw new Error(`Okänd celladress: ${text}`);
  let kolumn = 0;
  for (const c of m[1]) kolumn = kolumn * 26 + (c.charCodeAt(0) - 64);
  return { rad: Number(m[2]) - 1, kolumn: kolumn - 1 };
}

export function tolkaAdress(adress: string): {
  blad: string;
  rad: number;
  kolumn: number;
  rader: number;
  kolumner: number;
} {
  const utrop = adress.lastIndexOf("!");
  const bladDel = adress.slice(0, utrop);
  const blad = bladDel.startsWith("'") ? bladDel.slice(1, -1).replace(/''/g, "'") : bladDel;
  const [a, b = a] = adress.slice(utrop + 1).split(":");
  return bladrekt(blad, cell(a), cell(b));
}

/** The rectangle on `blad` from its top-left cell to its bottom-right one (0-based rows and columns). */
function bladrekt(
  blad: string,
  start: { rad: number; kolumn: number },
  slut: { rad: number; kolumn: number },
): { blad: string; rad: number; kolumn: number; rader: number; kolumner: number } {
  return {
    blad,
    rad: start.rad,
    kolumn: start.kolumn,
    rader: slut.rad - start.rad + 1,
    kolumner: slut.kolumn - start.kolumn + 1,
  };
}

export const kolumnIndex = (omrade: string): number => cell(omrade.split(":")[0]).kolumn;

/**
 * One rectangle on a named sheet as Excel writes it in a name's reference (NamedItem.value: "for a named range, it
 * will return the range address"), e.g. `'Nämnd, 2024'!$H$2:$H$30` or `Blad1!H2`, with or without a leading `=`.
 * A quoted sheet name may hold commas, spaces, `!` and apostrophes (doubled inside the quotes); an unquoted one holds
 * none of those (Microsoft support, "Rename a worksheet": a name cannot begin or end with an apostrophe; formulas
 * quote a name with anything other than letters, digits, `_` and `.`). Returns undefined for anything else: several
 * areas (`A1:A2,B1:B2`), a constant, a name without a sheet, text after the address.
 */
export function tolkaBladomrade(
  text: string,
): { blad: string; rad: number; kolumn: number; rader: number; kolumner: number } | undefined {
  const m =
    /^=?(?:'((?:[^']|'')+)'|([^'!,;:\s()"=]+))!(\$?[A-Z]{1,3}\$?[1-9]\d{0,6})(?::(\$?[A-Z]{1,3}\$?[1-9]\d{0,6}))?$/.exec(
      text,
    );
  if (!m) return undefined;
  const blad = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const start = cell(m[3]);
  const slut = cell(m[4] ?? m[3]);
  if (slut.rad < start.rad || slut.kolumn < start.kolumn) return undefined;
  return bladrekt(blad, start, slut);
}
