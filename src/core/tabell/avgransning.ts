/**
 * Finding goal tables in a sheet as Excel holds it (ark.ts): header rows recognised by their words, the table's
 * columns and rows around them, merged areas read as their top-left value, an Excel table (ListObject) read as
 * that table. Pure rules on an Arkutsnitt; the task pane and the batch command find the same tables.
 */
import { arTom, type Cellvarde } from "../tal/cell";
import type { Arkomrade, Arkutsnitt } from "./ark";
import { avsnittstext } from "./avsnitt";
import type { Cellplats, Cellrad, Tabellceller } from "./celler";
import { kanVaraRubrik, lasRubrik, type Rubrik, type Rubrikslag } from "./rubrik";

const OKAND: Rubrikslag = { typ: "okand" };
const INGEN_RUBRIK: Rubrik = { text: "", slag: OKAND };
/** No header the rules know is longer than this: `Utfall föregående år, andel i procent (%)` has 42 characters. */
const LANGSTA_RUBRIK = 80;
/** A row without merged cells: no cell has another cell as its source. */
const INGA_KALLOR: readonly (Cellplats | undefined)[] = Object.freeze([]);

/** How many rows under a header are looked at for data when deciding whether a column without header belongs. */
const DATADJUP = 10;
/** How many rows above a header may hold its titles ("Kommunövergripande mål: …"). */
const TITELRADER = 4;

/** The sheet of an Arkutsnitt, read defensively (rows may be ragged, formats missing: the input is untrusted). */
export class Rutnat {
  readonly hojd: number;
  readonly bredd: number;
  /** The sheet row and column of the utsnitt's first cell. */
  readonly rad0: number;
  readonly kol0: number;
  /** For each cell inside a merged area (top-left included): the area in utsnitt coordinates. Keyed by r * bredd + c. */
  private readonly ytor = new Map<number, Arkomrade>();
  private readonly rubrikcache = new Map<string, Rubrik>();
  /** Each cell as a header, once read. Keyed by r * bredd + c. */
  private readonly lastaRubriker: (Rubrik | undefined)[] = [];

  constructor(readonly utsnitt: Arkutsnitt) {
    const varden: readonly unknown[] = Array.isArray(utsnitt.varden) ? utsnitt.varden : [];
    this.hojd = varden.length;
    this.bredd = varden.reduce<number>((m, r) => Math.max(m, Array.isArray(r) ? r.length : 0), 0);
    this.rad0 = Number.isInteger(utsnitt.rad) ? utsnitt.rad : 0;
    this.kol0 = Number.isInteger(utsnitt.kolumn) ? utsnitt.kolumn : 0;
    for (const a of Array.isArray(utsnitt.sammanfogade) ? utsnitt.sammanfogade : []) {
      if (!a || !(a.rader >= 1 && a.kolumner >= 1) || a.rader * a.kolumner === 1) continue;
      const yta: Arkomrade = {
        rad: a.rad - this.rad0,
        kolumn: a.kolumn - this.kol0,
        rader: a.rader,
        kolumner: a.kolumner,
      };
      const r1 = Math.min(yta.rad + yta.rader, this.hojd);
      const c1 = Math.min(yta.kolumn + yta.kolumner, this.bredd);
      for (let r = Math.max(yta.rad, 0); r < r1; r++) {
        for (let c = Math.max(yta.kolumn, 0); c < c1; c++) this.ytor.set(r * this.bredd + c, yta);
      }
    }
  }

  /** The value stored in the cell (utsnitt coordinates) as Excel holds it; null for blank, outside, or junk. */
  ratt(r: number, c: number): Cellvarde {
    const v = this.utsnitt.varden[r]?.[c];
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;
  }

  format(r: number, c: number): string {
    const f = this.utsnitt.format?.[r]?.[c];
    return typeof f === "string" ? f : "General";
  }

  /** The merged area the cell lies in (its top-left cell included), utsnitt coordinates. */
  yta(r: number, c: number): Arkomrade | undefined {
    return this.ytor.size === 0 ? undefined : this.ytor.get(r * this.bredd + c);
  }

  /** Is the cell merged away (inside a merged area but not its top-left)? */
  private bortfogad(r: number, c: number): boolean {
    const a = this.yta(r, c);
    return a !== undefined && (a.rad !== r || a.kolumn !== c);
  }

  /** Is the cell blank as the user sees it? A cell merged away is blank. */
  tom(r: number, c: number): boolean {
    return this.bortfogad(r, c) || arTom(this.ratt(r, c));
  }

