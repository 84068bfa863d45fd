/**
 * Is this cell, or this conditional format, still Målkoll's? (spec §13.1, §13.3)
 *
 * Målkoll writes into a cell, or clears it, only when the cell is empty or holds exactly what Målkoll puts there:
 * its header, a status formula for the cell's own row that reads the table's columns where they are now (a value cell
 * as it is or wrapped by its reading, a merged area's top-left cell above the row, the riktning as a reference or as
 * the pane's text), a goal formula of the same kind, a status it locked (`="Uppfyllt"`), or its legend text in the
 * legend's own cell. The positions come from the record (markering), which Excel keeps current through defined names;
 * so a formula whose references Excel moved after an inserted column is still recognised, and one a person edited
 * is not.
 *
 * Everything here is pure: contents and positions in, a verdict out.
 */
import { FARGER } from "../bedomning/farger";
import { lasStatus, STATUSAR, type Status } from "../bedomning/status";
import { RIKTNING_TEXT, type Riktning } from "../bedomning/riktning";
import type { Roll } from "../tabell/tabell";
import { bandtext, FORKLARING, FORKLARINGSTEXTER, MALRUBRIK, STATUSORD, STATUSRUBRIK } from "./plan";
import { ENHETSORD } from "../ordforrad";
import {
  konstantText,
  textformel,
  tolkaAnrop,
  type Formelargument,
  type Funktionsanrop,
  type Referensargument,
} from "./formel";
import { cellAdress, kolumnbokstav } from "./adress";

/** A rectangle of a sheet, 0-based. */
export interface Rekt {
  readonly rad: number;
  readonly kolumn: number;
  readonly rader: number;
  readonly kolumner: number;
}

/** A cell position, 0-based. */
export interface Cellpos {
  readonly rad: number;
  readonly kolumn: number;
}

/**
 * One generation of a record, with positions as they are now. `null` marks a part whose cells the user deleted
 * (its name refers to #REF!); `undefined` a part this generation does not have.
 */
export interface Spar {
  /** The user's table, header row included. */
  readonly tabell?: Rekt | null;
  /** Målkoll's status column, header and data rows. */
  readonly status?: Rekt | null;
  /** Målkoll's goal column, header and data rows. */
  readonly mal?: Rekt | null;
  /** The legend's cells, one per text of FORKLARINGSTEXTER. */
  readonly forklaring: readonly (Cellpos | null | undefined)[];
  /** Sheet columns of the table columns the formulas read; null when that column was deleted. */
  readonly roller: Readonly<Partial<Record<Roll, number | null>>>;
  /** The delvis band literal the formulas carry, if any. */
  readonly band?: number;
  /**
   * Merged areas over the table as the sheet holds them now (read by the adapter; none where it could not read them):
   * a formula may read a value merged down at the area's top-left cell.
   */
  readonly sammanfogade?: readonly Rekt[];
}

/** What a cell holds, as far as Målkoll is concerned. */
export type Cellklass =
  | "tom"
  | "rubrik"
  /** A live KPI formula of Målkoll's. */
  | "formel"
  /** A status Målkoll locked (Lås statusar): `="Uppfyllt"`. */
  | "varde"
  | "forklaring"
  /** Anything else: the user's. */
  | "anvandare";

/**
 * Does the cell hold nothing at all (Range.formulas gives "" for an empty cell, a fake or older host null)? A space
 * the user typed is content: it is theirs, not an empty cell Målkoll may write.
 */
const arTomFormel = (v: unknown): boolean => v === "" || v === null || v === undefined;

/**
 * The cell Excel holds the value of (rad, kolumn) in: the cell itself, or the top-left cell of a merged area over it
 * (core/tabell/celler.ts, kallor), as the record's merged areas say.
 */
function kallcell(spar: Spar, rad: number, kolumn: number): Cellpos {
  for (const m of spar.sammanfogade ?? [])
    if (rad >= m.rad && rad < m.rad + m.rader && kolumn >= m.kolumn && kolumn < m.kolumn + m.kolumner)
      return { rad: m.rad, kolumn: m.kolumn };
  return { rad, kolumn };
}

/**
 * A relative reference to the cell in `kolumn` on row `rad`, or to the top-left cell of the merged area over it
 * (where a formula must read a value merged down); #REF! where Excel deleted the cell it referred to: its column,
 * or the row of a merged area's top-left cell.
 */
