/**
 * Reading and writing the record (markering.ts) through Office.js: the workbook's defined names.
 * Names: NamedItemCollection.add (ExcelApi 1.4), NamedItem.visible (1.1), NamedItem.delete (1.4); the collection
 * loaded with name, type, value and visible gives every range's current address in one request (NamedItem.value:
 * "for a named range, it will return the range address").
 */
import {
  omradesAdress,
  kolumnbokstav,
  tolkaAdress,
  klassa,
  type Cellpos,
  type Rekt,
  overlappar,
  type Spar,
  type Lage,
  MALRUBRIK,
  STATUSRUBRIK,
} from "../../core";
import {
  FORKLARINGSDELAR,
  namnFor,
  tolkaPoster,
  type Lastnamn,
  type Post,
  type Postdel,
  type Poster,
} from "../markering";
import type { Kommando } from "./kontext";

/**
 * Queues loading the workbook's names and the names scoped to each sheet of `blad` (Worksheet.names, ExcelApi 1.4:
 * where Excel puts the copies of Målkoll's names when a sheet is copied); call the returned function after the next
 * sync. `blad` must be sheets that exist (loaded items, or the active sheet).
 */
export function koaPoster(context: Excel.RequestContext, blad: readonly Excel.Worksheet[] = []): () => Poster {
  const falt = "items/name,items/type,items/value,items/visible";
  const namn = context.workbook.names;
  namn.load(falt);
  const skopade = blad.map((b) => {
    b.load("name");
    const n = b.names;
    n.load(falt);
    return { b, n };
  });
  const las = (n: Excel.NamedItem, omfang?: string): Lastnamn => ({
    name: n.name,
    type: n.type,
    value: n.value as unknown,
    visible: n.visible,
    omfang,
  });
  return () =>
    tolkaPoster([
      ...namn.items.map((n) => las(n)),
      ...skopade.flatMap(({ b, n }) => n.items.map((x) => las(x, b.name))),
    ]);
}

/** The record of the table at `rekt` on `blad`: the one whose newest table range overlaps it most. */
export function postFor(poster: readonly Post[], blad: string, rekt: Rekt): Post | undefined {
  let bast: Post | undefined;
  let mest = 0;
  for (const p of poster) {
    const g = p.generationer[p.generationer.length - 1];
    const t = g?.spar.tabell;
    if (!g || !t || g.blad?.toLowerCase() !== blad.toLowerCase() || !overlappar(t, rekt)) continue;
    const yta =
      (Math.min(t.rad + t.rader, rekt.rad + rekt.rader) - Math.max(t.rad, rekt.rad)) *
      (Math.min(t.kolumn + t.kolumner, rekt.kolumn + rekt.kolumner) - Math.max(t.kolumn, rekt.kolumn));
    if (yta > mest) {
      mest = yta;
      bast = p;
    }
  }
  return bast;
}

/** The record whose Målkoll columns or legend hold the cell, if any. */
export function postMedCell(poster: readonly Post[], blad: string, rad: number, kolumn: number): Post | undefined {
  const i = (r: Rekt | null | undefined) =>
    !!r && kolumn >= r.kolumn && kolumn < r.kolumn + r.kolumner && rad >= r.rad && rad < r.rad + r.rader;
  return poster.find((p) =>
    p.generationer.some(
      (g) =>
        g.blad?.toLowerCase() === blad.toLowerCase() &&
        (i(g.spar.status) || i(g.spar.mal) || g.spar.forklaring.some((f) => f && f.rad === rad && f.kolumn === kolumn)),
    ),
  );
}

/**
 * Each generation's record, with the merged areas of the sheet as read now (agande.ts: a formula may read a value
 * merged down at its area's top-left cell).
 */
export const spar = (p: Post | undefined, sammanfogade: readonly Rekt[] = []): Spar[] =>
  p ? p.generationer.map((g) => (sammanfogade.length > 0 ? { ...g.spar, sammanfogade } : g.spar)) : [];