  /** A header cell read (cached by text: headers repeat, and a sheet has few distinct texts). */
  rubrik(r: number, c: number): Rubrik {
    if (r < 0 || c < 0 || r >= this.hojd || c >= this.bredd) return INGEN_RUBRIK;
    // Each cell is read as a header at most once, however many times the table rules ask.
    const i = r * this.bredd + c;
    let las = this.lastaRubriker[i];
    if (las === undefined) {
      las = this.lasRubrikcell(r, c);
      this.lastaRubriker[i] = las;
    }
    return las;
  }

  private lasRubrikcell(r: number, c: number): Rubrik {
    const v = this.bortfogad(r, c) ? null : this.ratt(r, c);
    if (typeof v !== "string") return typeof v === "number" ? lasRubrik(v) : INGEN_RUBRIK;
    // Long texts are sentences, not headers; most data cells fail the cheap test.
    if (v.length > LANGSTA_RUBRIK || !kanVaraRubrik(v)) return { text: v, slag: OKAND };
    let las = this.rubrikcache.get(v);
    if (!las) {
      las = lasRubrik(v);
      if (this.rubrikcache.size < 10_000) this.rubrikcache.set(v, las);
    }
    return las;
  }

  /**
   * Row r of the table whose columns are c0..c1 (inclusive). A merged area is read as its top-left value: down
   * its first column (each such cell names the top-left cell in `kallor`), blank across.
   */
  cellrad(r: number, c0: number, c1: number): Cellrad {
    const varden: Cellvarde[] = [];
    const format: string[] = [];
    let kallor: (Cellplats | undefined)[] | undefined;
    let sammanfogadOver = false;
    for (let c = c0; c <= c1; c++) {
      const a = this.yta(r, c);
      if (a === undefined) {
        varden.push(this.ratt(r, c));
        format.push(this.format(r, c));
        continue;
      }
      const forstaKolumn = c === Math.max(a.kolumn, c0);
      varden.push(forstaKolumn ? this.ratt(a.rad, a.kolumn) : null);
      format.push(forstaKolumn ? this.format(a.rad, a.kolumn) : "General");
      if (forstaKolumn && !(a.rad === r && a.kolumn === c)) {
        kallor ??= [];
        kallor[c - c0] = { rad: a.rad + this.rad0, kolumn: a.kolumn + this.kol0 };
      }
      if (Math.min(a.kolumn + a.kolumner - 1, c1) > Math.max(a.kolumn, c0)) sammanfogadOver = true;
    }
    return { rad: r + this.rad0, varden, format, kallor: kallor ?? INGA_KALLOR, sammanfogadOver };
  }

  /** Is row r blank in columns c0..c1? */
  tomRad(r: number, c0: number, c1: number): boolean {
    for (let c = c0; c <= c1; c++) if (!this.tom(r, c)) return false;
    return true;
  }

  /**
   * Does the row write right beside columns c0..c1 (in column c0 - 1 or c1 + 1)? A cell beyond a blank column is
   * another region, as Excel's current region takes it (a table side by side with this one), not this table's row.
   */
  harUtanfor(r: number, c0: number, c1: number): boolean {
    return (c0 > 0 && !this.tom(r, c0 - 1)) || (c1 + 1 < this.bredd && !this.tom(r, c1 + 1));
  }
}

/**
 * Is row r, within c0..c1, a header row: at least two known headers, one of them a role word (not only a year or a
 * left-alone word such as Kommentar) and one a value column (a period or year, Föregående, Målvärde, Status)?
 */
export function arRubrikrad(rutnat: Rutnat, r: number, c0: number, c1: number): boolean {
  let kanda = 0;
  let ord = 0;
  let varde = 0;
  for (let c = c0; c <= c1; c++) {
    const las = rutnat.rubrik(r, c);
    const typ = las.slag.typ;
    if (typ === "okand" || typ === "egen") continue;
    kanda++;
    const arAr = typ === "period" && las.text.replace(/\d/g, "").trim() === "";
    if (typeof rutnat.ratt(r, c) === "string" && !arAr && typ !== "lamnas") ord++;
    const status = typ === "roll" && las.slag.roll === "status";
    if (typ === "period" || typ === "foregaende" || typ === "malvarde" || status) varde++;
  }
  return kanda >= 2 && ord >= 1 && varde >= 1;
}

/** Does column c hold anything in the rows right under r, before the first blank row? */
function harDataUnder(rutnat: Rutnat, r: number, c: number): boolean {
  for (let rr = r + 1; rr <= Math.min(r + DATADJUP, rutnat.hojd - 1); rr++) {
    if (!rutnat.tom(rr, c)) return true;
    if (rutnat.tomRad(rr, 0, rutnat.bredd - 1)) return false;
  }
  return false;
}