function cellRef(
  a: Formelargument | Referensargument | undefined,
  rad: number,
  kolumn: number | null | undefined,
  spar: Spar,
): boolean {
  if (kolumn === undefined) return false;
  if (a?.typ === "fel") return true;
  if (kolumn === null) return false;
  if (a?.typ !== "ref" || a.absolut || a.omrade) return false;
  if (a.rad1 === rad && a.kolumn1 === kolumn) return true;
  const k = kallcell(spar, rad, kolumn);
  return a.rad1 === k.rad && a.kolumn1 === k.kolumn;
}

/** An absolute single-column range (or cell) in `kolumn`; #REF! when that column was deleted. */
function kolumnRef(a: Formelargument | undefined, kolumn: number | null | undefined, ocksaCell = false): boolean {
  if (kolumn === undefined) return false;
  if (kolumn === null) return a?.typ === "fel";
  return a?.typ === "ref" && a.absolut && (a.omrade || ocksaCell) && a.kolumn1 === kolumn && a.kolumn2 === kolumn;
}

const tomt = (a: Formelargument | undefined): boolean => a === undefined || a.typ === "tom";

/** The units a value cell's wrapper may write after its number: % and the units of spec §2. */
const ENHETER: ReadonlySet<string> = new Set([
  "%",
  ...Object.values(ENHETSORD).flatMap((b) => ("enhet" in b ? [b.enhet] : [])),
]);

/**
 * A value argument of a status formula (plan.ts): the cell in `kolumn` on row `rad` (or the merged area's top-left
 * cell over it), as it is or wrapped by its reading (`IF(ISNUMBER(F10),F10*100&" %",F10&"")`).
 */
function vardeRef(a: Formelargument | undefined, rad: number, kolumn: number | null | undefined, spar: Spar) {
  if (a?.typ === "omvandlad")
    return (
      ENHETER.has(a.enhet) &&
      (a.faktor === 1 || (a.faktor === 100 && a.enhet === "%")) &&
      cellRef(a.ref, rad, kolumn, spar)
    );
  return cellRef(a, rad, kolumn, spar);
}

/** An optional value argument: present exactly when the record has that column. */
function valfrittVarde(a: Formelargument | undefined, rad: number, kolumn: number | null | undefined, spar: Spar) {
  return kolumn === undefined ? tomt(a) : vardeRef(a, rad, kolumn, spar);
}

/** The sheet row a value argument reads (its reference's, wrapped or not); undefined for anything else. */
function refRad(a: Formelargument | undefined): number | undefined {
  if (a?.typ === "ref") return a.rad1;
  if (a?.typ === "omvandlad" && a.ref.typ === "ref") return a.ref.rad1;
  return undefined;
}

/**
 * A value a breakdown row may take from its indicator above it (tabell/rader.ts: a Kvinnor/Män row without its own
 * målvärde, gränsvärde or riktning reads the indicator's): the cell on row `rad`, or on an earlier row, in `kolumn`.
 */
function arvbarRef(a: Formelargument | undefined, rad: number, kolumn: number | null | undefined, spar: Spar) {
  if (vardeRef(a, rad, kolumn, spar)) return true;
  const fran = refRad(a);
  return fran !== undefined && fran < rad && vardeRef(a, fran, kolumn, spar);
}

/** An optional value argument a breakdown row may take from its indicator (arvbarRef). */
function valfrittArvbart(a: Formelargument | undefined, rad: number, kolumn: number | null | undefined, spar: Spar) {
  return kolumn === undefined ? tomt(a) : arvbarRef(a, rad, kolumn, spar);
}

/** The rows the references among a call's arguments point at: where a formula Excel moved may read its row. */
function raderIAnrop(a: readonly Formelargument[]): Set<number> {
  const ut = new Set<number>();
  for (const x of a) {
    const rad = refRad(x);
    if (rad !== undefined) ut.add(rad);
  }
  return ut;
}

/**
 * Is `formel` a status formula Målkoll writes (plan.ts statusformel), as Excel shows it now? Målkoll writes it on
 * sheet row `rad` reading that row; Excel may since have moved its references to another row (cells inserted or
 * deleted with shift down or up in the table's columns only, which moves the table's cells but not Målkoll's), so
 * the same formula reading any one row counts too. Where it may be is the caller's business (poster.ts delar: the
 * record's rows only, so a pasted copy of the table further down stays the user's).
 */