/** Can this Excel read merged areas (Range.getMergedAreasOrNullObject, ExcelApi 1.13)? */
export const kanLasaSammanfogade = (): boolean => Office.context.requirements.isSetSupported("ExcelApi", "1.13");

/**
 * At most this many cells per getMergedAreasOrNullObject: the method fails for more than 512 merged areas in its
 * range (@types/office-js, Range.getMergedAreasOrNullObject), and a merged area has at least two cells.
 */
export const SAMMANFOGADE_CELLER = 1024;

/** `'Mål 2020'!A2:A3, 'Mål 2020'!B2:B5` (RangeAreas.address) → the rectangles; a sheet name may hold a comma. */
export function tolkaOmraden(adress: string): Rekt[] {
  const delar: string[] = [];
  let del = "";
  let citat = false;
  for (const t of adress) {
    if (t === "'") citat = !citat;
    if (t === "," && !citat) {
      delar.push(del.trim());
      del = "";
    } else del += t;
  }
  if (del.trim() !== "") delar.push(del.trim());
  return delar.map((d) => {
    const a = tolkaAdress(d.includes("!") ? d : `x!${d}`);
    return { rad: a.rad, kolumn: a.kolumn, rader: a.rader, kolumner: a.kolumner };
  });
}

/**
 * Queues reading the merged areas whose top-left cell lies in `rekt`, in pieces of at most SAMMANFOGADE_CELLER cells
 * (Range.getMergedAreasOrNullObject, ExcelApi 1.13; office-js issue #3611: only areas that start in the range).
 * Returns a function to call after the next sync. Without ExcelApi 1.13, nothing is read and the list is empty:
 * merged cells then read as Excel holds them (the value in the top-left cell, the others blank).
 */
export function koaSammanfogade(blad: Excel.Worksheet, rekt: Rekt): () => Rekt[] {
  if (!kanLasaSammanfogade() || rekt.rader <= 0 || rekt.kolumner <= 0) return () => [];
  const perBit = Math.max(1, Math.floor(SAMMANFOGADE_CELLER / rekt.kolumner));
  const ytor: Excel.RangeAreas[] = [];
  for (let r = 0; r < rekt.rader; r += perBit) {
    const bredd = Math.min(rekt.kolumner, SAMMANFOGADE_CELLER);
    for (let k = 0; k < rekt.kolumner; k += bredd) {
      const omrade = blad.getRange(
        omradesAdress(
          rekt.rad + r,
          rekt.kolumn + k,
          Math.min(perBit, rekt.rader - r),
          Math.min(bredd, rekt.kolumner - k),
        ),
      );
      const y = omrade.getMergedAreasOrNullObject();
      y.load("address");
      ytor.push(y);
    }
  }
  return () => ytor.flatMap((y) => (y.isNullObject ? [] : tolkaOmraden(y.address)));
}

/**
 * Where Målkoll's cells of a record can be on `blad`: its status and goal columns from their headers down to the
 * legend, or to the sheet's last used row `slut` (0-based) when that is further (a sort moves cell contents but not
 * the names: a sort of rows that take in another table's can carry them below the legend), and the legend cells.
 * Below the record's own rows, a column's cells count only down to the first Målkoll header there (egnaRader): that is
 * where a copy of a marked table begins, which is the user's.
 */
export function delar(p: Post, blad: string, slut = -1): Rekt[] {
  const ut: Rekt[] = [];
  for (const g of p.generationer) {
    if (g.blad?.toLowerCase() !== blad.toLowerCase()) continue;
    const forklaring = g.spar.forklaring.filter((f): f is Cellpos => !!f);
    const botten = Math.max(slut, ...forklaring.map((f) => f.rad));
    for (const d of [g.spar.status, g.spar.mal]) if (d) ut.push({ ...d, rader: Math.max(d.rader, botten - d.rad + 1) });
    for (const f of forklaring) ut.push({ rad: f.rad, kolumn: f.kolumn, rader: 1, kolumner: 1 });
  }
  return ut;
}