/**
 * Is the column part of a table whose header is row r: a header that is not Målkoll's own, data under it, or a
 * header cell merged across it from the left (a wide `Indikator` merged over A:B, its names merged likewise in every
 * row: Excel holds the value in the area's top-left cell only, and the area is one column of the table to the user).
 */
function hor(rutnat: Rutnat, r: number, c: number): boolean {
  if (rutnat.rubrik(r, c).slag.typ === "egen") return false;
  if (!rutnat.tom(r, c) || harDataUnder(rutnat, r, c)) return true;
  const yta = rutnat.yta(r, c);
  return yta !== undefined && yta.kolumn < c && !rutnat.tom(yta.rad, yta.kolumn);
}

/** The stretches of row r that can be tables: runs of columns with a header or data, Målkoll's columns cut out. */
function strackor(rutnat: Rutnat, r: number): [number, number][] {
  const ut: [number, number][] = [];
  let start = -1;
  for (let c = 0; c <= rutnat.bredd; c++) {
    const med = c < rutnat.bredd && hor(rutnat, r, c);
    if (med && start < 0) start = c;
    if (!med && start >= 0) {
      ut.push([start, c - 1]);
      start = -1;
    }
  }
  return ut;
}

/** Is row r a single text cell, as a heading or title is? */
const arEnText = (rutnat: Rutnat, r: number, c0: number, c1: number): boolean =>
  avsnittstext(rutnat.cellrad(r, c0, c1)) !== undefined;

/**
 * The rows of a table whose header is row r and columns c0..c1: down to the last row before two blank rows in a row,
 * a new header, or a row after a blank row whose columns do not continue (it writes outside the table, or it is
 * a title followed by a header). Footnotes are left out: the last rows, when a blank row stands before the first of
 * them and every one written is a single text (`Not: …`, `Källa: Kolada`, blank rows between them).
 */
export function tabellslut(rutnat: Rutnat, r: number, c0: number, c1: number): number {
  let slut = r;
  let iFoljd = 0;
  for (let rr = r + 1; rr < rutnat.hojd; rr++) {
    if (rutnat.tomRad(rr, c0, c1)) {
      if (++iFoljd >= 2) break;
      continue;
    }
    if (arRubrikrad(rutnat, rr, c0, c1) && !arSammaRubrik(rutnat, r, rr, c0, c1)) break;
    if (iFoljd === 1) {
      if (rutnat.harUtanfor(rr, c0, c1)) break;
      if (arEnText(rutnat, rr, c0, c1) && nastaArRubrik(rutnat, rr, c0, c1)) break;
    }
    iFoljd = 0;
    slut = rr;
  }
  // The table holds no two blank rows in a row: the row before the blank row above the first footnote is written
  // (or is the header).
  let fotnot = -1;
  for (let rr = slut; rr > r + 1; rr--) {
    if (rutnat.tomRad(rr, c0, c1)) continue;
    if (!arEnText(rutnat, rr, c0, c1)) break;
    if (rutnat.tomRad(rr - 1, c0, c1)) fotnot = rr;
  }
  return fotnot > 0 ? fotnot - 2 : slut;
}

function arSammaRubrik(rutnat: Rutnat, r: number, rr: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (String(rutnat.ratt(r, c) ?? "") !== String(rutnat.ratt(rr, c) ?? "")) return false;
  return true;
}

/** Is the next non-blank row after rr (within two rows) a header row? */
function nastaArRubrik(rutnat: Rutnat, rr: number, c0: number, c1: number): boolean {
  for (let n = rr + 1; n <= Math.min(rr + 2, rutnat.hojd - 1); n++) {
    if (rutnat.tomRad(n, 0, rutnat.bredd - 1)) continue;
    return strackor(rutnat, n).some(([a, b]) => b >= c0 && a <= c1 && arRubrikrad(rutnat, n, a, b));
  }
  return false;
}

/** Title rows right above a header (rows of one text cell, blank rows between allowed), top first. */
function titlarOvanfor(rutnat: Rutnat, r: number, golv: number): string[] {
  const ut: string[] = [];
  for (let rr = r - 1; rr >= Math.max(golv, r - TITELRADER); rr--) {
    if (rutnat.tomRad(rr, 0, rutnat.bredd - 1)) continue;
    const titel = avsnittstext(rutnat.cellrad(rr, 0, rutnat.bredd - 1));
    if (!titel) break;
    ut.unshift(titel.text);
  }
  return ut;
}