export function arStatusformel(formel: unknown, rad: number, spar: Spar): boolean {
  const anrop = tolkaAnrop(formel);
  if (!anrop) return false;
  if (arStatusformelPa(anrop, rad, spar)) return true;
  for (const r of raderIAnrop(anrop.argument)) if (r !== rad && arStatusformelPa(anrop, r, spar)) return true;
  return false;
}

/** Is the call the status formula for sheet row `rad`, reading that row's cells? */
function arStatusformelPa(anrop: Funktionsanrop, rad: number, spar: Spar): boolean {
  const a = anrop.argument;
  const { roller } = spar;
  if (anrop.funktion === "KPI.AKTIVITETSSTATUS") return a.length === 1 && cellRef(a[0], rad, roller.status, spar);
  if (anrop.funktion !== "KPI.MALUPPFYLLELSE") return false;
  if (a.length < 3 || a.length > 7 || tomt(a[a.length - 1])) return false;
  // The riktning: the row's riktning cell when it says what the pane used, else the pane's riktning as text.
  const text = a[2].typ === "text" && Object.values(RIKTNING_TEXT).includes(a[2].varde);
  const riktning = text || (roller.riktning !== undefined && arvbarRef(a[2], rad, roller.riktning, spar));
  const band = a.length < 7 ? true : spar.band !== undefined && a[6].typ === "tal" && a[6].text === bandtext(spar.band);
  return (
    vardeRef(a[0], rad, roller.utfall, spar) &&
    arvbarRef(a[1], rad, roller.malvarde, spar) &&
    riktning &&
    valfrittArvbart(a[3], rad, roller.gransvarde, spar) &&
    valfrittVarde(a[4], rad, roller.foregaende, spar) &&
    valfrittVarde(a[5], rad, roller.jamforelse, spar) &&
    band
  );
}

/**
 * The riktning the pane chose for row `rad`, as Målkoll's status formula on that row holds it (spec §6, §12): the
 * third argument as text (`"lägre är bättre"`) of Målkoll's own status formula reading row `rad` (arStatusformel);
 * undefined for anything else (a reference to the row's riktning cell, a formula Excel moved to another row's cells,
 * a person's formula). Läs in gives it back to the pane, so that a riktning chosen in the pane survives a new read.
 */
export function riktningIStatusformel(formel: unknown, rad: number, spar: Spar): Riktning | undefined {
  const anrop = tolkaAnrop(formel);
  if (!anrop || anrop.funktion !== "KPI.MALUPPFYLLELSE" || !arStatusformelPa(anrop, rad, spar)) return undefined;
  const a = anrop.argument[2];
  if (a?.typ !== "text") return undefined;
  return (Object.keys(RIKTNING_TEXT) as Riktning[]).find((r) => RIKTNING_TEXT[r] === a.varde);
}

/**
 * `KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$A$5:$A$8)`: the status column and the name column. Målkoll writes them over
 * the same rows, but cells inserted or deleted in the table's columns only move one range and not the other, so the
 * rows are not compared.
 */
function arIndikatorformel(
  anrop: Funktionsanrop,
  statuskolumn: number | null | undefined,
  namnkolumn: number | null | undefined,
) {
  const a = anrop.argument;
  return (
    anrop.funktion === "KPI.SAMMANVAGD.INDIKATORER" &&
    a.length === 2 &&
    kolumnRef(a[0], statuskolumn, true) &&
    kolumnRef(a[1], namnkolumn, true)
  );
}

/**
 * Is `formel` a goal formula Målkoll writes on sheet row `rad` (plan.ts), as Excel shows it now (its ranges and the
 * goal's cell possibly moved apart by cells inserted or deleted in part of the sheet, as for arStatusformel)? One of:
 * `=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10[,$C$2:$C$27])` (B10: the goal's cell, or the merged area's top-left
 * cell above it), `=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$A$5:$A$8)`, and `=KPI.SAMMANVAGD(…)` of stretches of the
 * status column or of such calls.
 */