/** The last row of the record's own parts on `blad` (its columns' names and legend cells); -1 when none. */
export function egenBotten(p: Post, blad: string): number {
  return Math.max(-1, ...exaktaDelar(p, blad).map((d) => d.rad + d.rader - 1));
}

/**
 * How many rows of a column `rekt` from delar (read as `varden`) may hold the record's cells: all down to the first
 * row below the record's status and goal columns that holds Målkoll's status or goal header. A pasted copy of a marked table
 * carries that header on top, and its formulas read their own rows as Målkoll's do, so from there on the cells are
 * the user's copy (or another record's block), never this record's.
 */
export function egnaRader(p: Post, blad: string, rekt: Rekt, varden: readonly (readonly unknown[])[]): number {
  // From below the record's status and goal columns: a header among the legend's rows is a pasted copy's too (the
  // legend holds its own texts, never a column header).
  const kolumner = p.generationer
    .filter((g) => g.blad?.toLowerCase() === blad.toLowerCase())
    .flatMap((g) => [g.spar.status, g.spar.mal])
    .filter((d): d is Rekt => !!d);
  const botten = Math.max(-1, ...kolumner.map((d) => d.rad + d.rader - 1));
  for (let j = Math.max(0, botten - rekt.rad + 1); j < varden.length; j++)
    if (varden[j].some((v) => v === STATUSRUBRIK || v === MALRUBRIK)) return j;
  return varden.length;
}

/** The record's parts exactly where its names say they are: status and goal columns, legend cells. */
export function exaktaDelar(p: Post, blad: string): Rekt[] {
  const ut: Rekt[] = [];
  for (const g of p.generationer) {
    if (g.blad?.toLowerCase() !== blad.toLowerCase()) continue;
    for (const d of [g.spar.status, g.spar.mal]) if (d) ut.push(d);
    for (const f of g.spar.forklaring) if (f) ut.push({ rad: f.rad, kolumn: f.kolumn, rader: 1, kolumner: 1 });
  }
  return ut;
}

/** Is the cell in one of the record's parts where the record says they are (not just below them)? */
export function iDelarna(p: Post, blad: string, rad: number, kolumn: number): boolean {
  const i = (r: Rekt | null | undefined) =>
    !!r && kolumn >= r.kolumn && kolumn < r.kolumn + r.kolumner && rad >= r.rad && rad < r.rad + r.rader;
  return p.generationer.some(
    (g) =>
      g.blad?.toLowerCase() === blad.toLowerCase() &&
      (i(g.spar.status) || i(g.spar.mal) || g.spar.forklaring.some((f) => f && f.rad === rad && f.kolumn === kolumn)),
  );
}

/** The new generation's names: one per part, hidden. */
export interface Nydel {
  readonly del: Postdel;
  readonly rekt?: Rekt;
  readonly text?: string;
}

export function laggTillNamn(
  context: Excel.RequestContext,
  blad: Excel.Worksheet,
  id: number,
  gen: number,
  nya: readonly Nydel[],
): Kommando[] {
  return nya.map((d) => ({
    storlek: 400 + (d.text?.length ?? 0),
    utfor: () => {
      const namn = namnFor(id, gen, d.del);
      const ref = d.rekt
        ? blad.getRange(omradesAdress(d.rekt.rad, d.rekt.kolumn, d.rekt.rader, d.rekt.kolumner))
        : `="${(d.text ?? "").replace(/"/g, '""')}"`;
      const item = context.workbook.names.add(namn, ref);
      item.visible = false;
    },
  }));
}

/** The records of the workbook's names and of the names scoped to each of `blad` (koaPoster). One sync. */
export async function lasPoster(context: Excel.RequestContext, blad: readonly Excel.Worksheet[]): Promise<Poster> {
  const poster = koaPoster(context, blad);
  await context.sync();
  return poster();
}

