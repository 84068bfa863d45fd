/** Shared by the write-plan tests: a table read around A1 of a fixture sheet, and a record of what was written. */
import type { Spar } from "../../src/core/skrivning/agande";
import { lasTabellVid, type Lastabell } from "../../src/core/tabell/tabell";
import { ark, las, type Cellspec } from "../fixtures/layouter";

/** The table around A1 of a sheet given as rows (Cellspec: a value, or a value with its number format). */
export function lasTabellIA1(rader: readonly Cellspec[][], val: { sammanfogade?: string[] } = {}): Lastabell {
  const { utsnitt } = ark(
    "B",
    rader.map((r) => las(...r)),
    val,
  );
  const svar = lasTabellVid(utsnitt, { rad: 0, kolumn: 0, rader: 1, kolumner: 1 });
  if (!svar.tabell) throw new Error(svar.fel);
  return svar.tabell;
}

/** A record as Excel shows it after Färgmarkera on A1:G27 (status H, goal I, legend H29:H33). */
export const SPAR: Spar = {
  tabell: { rad: 0, kolumn: 0, rader: 27, kolumner: 7 },
  status: { rad: 0, kolumn: 7, rader: 27, kolumner: 1 },
  mal: { rad: 0, kolumn: 8, rader: 27, kolumner: 1 },
  forklaring: [0, 1, 2, 3, 4].map((i) => ({ rad: 28 + i, kolumn: 7 })),
  roller: { utfall: 5, malvarde: 6, foregaende: 4, namndmal: 1, indikator: 2 },
};
