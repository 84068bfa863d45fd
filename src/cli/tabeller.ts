/**
 * The goal tables of one sheet, found and judged by the core. A thin adapter: it only chooses which rows of an
 * Arkutsnitt to hand to the core's column mapping (hittaKolumner) and judgement (utvardera), the two functions the
 * task pane calls on the table it read. No table rule of its own beyond where a table starts and ends.
 */
import type { Arkomrade, Arkutsnitt } from "../core/tabell/ark";
import { hittaKolumner, utvardera, type Kolumnval, type Utvardering } from "../core/tabell/tabell";
import { omradesAdress } from "../core/skrivning/adress";
import { arTom, type Cellvarde } from "../core/tal/cell";

/** A goal table as read from a sheet and judged. */
export interface LastTabell {
  readonly blad: string;
  /** Header row included, in sheet coordinates (0-based). */
  readonly omrade: Arkomrade;
  /** "A1:G27". */
  readonly adress: string;
  readonly rubriker: readonly Cellvarde[];
  readonly data: readonly (readonly Cellvarde[])[];
  /** Number formats, header row first, same shape as [rubriker, ...data]. */
  readonly format: readonly (readonly string[])[];
  /** Merged areas inside the table, relative to its top-left cell. */
  readonly sammanfogade: readonly Arkomrade[];
  readonly val: Kolumnval;
  readonly utv: Utvardering;
}

/** The tables of one sheet, and what could not be read, as Swedish sentences. */
export interface Arkresultat {
  readonly tabeller: readonly LastTabell[];
  readonly problem: readonly string[];
}

const radTom = (rad: readonly Cellvarde[]): boolean => rad.every(arTom);

/** A header row: a name column (indikator or aktivitet) and something to judge it by. */
function arRubrikrad(val: Kolumnval): boolean {
  const namn = val.indikator !== undefined || val.aktivitet !== undefined;
  return namn && (val.malvarde !== undefined || val.utfall !== undefined || val.status !== undefined);
}

/** Where a table's rows end: the first blank row, or the end of the sheet. */
function slutrad(varden: readonly (readonly Cellvarde[])[], fran: number): number {
  let r = fran;
  while (r < varden.length && !radTom(varden[r])) r++;
  return r;
}

/**
 * Finds and judges the goal tables of a sheet: each Excel table (ListObject) with a header the core maps, and each
 * block of rows under a mapped header row. A table without a målvärde column (and no status column) is not judged
 * and named in `problem`; so is a sheet with no table at all.
 */
export function lasTabeller(utsnitt: Arkutsnitt): Arkresultat {
  const { varden, format } = utsnitt;
  const tabeller: LastTabell[] = [];
  const problem: string[] = [];
  const block: { fran: number; till: number; kolumn: number; kolumner: number }[] = [];
  for (const t of utsnitt.tabeller) {
    const fran = t.omrade.rad - utsnitt.rad;
    const kolumn = t.omrade.kolumn - utsnitt.kolumn;
    if (fran < 0 || kolumn < 0 || fran >= varden.length) continue;
    block.push({ fran, till: Math.min(fran + t.omrade.rader, varden.length), kolumn, kolumner: t.omrade.kolumner });
  }
  const iTabell = (r: number) => block.some((b) => r >= b.fran && r < b.till);
  for (let r = 0; r < varden.length; r++) {
    if (iTabell(r) || radTom(varden[r]) || !arRubrikrad(hittaKolumner(varden[r]))) continue;
    const till = slutrad(varden, r + 1);
    block.push({ fran: r, till, kolumn: 0, kolumner: varden[r].length });
    r = till - 1;
  }
  block.sort((a, b) => a.fran - b.fran || a.kolumn - b.kolumn);

  for (const b of block) {
    const skiva = <T>(rader: readonly (readonly T[])[]) =>
      rader.slice(b.fran, b.till).map((rad) => rad.slice(b.kolumn, b.kolumn + b.kolumner));
    const [rubriker, ...data] = skiva(varden);
    const omrade: Arkomrade = {
      rad: utsnitt.rad + b.fran,
      kolumn: utsnitt.kolumn + b.kolumn,
      rader: b.till - b.fran,
      kolumner: b.kolumner,
    };
    const adress = omradesAdress(omrade.rad, omrade.kolumn, omrade.rader, omrade.kolumner);
    const val = hittaKolumner(rubriker);
    if (!arRubrikrad(val)) {
      problem.push(`Tabellen ${adress} har inga rubriker som Målkoll känner igen (Indikator, Utfall, Målvärde).`);
      continue;
    }
    if (val.malvarde === undefined && val.status === undefined) {
      problem.push(`Tabellen ${adress} har ingen kolumn Målvärde: raderna kan inte bedömas.`);
      continue;
    }
    if (data.length === 0 || data.every(radTom)) {
      problem.push(`Tabellen ${adress} har inga rader under rubrikraden.`);
      continue;
    }
    const sammanfogade = utsnitt.sammanfogade
      .filter(
        (s) =>
          s.rad >= omrade.rad &&
          s.kolumn >= omrade.kolumn &&
          s.rad + s.rader <= omrade.rad + omrade.rader &&
          s.kolumn + s.kolumner <= omrade.kolumn + omrade.kolumner,
      )
      .map((s) => ({ ...s, rad: s.rad - omrade.rad, kolumn: s.kolumn - omrade.kolumn }));
    tabeller.push({
      blad: utsnitt.blad,
      omrade,
      adress,
      rubriker,
      data,
      format: skiva(format),
      sammanfogade,
      val,
      utv: utvardera(data, val),
    });
  }
  if (block.length === 0) {
    problem.push(
      varden.length === 0
        ? "Bladet är tomt."
        : "Ingen måltabell hittades: ingen rubrikrad med Indikator (eller Nyckeltal) och Målvärde eller Utfall.",
    );
  }
  return { tabeller, problem };
}