/** Deleting names: the workbook's, or those scoped to sheet `omfang` (a record copied with a sheet). */
export function taBortNamn(
  context: Excel.RequestContext,
  namn: readonly string[],
  omfang?: Excel.Worksheet,
): Kommando[] {
  const samling = () => (omfang ? omfang.names : context.workbook.names);
  return namn.map((n) => ({ storlek: 200, utfor: () => samling().getItem(n).delete() }));
}

export const forklaringsdelar = FORKLARINGSDELAR;

/** Contents by cell, from rectangles read with Range.formulas. */
export class Innehall {
  private readonly celler = new Map<string, unknown>();
  lagg(rekt: Rekt, varden: readonly (readonly unknown[])[]): void {
    varden.forEach((rad, i) => rad.forEach((v, j) => this.celler.set(`${rekt.rad + i},${rekt.kolumn + j}`, v)));
  }
  har(rad: number, kolumn: number): boolean {
    return this.celler.has(`${rad},${kolumn}`);
  }
  hamta(rad: number, kolumn: number): unknown {
    return this.celler.get(`${rad},${kolumn}`) ?? "";
  }
}

/**
 * Queues reading the merged areas a record's formulas may read at their top-left cells: over the columns the formulas
 * read (and the table's), from the table's first row down to the record's parts or the sheet's last used row `slut`,
 * wherever the user's edits moved them since. Returns a function to call after the next sync (koaSammanfogade).
 */
export function koaPostensSammanfogade(blad: Excel.Worksheet, p: Post, bladnamn: string, slut = -1): () => Rekt[] {
  const lasningar: (() => Rekt[])[] = [];
  for (const g of p.generationer) {
    if (g.blad?.toLowerCase() !== bladnamn.toLowerCase()) continue;
    const kolumner = Object.values(g.spar.roller).filter((k): k is number => typeof k === "number");
    const t = g.spar.tabell;
    if (t) kolumner.push(t.kolumn, t.kolumn + t.kolumner - 1);
    const delarna = [g.spar.status, g.spar.mal, t].filter((d): d is Rekt => !!d);
    if (kolumner.length === 0 || delarna.length === 0) continue;
    const forsta = Math.min(...delarna.map((d) => d.rad));
    const sista = Math.max(slut, ...delarna.map((d) => d.rad + d.rader - 1));
    const k0 = Math.min(...kolumner);
    lasningar.push(
      koaSammanfogade(blad, {
        rad: forsta,
        kolumn: k0,
        rader: sista - forsta + 1,
        kolumner: Math.max(...kolumner) - k0 + 1,
      }),
    );
  }
  return () => lasningar.flatMap((l) => l());
}

/** How the statuses stand in the newest generation's status and goal columns. */
export function lage(p: Post, innehall: Innehall, sammanfogade: readonly Rekt[] = []): Lage {
  const g = p.generationer[p.generationer.length - 1];
  const s = spar(p, sammanfogade);
  let levande = 0;
  let lasta = 0;
  let forHand = 0;
  for (const del of [g?.spar.status, g?.spar.mal]) {
    if (!del) continue;
    for (let r = del.rad; r < del.rad + del.rader; r++) {
      const v = innehall.hamta(r, del.kolumn);
      const k = klassa(v, r, del.kolumn, s);
      if (k === "formel") levande++;
      else if (k === "varde") lasta++;
      else if (k === "anvandare" && r > del.rad) forHand++;
    }
  }
  return { levande, lasta, forHand };
}

/** `H2:H27` (without the sheet). */
export const adressAv = (r: Rekt): string => omradesAdress(r.rad, r.kolumn, r.rader, r.kolumner);
export const kolumnAv = (r: Rekt): string => kolumnbokstav(r.kolumn);