/**
 * Does the header of row r go on in the row under it, as in årsredovisningar where `Utfall` is merged across the
 * year columns written in the row below? True when row r has a cell merged across two or more of the columns and
 * every written cell of row r + 1 is a header the rules know (a year, a period, Målvärde…).
 */
export function arTvaRubrikrader(rutnat: Rutnat, r: number, c0: number, c1: number): boolean {
  if (r + 1 >= rutnat.hojd || !rutnat.cellrad(r, c0, c1).sammanfogadOver) return false;
  let kanda = 0;
  for (let c = c0; c <= c1; c++) {
    if (rutnat.tom(r + 1, c)) continue;
    const typ = rutnat.rubrik(r + 1, c).slag.typ;
    if (typ === "okand" || typ === "egen") return false;
    kanda++;
  }
  return kanda > 0;
}

/** The headers of a two-row header: the upper cell (a merged one across its columns) and the lower, joined. */
function kombineradeRubriker(rutnat: Rutnat, r: number, c0: number, c1: number): Cellvarde[] {
  const ut: Cellvarde[] = [];
  for (let c = c0; c <= c1; c++) {
    const yta = rutnat.yta(r, c);
    const ovre = yta ? rutnat.ratt(yta.rad, yta.kolumn) : rutnat.ratt(r, c);
    const undre = rutnat.tom(r + 1, c) ? null : rutnat.ratt(r + 1, c);
    if (arTom(ovre)) ut.push(undre);
    else if (arTom(undre)) ut.push(ovre);
    else ut.push(`${String(ovre).trim()} ${String(undre).trim()}`);
  }
  return ut;
}

/**
 * The table with its header at row r (utsnitt coordinates; two rows when `arTvaRubrikrader`) over columns c0..c1 and
 * data rows down to `slut`.
 */
export function tabellceller(
  rutnat: Rutnat,
  r: number,
  c0: number,
  c1: number,
  slut: number,
  ovanfor: readonly string[],
  excelTabell?: string,
  rubrikrader: 1 | 2 = 1,
): Tabellceller {
  const rubriker = rubrikrader === 2 ? kombineradeRubriker(rutnat, r, c0, c1) : rutnat.cellrad(r, c0, c1).varden;
  const rader: Cellrad[] = [];
  for (let rr = r + rubrikrader; rr <= slut; rr++) rader.push(rutnat.cellrad(rr, c0, c1));
  return {
    blad: rutnat.utsnitt.blad,
    omrade: { rad: r + rutnat.rad0, kolumn: c0 + rutnat.kol0, rader: slut - r + 1, kolumner: c1 - c0 + 1 },
    rubrikrader,
    rubriker,
    rader,
    excelTabell,
    ovanfor,
  };
}

/** Is cell (`rad`, `kolumn`) inside rectangle `o` (same coordinates)? */
export const inuti = (o: Arkomrade, rad: number, kolumn: number): boolean =>
  rad >= o.rad && rad < o.rad + o.rader && kolumn >= o.kolumn && kolumn < o.kolumn + o.kolumner;

/** Do rectangles `a` and `b` (same coordinates, any origin) share a cell? Touching edges do not. */
export const overlappar = (a: Arkomrade, b: Arkomrade): boolean =>
  a.rad < b.rad + b.rader &&
  b.rad < a.rad + a.rader &&
  a.kolumn < b.kolumn + b.kolumner &&
  b.kolumn < a.kolumn + a.kolumner;

/** The Excel tables of the utsnitt that lie inside it, in utsnitt coordinates, as found tables. */
function excelTabeller(rutnat: Rutnat): Tabellceller[] {
  const ut: Tabellceller[] = [];
  for (const t of Array.isArray(rutnat.utsnitt.tabeller) ? rutnat.utsnitt.tabeller : []) {
    const o = t?.omrade;
    if (!o || !(o.rader >= 1 && o.kolumner >= 1)) continue;
    const r = o.rad - rutnat.rad0;
    const c0 = o.kolumn - rutnat.kol0;
    const slut = Math.min(r + o.rader - 1, rutnat.hojd - 1);
    let c1 = Math.min(c0 + o.kolumner - 1, rutnat.bredd - 1);
    if (r < 0 || c0 < 0 || r >= rutnat.hojd || c1 < c0) continue;
    // Excel widens a table to take in a column written right beside it: Målkoll's own columns are not the user's.
    for (let c = c0; c <= c1; c++) {
      if (rutnat.rubrik(r, c).slag.typ === "egen") {
        c1 = c - 1;
        break;
      }
    }
    if (c1 < c0) continue;
    const rubrikrader = arTvaRubrikrader(rutnat, r, c0, c1) && slut > r ? 2 : 1;
    const celler = tabellceller(
      rutnat,
      r,
      c0,
      c1,
      slut,
      titlarOvanfor(rutnat, r, 0),
      String(t.namn ?? ""),
      rubrikrader,
    );
    ut.push(celler);
  }
  return ut;
}

