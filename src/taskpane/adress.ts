/** A1 addresses from 0-based row and column indices. */
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
