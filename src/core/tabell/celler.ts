/** A table's cells as the rules read them: the header and the data rows, merged areas already resolved. */
import { arTom, type Cellvarde } from "../tal/cell";
import type { Arkomrade } from "./ark";

/** A cell of the sheet, 0-based. */
export interface Cellplats {
  readonly rad: number;
  readonly kolumn: number;
}

/** One row of a table. */
export interface Cellrad {
  /** The row in the sheet, 0-based. */
  readonly rad: number;
  /** The values of the table's columns as Excel holds them; a cell inside a merged area holds the area's value (see `arvd`). */
  readonly varden: readonly Cellvarde[];
  /** Number format codes, same length as `varden` ("General" where none). */
  readonly format: readonly string[];
  /**
   * Per column, the cell the value was read from when it is not the cell itself: the top-left cell of a merged area
   * (a nämndmål or målvärde merged down over several rows). A formula must refer to that cell, since Excel holds
   * the value there only; undefined for the cell itself (the array may be shorter than the row, or empty).
   */
  readonly kallor: readonly (Cellplats | undefined)[];
  /** A merged area in this row spans two or more of the table's columns (as section headings usually are). */
  readonly sammanfogadOver: boolean;
}

/** A table found in a sheet (or given by the user's selection), before its columns are mapped. */
export interface Tabellceller {
  readonly blad: string;
  /** Header row included, in sheet coordinates (0-based). */
  readonly omrade: Arkomrade;
  /**
   * How many rows the header takes: 1, or 2 when a header merged across columns goes on in the row under it
   * (`Utfall` over `2022 | 2023`). The data rows start under them.
   */
  readonly rubrikrader: 1 | 2;
  /** The header of each column; for a two-row header the two rows joined: `Utfall 2023`. */
  readonly rubriker: readonly Cellvarde[];
  /** Every row under the header down to the table's last row, blank rows inside the table included. */
  readonly rader: readonly Cellrad[];
  /** The Excel table (ListObject) this is, if it is one. */
  readonly excelTabell?: string;
  /** Texts of title rows right above the header ("Kommunövergripande mål: …"), top first. */
  readonly ovanfor: readonly string[];
}

/**
 * Is the value carried down from a merged area that starts above this row? Such a cell gives the row its nämndmål
 * but does not make a blank row a row of data.
 */
export const arArvd = (rad: Cellrad, kolumn: number): boolean => {
  const kalla = rad.kallor[kolumn];
  return kalla !== undefined && kalla.rad !== rad.rad;
};

/** Is this cell written in this row (not blank, not only carried down from a merged area above)? */
export const arSkriven = (rad: Cellrad, kolumn: number): boolean => !arArvd(rad, kolumn) && !arTom(rad.varden[kolumn]);

/** Is the row blank within the table's columns? */
export function arTomRad(rad: Cellrad): boolean {
  for (let k = 0; k < rad.varden.length; k++) if (arSkriven(rad, k)) return false;
  return true;
}

/** A row from plain values (pasted text, or a caller without formats): "General" everywhere, nothing merged. */
export function radAvVarden(rad: number, varden: readonly Cellvarde[], bredd = varden.length): Cellrad {
  const v = Array.from({ length: bredd }, (_, k) => varden[k]);
  return {
    rad,
    varden: v,
    format: Array<string>(bredd).fill("General"),
    kallor: [],
    sammanfogadOver: false,
  };
}