export function arMalformel(formel: unknown, rad: number, spar: Spar): boolean {
  const anrop = tolkaAnrop(formel);
  if (!anrop) return false;
  const a = anrop.argument;
  const namnkolumn = spar.roller.indikator !== undefined ? spar.roller.indikator : spar.roller.aktivitet;
  const statuskolumn = spar.status === null ? null : spar.status?.kolumn;
  if (anrop.funktion === "KPI.SAMMANVAGD.INDIKATORER") return arIndikatorformel(anrop, statuskolumn, namnkolumn);
  if (anrop.funktion === "KPI.SAMMANVAGD")
    return (
      a.length >= 1 &&
      (a.every((x) => kolumnRef(x, statuskolumn, true)) ||
        a.every((x) => x.typ === "anrop" && arIndikatorformel(x.anrop, statuskolumn, namnkolumn)))
    );
  if (anrop.funktion !== "KPI.SAMMANVAGD.OM") return false;
  if (a.length !== (namnkolumn === undefined ? 3 : 4)) return false;
  // The goal's own nämndmål cell: on the formula's row, or on the row Excel moved it to (as for arStatusformel).
  const malrad = a[2]?.typ === "ref" ? a[2].rad1 : rad;
  return (
    kolumnRef(a[0], statuskolumn) &&
    kolumnRef(a[1], spar.roller.namndmal) &&
    (cellRef(a[2], rad, spar.roller.namndmal, spar) || cellRef(a[2], malrad, spar.roller.namndmal, spar)) &&
    (namnkolumn === undefined || kolumnRef(a[3], namnkolumn))
  );
}

/** A status locked by Lås statusar: the formula `="<status>"`, Målkoll's own way of holding a value. */
export function arLastVarde(formel: unknown, ord: readonly string[] = STATUSORD): boolean {
  const text = konstantText(formel);
  return text !== undefined && ord.includes(text);
}

/** The formula Lås statusar writes for a status value. */
export const lastVarde = (status: string): string => textformel(status);

/**
 * What `innehall` (a cell's Range.formulas entry) at sheet position (rad, kolumn) is, given the record's generations.
 * In Målkoll's status column, from its header down, a cell is Målkoll's when it holds its header or legend text, a
 * status formula for its own row, or a locked status; in the goal column likewise. Not tied to the row the record
 * gives, because a sort moves cell contents but not names: a legend a sort carried into the table, or a formula
 * carried below it, is still Målkoll's; but where the record keeps a legend cell, only that legend text is. A legend
 * cell is also found at its own name when its column's other cells were deleted.
 */
export function klassa(innehall: unknown, rad: number, kolumn: number, spar: readonly Spar[]): Cellklass {
  if (arTomFormel(innehall)) return "tom";
  for (const s of spar) {
    // Where the record keeps a legend cell, only its legend text is Målkoll's: anything else there was put by the
    // user (a pasted copy of the table whose rows land on the legend), even a formula that reads as a status.
    const forklaringsplats = s.forklaring.findIndex((p) => p && p.rad === rad && p.kolumn === kolumn);
    if (forklaringsplats >= 0) {
      if (innehall === FORKLARINGSTEXTER[forklaringsplats]) return "forklaring";
      continue;
    }
    if (s.status && kolumn === s.status.kolumn && rad >= s.status.rad) {
      if (innehall === STATUSRUBRIK) return "rubrik";
      if (innehall === FORKLARING) return "forklaring";
      if (arStatusformel(innehall, rad, s)) return "formel";
      if (arLastVarde(innehall)) return "varde";
    }
    if (s.mal && kolumn === s.mal.kolumn && rad >= s.mal.rad) {
      if (innehall === MALRUBRIK) return "rubrik";
      if (arMalformel(innehall, rad, s)) return "formel";
      if (arLastVarde(innehall, STATUSAR)) return "varde";
    }
  }
  return "anvandare";
}

/** A person's cell that reads as a status (spec §8): kept, and counted in the goal. */
export function arSkrivenStatus(innehall: unknown): boolean {
  if (typeof innehall !== "string") return false;
  const s = innehall.trim().toLowerCase();
  return lasStatus(innehall) !== undefined || STATUSORD.some((o) => o.toLowerCase() === s);
}

// ---- conditional formats ----------------------------------------------------------------------------------------

/** A conditional format as read from the sheet. */
export interface LastVillkor {
  readonly typ: string;
  /** Its range; undefined when it covers several areas or could not be read. */
  readonly omrade?: Rekt;
  readonly formel?: string;
  readonly fyllning?: string;
}

