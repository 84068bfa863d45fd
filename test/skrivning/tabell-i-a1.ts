/** A helper of the write-plan tests: the table read around A1 of a fixture sheet. */
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