/**
 * Every table of the sheet: its Excel tables (ListObjects, `excel`, whatever their headers say), and each header
 * row the rules recognise outside them (`tabeller`), top to bottom and left to right.
 */
export function hittaTabeller(rutnat: Rutnat): { tabeller: Tabellceller[]; excel: Tabellceller[] } {
  const excel = excelTabeller(rutnat);
  const tabeller: Tabellceller[] = [];
  const upptaget = (o: Arkomrade) =>
    excel.some((e) => overlappar(e.omrade, o)) || tabeller.some((t) => overlappar(t.omrade, o));
  const golv: number[] = Array<number>(rutnat.bredd).fill(0);
  for (let r = 0; r < rutnat.hojd; r++) {
    // Cheap test first: two known headers anywhere in the row.
    if (!arRubrikrad(rutnat, r, 0, rutnat.bredd - 1)) continue;
    for (const [c0, c1] of strackor(rutnat, r)) {
      if (!arRubrikrad(rutnat, r, c0, c1)) continue;
      const rubrikrad: Arkomrade = { rad: r + rutnat.rad0, kolumn: c0 + rutnat.kol0, rader: 1, kolumner: c1 - c0 + 1 };
      if (upptaget(rubrikrad)) continue;
      const rubrikrader = arTvaRubrikrader(rutnat, r, c0, c1) ? 2 : 1;
      const slut = Math.max(tabellslut(rutnat, r + rubrikrader - 1, c0, c1), r + rubrikrader - 1);
      const ovanfor = titlarOvanfor(rutnat, r, Math.max(...golv.slice(c0, c1 + 1)));
      tabeller.push(tabellceller(rutnat, r, c0, c1, slut, ovanfor, undefined, rubrikrader));
      for (let c = c0; c <= c1; c++) golv[c] = slut + 1;
    }
  }
  return { tabeller, excel };
}

/**
 * The region around cell (r, c) as Excel's "current region" takes it (rows and columns joined by any written cell,
 * diagonals included), then extended down across single blank rows while the columns continue. For a table whose
 * header the rules do not recognise: the pane reads it and asks for the roles.
 */
export function omradeKring(rutnat: Rutnat, r: number, c: number): { r0: number; r1: number; c0: number; c1: number } {
  const o = { r0: r, r1: r, c0: c, c1: c };
  // A cell merged away is part of its area, which Excel shows and selects as one cell: filled when the area's
  // top-left cell is (a name merged over A:B in every row is one column of names).
  const fylld = (rr: number, cc: number) => {
    if (rr < 0 || cc < 0 || rr >= rutnat.hojd || cc >= rutnat.bredd) return false;
    const yta = rutnat.yta(rr, cc);
    return !rutnat.tom(yta?.rad ?? rr, yta?.kolumn ?? cc);
  };
  const radFylld = (rr: number) => {
    for (let cc = o.c0 - 1; cc <= o.c1 + 1; cc++) if (fylld(rr, cc)) return true;
    return false;
  };
  const kolumnFylld = (cc: number) => {
    for (let rr = o.r0 - 1; rr <= o.r1 + 1; rr++) if (fylld(rr, cc)) return true;
    return false;
  };
  for (;;) {
    if (radFylld(o.r0 - 1)) o.r0--;
    else if (radFylld(o.r1 + 1)) o.r1++;
    else if (kolumnFylld(o.c0 - 1)) o.c0--;
    else if (kolumnFylld(o.c1 + 1)) o.c1++;
    else {
      // Across one blank row, when the row beyond it writes within the columns and is no header of its own.
      const fortsatter = (rr: number) =>
        rr >= 0 &&
        rr < rutnat.hojd &&
        !rutnat.tomRad(rr, o.c0, o.c1) &&
        !rutnat.harUtanfor(rr, o.c0, o.c1) &&
        !arRubrikrad(rutnat, rr, o.c0, o.c1);
      if (fortsatter(o.r1 + 2)) o.r1 += 2;
      else if (fortsatter(o.r0 - 2)) o.r0 -= 2;
      else return o;
    }
  }
}