/** `=OR(X="w1",X="w2",…)`: the reference text X and the words, or undefined. */
function tolkaRegel(formel: string | undefined): { ref: string; ord: string[] } | undefined {
  const m = formel ? /^=OR\((.*)\)$/s.exec(formel) : null;
  if (!m) return undefined;
  const delar = m[1].match(/(?:[^,"]|"(?:[^"]|"")*")+/g) ?? [];
  let ref: string | undefined;
  const ord: string[] = [];
  for (const d of delar) {
    const x = /^(\$?[A-Z]{1,3}\$?[1-9]\d*|#REF!)="((?:[^"]|"")+)"$/.exec(d);
    if (!x || (ref !== undefined && x[1] !== ref)) return undefined;
    ref = x[1];
    ord.push(x[2].replace(/""/g, '"'));
  }
  return ref === undefined ? undefined : { ref, ord };
}

/**
 * Is this conditional format one of Målkoll's (spec §13.3)? By content only, never by id: a Custom rule
 * `=OR(X="<status>",…)` whose first word is a status and whose fill is that status's colour (§10), over a range
 * inside the record's block (X then the range's own top-left cell) or over the table's rows (X then `$<status
 * column><top row>`). A reference Excel turned into #REF! (its column or row deleted) still counts.
 */
export function arEgetVillkor(v: LastVillkor, spar: readonly Spar[]): boolean {
  if (v.typ !== "Custom" || !v.omrade) return false;
  const regel = tolkaRegel(v.formel);
  if (!regel) return false;
  const status = regel.ord[0] as Status;
  if (!STATUSAR.includes(status) || v.fyllning?.toUpperCase() !== FARGER[status].fyllning.toUpperCase()) return false;
  const o = v.omrade;
  for (const s of spar) {
    const delar = [s.status, s.mal].filter((x): x is Rekt => !!x);
    const statuskolumn = s.status ? s.status.kolumn : undefined;
    const forklaring = s.forklaring.filter((f): f is Cellpos => !!f);
    const kolumner = [...delar.map((d) => d.kolumn), ...forklaring.map((f) => f.kolumn)];
    if (kolumner.length > 0) {
      // Over the block: its status (and goal) column from the first data row to the legend's last cell. The range
      // grows and shrinks with inserted and deleted rows and columns, and the goal column may have lost its name
      // while its cells stay, so it is recognised by touching Målkoll's columns and rows, starting right of the
      // table and not above Målkoll's first row. The rule reads the range's own top-left cell in the status column,
      // or #REF! once that was deleted.
      const vanster = s.tabell ? Math.min(s.tabell.kolumn + s.tabell.kolumner, ...kolumner) : Math.min(...kolumner);
      const forsta = Math.min(...delar.map((d) => d.rad), ...forklaring.map((f) => f.rad));
      const sista = Math.max(...delar.map((d) => d.rad + d.rader - 1), ...forklaring.map((f) => f.rad));
      const rorKolumn = kolumner.some((k) => k >= o.kolumn && k < o.kolumn + o.kolumner);
      const rorRad = o.rad <= sista && o.rad + o.rader - 1 >= forsta;
      const ovanfor = delar.length > 0 && o.rad < Math.min(...delar.map((d) => d.rad));
      if (rorKolumn && rorRad && !ovanfor && o.kolumn >= vanster) {
        // Starting at the status column, or the goal column's own rules (where a person's column lies between):
        // one column wide, within the goal column's rows as its name gives them.
        const m = s.mal;
        const malensEgna =
          !!m && o.kolumn === m.kolumn && o.kolumner === 1 && o.rad >= m.rad && o.rad + o.rader <= m.rad + m.rader;
        const egenKolumn = o.kolumn === statuskolumn || malensEgna;
        if (regel.ref === "#REF!" || (egenKolumn && regel.ref === cellAdress(o.rad, o.kolumn))) return true;
      }
    }
    if (s.tabell) {
      // Whole rows: the table's rows from its first column through the block (which an inserted column widens);
      // the rule reads $<status column> on the range's first row, or #REF! once that column was deleted.
      const t = s.tabell;
      const iRader = o.rad >= t.rad && o.rad + o.rader - 1 <= t.rad + t.rader - 1;
      if (iRader && o.kolumn === t.kolumn && o.kolumn + o.kolumner >= t.kolumn + t.kolumner) {
        const forvantad = statuskolumn === undefined ? undefined : `$${kolumnbokstav(statuskolumn)}${o.rad + 1}`;
        if (regel.ref === "#REF!" || regel.ref === forvantad) return true;
      }
    }
  }
  return false;
}
