/**
 * The in-memory workbook behind the fake Office.js: sheets of cells (what was entered, and who entered it),
 * number formats, merged areas, conditional formats in priority order, defined names, custom XML parts, document
 * settings and charts. User edits (insert, delete, sort, rename, typing) change it the way Excel does; the fake
 * Office.js API (officejs.ts) reads and writes it the way an add-in can.
 *
 * Every cell, name, conditional format and part remembers whether the add-in (through the API) or the user (through
 * the edit helpers below) created it; the API never exposes that. Tests use it to check that the add-in never
 * changes a user's cell and that Ta bort leaves nothing of its own.
 */
import { adress, citera, MAX_KOLUMNER, MAX_RADER, overlappar, type Rekt } from "./a1";
import { flyttaFormel, justeraIntervall, justeraReferens, naras, skrivOmReferenser, type Andring } from "./formler";
import type { Formelargument } from "./anropskonvention";
import { berakna, Excelfel, tolkaFormel } from "./berakning";

export type Ursprung = "anvandare" | "tillagg";
/** What a cell holds as entered: formula text (starting with "="), text, a number or a boolean. */
export type Innehall = string | number | boolean;

export interface Cell {
  innehall: Innehall;
  ursprung: Ursprung;
}

/** A conditional format. Excel keeps a sheet's formats in one priority order: index 0 is the top. */
export interface Villkor {
  typ: string;
  /** The areas it applies to; empty when Excel deleted them all (then the format is gone). */
  omraden: Rekt[];
  formel?: string;
  fyllning?: string;
  text?: string;
  talformat?: string;
  ursprung: Ursprung;
}

export interface Diagram {
  typ: string;
  titel: string;
  forklaringSynlig: boolean;
  ursprung: Ursprung;
}

export type Namnreferens =
  { typ: "omrade"; blad: Blad; rekt: Rekt } | { typ: "fel" } | { typ: "konstant"; varde: string | number | boolean };

export interface Namn {
  namn: string;
  /**
   * The sheet the name is scoped to (Worksheet.names, ExcelApi 1.4); undefined for a workbook-scoped name
   * (Workbook.names). The same name may exist once per scope (Microsoft support, "Define and use names in formulas":
   * a name's scope is the workbook or one worksheet).
   */
  omfang?: Blad;
  ref: Namnreferens;
  synlig: boolean;
  kommentar: string;
  ursprung: Ursprung;
}

export interface XmlDel {
  id: string;
  xml: string;
  ursprung: Ursprung;
}

/** A cell key: row-major, unique per sheet. */
export const nyckel = (r: number, c: number): number => r * MAX_KOLUMNER + c;
export const rad = (k: number): number => Math.floor(k / MAX_KOLUMNER);
export const kolumn = (k: number): number => k % MAX_KOLUMNER;

/**
 * An Excel table (ListObject): its range, header row and total row included when shown, as Table.getRange gives it
 * (@types/office-js, Table.getRange, showHeaders, showTotals).
 */
export interface Tabell {
  readonly id: string;
  namn: string;
  rekt: Rekt;
  /** The header row is shown (Table.showHeaders): the first row of `rekt` holds the column names. */
  rubriker: boolean;
  /** The total row is shown (Table.showTotals): the last row of `rekt`. */
  summa: boolean;
  ursprung: Ursprung;
}

export class Blad {
  readonly celler = new Map<number, Cell>();
  readonly talformat = new Map<number, string>();
  villkor: Villkor[] = [];
  sammanfogade: Rekt[] = [];
  tabeller: Tabell[] = [];
  skyddat = false;
  readonly diagram: Diagram[] = [];
  constructor(
    readonly id: string,
    public namn: string,
  ) {}
}

/** Calculates a custom function: its id and the formula's arguments (literals, references, undefined if omitted). */
export type Kalkylator = (id: string, argument: Formelargument[]) => unknown;

export class Arbetsbok {
  blad: Blad[] = [];
  namn: Namn[] = [];
  delar: XmlDel[] = [];
  /** Document settings as Office stores them (JSON text per key). */
  readonly installningar = new Map<string, string>();
  markerat?: { blad: Blad; rekt: Rekt };
  aktivt?: Blad;
  kalkylator?: Kalkylator;
  private nasta = 1;
  /** Bumped on every change; calculated values are cached per version. */
  version = 0;
  private cache = new Map<Blad, Map<number, unknown>>();
  private cacheVersion = -1;

  nyttId(prefix: string): string {
    return `${prefix}${this.nasta++}`;
  }

  laggTillBlad(namn: string, rader: readonly (readonly unknown[])[] = [], ursprung: Ursprung = "anvandare"): Blad {
    if (this.hittaBlad(namn)) throw new Error(`ItemAlreadyExists: ${namn}`);
    const b = new Blad(`{blad-${this.nasta++}}`, namn);
    rader.forEach((rad, r) =>
      rad.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined)
          b.celler.set(nyckel(r, c), { innehall: v as Innehall, ursprung });
      }),
    );
    this.blad.push(b);
    this.aktivt ??= b;
    this.andrat();
    return b;
  }

  hittaBlad(namn: string): Blad | undefined {
    const s = namn.toLowerCase();
    return this.blad.find((b) => b.namn.toLowerCase() === s);
  }

  bladMedId(id: string): Blad | undefined {
    return this.blad.find((b) => b.id === id);
  }

  andrat(): void {
    this.version++;
  }

  // ---- values ---------------------------------------------------------------------------------------------------

  /** The value Excel shows: a constant as entered, a formula's result, "" when empty (Range.values). */
  varde(b: Blad, r: number, c: number): unknown {
    const cell = b.celler.get(nyckel(r, c));
    if (!cell) return "";
    if (typeof cell.innehall !== "string" || !cell.innehall.startsWith("=")) return cell.innehall;
    if (this.cacheVersion !== this.version) {
      this.cache.clear();
      this.cacheVersion = this.version;
    }
    let bladcache = this.cache.get(b);
    if (!bladcache) this.cache.set(b, (bladcache = new Map()));
    const k = nyckel(r, c);
    if (bladcache.has(k)) return bladcache.get(k);
    bladcache.set(k, 0); // a circular reference reads as 0, as Excel shows it after its warning
    const v = this.berakna(b, cell.innehall);
    bladcache.set(k, v);
    return v;
  }

  private tolkade = new Map<string, ReturnType<typeof tolkaFormel>>();

  /**
   * A formula's value, calculated as berakning.ts describes (IF, ISNUMBER, arithmetic, &, comparisons and the
   * add-in's KPI functions called as Excel calls them). A formula the fake cannot read is #NAME?, unless it calls a
   * KPI function: then it is a bug in Målkoll or in a test, and it throws.
   */
  private berakna(b: Blad, formel: string): unknown {
    let nod = this.tolkade.get(formel);
    if (!nod) {
      try {
        nod = tolkaFormel(formel.slice(1));
      } catch (e) {
        if (/KPI\./i.test(formel)) throw e;
        return "#NAME?";
      }
      if (this.tolkade.size > 20_000) this.tolkade.clear();
      this.tolkade.set(formel, nod);
    }
    const v = berakna(nod, {
      varden: (blad, rekt) => {
        const mal = blad === undefined ? b : this.hittaBlad(blad);
        if (!mal) return undefined;
        return Array.from({ length: rekt.rader }, (_, i) =>
          Array.from({ length: rekt.kolumner }, (_, j) => this.varde(mal, rekt.r + i, rekt.c + j)),
        );
      },
      kpi: this.kalkylator ? (id: string, a: Formelargument[]) => (this.kalkylator as Kalkylator)(id, a) : undefined,
    });
    return v instanceof Excelfel ? v.kod : v;
  }

  // ---- structural changes, as Excel makes them ------------------------------------------------------------------

  /**
   * Inserts or deletes whole rows or columns of one sheet. Cells, number formats and merged areas move; every
   * formula's references to that sheet (on any sheet), conditional-format ranges and formulas, defined names and
   * the selection are adjusted; what pointed only at deleted cells becomes #REF! (names) or disappears
   * (conditional formats whose whole range was deleted). Sources: see formler.ts, and for names and conditional
   * formats Microsoft support, "Define and use names in formulas" and "Use conditional formatting".
   */
  andraStruktur(b: Blad, andring: Andring): void {
    const tvars = (r: number, c: number) => (andring.led === "rad" ? c : r);
    const tvarsRekt = (x: Rekt): [number, number] =>
      andring.led === "rad" ? [x.c, x.c + x.kolumner - 1] : [x.r, x.r + x.rader - 1];
    if (andring.inom) {
      // Shifting part of the sheet: Excel refuses to push cells off the sheet ("To prevent possible loss of data,
      // Excel cannot shift nonblank cells off of the worksheet"), to shift part of a merged area or of a table
      // ("This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet").
      const [i0, i1] = andring.inom;
      const sista = (andring.led === "rad" ? MAX_RADER : MAX_KOLUMNER) - andring.antal;
      for (const k of b.celler.keys()) {
        const t = tvars(rad(k), kolumn(k));
        const pos = andring.led === "rad" ? rad(k) : kolumn(k);
        if (andring.typ === "infoga" && t >= i0 && t <= i1 && pos >= sista)
          throw new Error("InvalidOperation: celler skulle flyttas utanför bladet");
      }
      const kluven = (x: Rekt) => {
        const [a, z] = tvarsRekt(x);
        const slut = andring.led === "rad" ? x.r + x.rader - 1 : x.c + x.kolumner - 1;
        return slut >= andring.vid && a <= i1 && z >= i0 && !naras(a, z, andring);
      };
      if (b.sammanfogade.some(kluven) || b.tabeller.some((t) => kluven(t.rekt)))
        throw new Error("InvalidOperation: en del av sammanfogade celler eller en tabell skulle flyttas");
    }
    const flytta = (r: number, c: number): [number, number] | undefined => {
      if (!naras(tvars(r, c), tvars(r, c), andring)) return [r, c];
      const pos = andring.led === "rad" ? r : c;
      const ny = justeraIntervall(pos, pos, andring);
      if (!ny) return undefined;
      return andring.led === "rad" ? [ny[0], c] : [r, ny[0]];
    };
    const flyttaMap = <T>(m: Map<number, T>) => {
      const gamla = [...m];
      m.clear();
      for (const [k, v] of gamla) {
        const ny = flytta(rad(k), kolumn(k));
        if (ny && ny[0] < MAX_RADER && ny[1] < MAX_KOLUMNER) m.set(nyckel(ny[0], ny[1]), v);
      }
    };
    flyttaMap(b.celler);
    flyttaMap(b.talformat);
    const justeraRekt = (rekt: Rekt): Rekt | undefined => {
      if (!naras(...tvarsRekt(rekt), andring)) return rekt;
      if (andring.led === "rad") {
        const ny = justeraIntervall(rekt.r, rekt.r + rekt.rader - 1, andring);
        return ny ? { ...rekt, r: ny[0], rader: ny[1] - ny[0] + 1 } : undefined;
      }
      const ny = justeraIntervall(rekt.c, rekt.c + rekt.kolumner - 1, andring);
      return ny ? { ...rekt, c: ny[0], kolumner: ny[1] - ny[0] + 1 } : undefined;
    };
    b.sammanfogade = b.sammanfogade.flatMap((m) => justeraRekt(m) ?? []);
    // A table moves and resizes with its cells; one whose cells are all deleted is gone.
    b.tabeller = b.tabeller.filter((t) => {
      const ny = justeraRekt(t.rekt);
      if (ny) t.rekt = ny;
      return ny !== undefined;
    });
    // Formulas everywhere: a reference to this sheet moves; on this sheet an unqualified reference does too.
    for (const blad of this.blad) {
      const omskrivning = (formel: string) =>
        skrivOmReferenser(formel, (ref) => {
          const mal = ref.blad === undefined ? blad : this.hittaBlad(ref.blad);
          return mal === b ? justeraReferens(ref, andring) : ref;
        });
      for (const cell of blad.celler.values())
        if (typeof cell.innehall === "string" && cell.innehall.startsWith("="))
          cell.innehall = omskrivning(cell.innehall);
      for (const v of blad.villkor) if (v.formel) v.formel = omskrivning(v.formel);
    }
    // A format's area that spans cells that shift and cells that stay is split, each part following its cells
    // (Excel keeps a format with its cells: Microsoft support, "Use conditional formatting", Applies to).
    const dela = (o: Rekt): Rekt[] => {
      if (!andring.inom) return [o];
      const [a, z] = tvarsRekt(o);
      const [i0, i1] = andring.inom;
      if (naras(a, z, andring) || z < i0 || a > i1) return [o];
      const bit = (x: number, y: number): Rekt =>
        andring.led === "rad" ? { ...o, c: x, kolumner: y - x + 1 } : { ...o, r: x, rader: y - x + 1 };
      const ut: Rekt[] = [];
      if (a < i0) ut.push(bit(a, i0 - 1));
      ut.push(bit(Math.max(a, i0), Math.min(z, i1)));
      if (z > i1) ut.push(bit(i1 + 1, z));
      return ut;
    };
    b.villkor = b.villkor.filter((v) => {
      v.omraden = v.omraden.flatMap(dela).flatMap((o) => justeraRekt(o) ?? []);
      return v.omraden.length > 0;
    });
    for (const n of this.namn) {
      if (n.ref.typ !== "omrade" || n.ref.blad !== b) continue;
      const ny = justeraRekt(n.ref.rekt);
      n.ref = ny ? { ...n.ref, rekt: ny } : { typ: "fel" };
    }
    if (this.markerat?.blad === b) {
      const ny = justeraRekt(this.markerat.rekt);
      this.markerat = ny ? { blad: b, rekt: ny } : { blad: b, rekt: { r: 0, c: 0, rader: 1, kolumner: 1 } };
    }
    this.andrat();
  }

  /**
   * Sorts the rows of `omrade` by one column, as Data > Sort does: each row's cells and number formats move with it,
   * formulas as if copied (KB Q40401); names and conditional formats stay where they are (they describe ranges, not
   * cell contents). Blanks sort last, numbers before text, text case-insensitively (Microsoft support, "Sort data in
   * a range or table").
   */
  sortera(b: Blad, omrade: Rekt, nyckelkolumn: number, fallande = false): void {
    const rader = Array.from({ length: omrade.rader }, (_, i) => omrade.r + i);
    const klass = (v: unknown) =>
      v === "" || v === null || v === undefined ? 3 : typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
    const varden = new Map(rader.map((r) => [r, this.varde(b, r, nyckelkolumn)]));
    const ordning = [...rader].sort((x, y) => {
      const a = varden.get(x);
      const bb = varden.get(y);
      const ka = klass(a);
      const kb = klass(bb);
      if (ka === 3 || kb === 3) return ka - kb;
      const jamfor =
        ka !== kb
          ? ka - kb
          : ka === 0
            ? (a as number) - (bb as number)
            : String(a).localeCompare(String(bb), "sv", { sensitivity: "base" });
      return fallande ? -jamfor : jamfor;
    });
    const celler = new Map<number, Cell>();
    const format = new Map<number, string>();
    ordning.forEach((fran, i) => {
      const till = omrade.r + i;
      for (let c = omrade.c; c < omrade.c + omrade.kolumner; c++) {
        const cell = b.celler.get(nyckel(fran, c));
        if (cell) {
          const innehall =
            typeof cell.innehall === "string" && cell.innehall.startsWith("=")
              ? flyttaFormel(cell.innehall, till - fran)
              : cell.innehall;
          celler.set(nyckel(till, c), { ...cell, innehall });
        }
        const f = b.talformat.get(nyckel(fran, c));
        if (f !== undefined) format.set(nyckel(till, c), f);
      }
    });
    for (const r of rader)
      for (let c = omrade.c; c < omrade.c + omrade.kolumner; c++) {
        b.celler.delete(nyckel(r, c));
        b.talformat.delete(nyckel(r, c));
      }
    for (const [k, v] of celler) b.celler.set(k, v);
    for (const [k, v] of format) b.talformat.set(k, v);
    this.andrat();
  }

  /** Renames a sheet: names and formats follow the sheet; references naming it are rewritten. */
  bytNamn(b: Blad, nytt: string): void {
    if (this.hittaBlad(nytt) && this.hittaBlad(nytt) !== b) throw new Error(`ItemAlreadyExists: ${nytt}`);
    const gammalt = b.namn.toLowerCase();
    b.namn = nytt;
    for (const blad of this.blad) {
      const omskrivning = (formel: string) =>
        skrivOmReferenser(formel, (ref) =>
          ref.blad !== undefined && ref.blad.toLowerCase() === gammalt ? { ...ref, blad: nytt } : ref,
        );
      for (const cell of blad.celler.values())
        if (typeof cell.innehall === "string" && cell.innehall.startsWith("="))
          cell.innehall = omskrivning(cell.innehall);
      for (const v of blad.villkor) if (v.formel) v.formel = omskrivning(v.formel);
    }
    this.andrat();
  }

  /**
   * Copies a sheet (Move or Copy > Create a copy; Worksheet.copy, ExcelApi 1.7) and returns the copy, named "<name>
   * (2)" (or the next free number) and placed after the original unless `fore` is given. Its cells, number formats,
   * conditional formats, merged areas, Excel tables and charts are copies with the same origin; formulas are copied as
   * they are (a reference without a sheet reads the copy). Each name that refers to the original sheet, workbook-scoped
   * or scoped to it, is copied as a name scoped to the copy that refers to the copy's cells (as Excel does: the
   * workbook-scoped name keeps referring to the original; Worksheet.copy in @types/office-js; Microsoft support,
   * "Define and use names in formulas", scope).
   */
  kopieraBlad(b: Blad, fore?: Blad): Blad {
    const bas = b.namn.replace(/ \(\d+\)$/, "");
    let i = 2;
    while (this.hittaBlad(`${bas} (${i})`)) i++;
    const kopia = new Blad(`{blad-${this.nasta++}}`, `${bas} (${i})`);
    for (const [k, c] of b.celler) kopia.celler.set(k, { ...c });
    for (const [k, f] of b.talformat) kopia.talformat.set(k, f);
    kopia.villkor = b.villkor.map((v) => ({ ...v, omraden: v.omraden.map((o) => ({ ...o })) }));
    kopia.sammanfogade = b.sammanfogade.map((m) => ({ ...m }));
    kopia.tabeller = b.tabeller.map((t) => ({ ...t, id: this.nyttId("{tabell-"), namn: `${t.namn}${i}` }));
    kopia.diagram.push(...b.diagram.map((d) => ({ ...d })));
    const plats = fore ? this.blad.indexOf(fore) : this.blad.indexOf(b) + 1;
    this.blad.splice(plats, 0, kopia);
    for (const n of [...this.namn])
      if ((n.omfang === undefined || n.omfang === b) && n.ref.typ === "omrade" && n.ref.blad === b)
        this.namn.push({ ...n, omfang: kopia, ref: { ...n.ref, blad: kopia } });
      else if (n.omfang === b) this.namn.push({ ...n, omfang: kopia });
    this.andrat();
    return kopia;
  }

  /** Deletes a sheet: its own (scoped) names go with it; other names pointing at it become #REF!. */
  taBortBlad(b: Blad): void {
    this.namn = this.namn.filter((n) => n.omfang !== b);
    this.blad = this.blad.filter((x) => x !== b);
    for (const n of this.namn) if (n.ref.typ === "omrade" && n.ref.blad === b) n.ref = { typ: "fel" };
    if (this.aktivt === b) this.aktivt = this.blad[0];
    if (this.markerat?.blad === b) this.markerat = undefined;
    this.andrat();
  }

  /** Enters content in a cell as a person does: the cell becomes theirs, unless the content is unchanged. */
  skriv(b: Blad, r: number, c: number, innehall: Innehall | ""): void {
    const k = nyckel(r, c);
    const fore = b.celler.get(k);
    if (innehall === "" || innehall === null) b.celler.delete(k);
    else if (!fore || fore.innehall !== innehall) b.celler.set(k, { innehall, ursprung: "anvandare" });
    this.efterInmatning(b, { r, c, rader: 1, kolumner: 1 }, "anvandare");
    this.andrat();
  }

  /**
   * What Excel does to its tables after content is entered in or cleared from `rekt`, by a person or through the API:
   * - a table's header cell can't be blank: a cleared one gets a generic name, Kolumn1, Kolumn2… by its place
   *   (Microsoft support, "Create and format tables" / "Overview of Excel tables": headers are the column names and
   *   Excel supplies default names such as Column1 when there are none; Swedish Excel writes Kolumn1);
   * - a table takes in a column written right beside it, and a row written right under it (unless it shows a total
   *   row), as the AutoCorrect option "Include new rows and columns in table" does (Microsoft support, "Resize a
   *   table by adding or removing rows and columns"; office-js issues #6745 and #3191 report that AutoCorrect also
   *   acts on changes made through the API). A column taken in this way gets a generic header when it has none.
   * Cells Excel fills in this way count as entered by whoever made the change (`ursprung`).
   */
  efterInmatning(b: Blad, rekt: Rekt, ursprung: Ursprung): void {
    const ifylld = (r: number, c: number) => b.celler.has(nyckel(r, c));
    const iRekt = (r: number, c: number) =>
      r >= rekt.r && r < rekt.r + rekt.rader && c >= rekt.c && c < rekt.c + rekt.kolumner;
    const rubrik = (t: Tabell, c: number) => {
      if (t.rubriker && !ifylld(t.rekt.r, c))
        b.celler.set(nyckel(t.rekt.r, c), { innehall: `Kolumn${c - t.rekt.c + 1}`, ursprung });
    };
    for (const t of b.tabeller) {
      for (let vidgad = true; vidgad;) {
        vidgad = false;
        const hoger = t.rekt.c + t.rekt.kolumner;
        if (hoger < MAX_KOLUMNER)
          for (let r = t.rekt.r; r < t.rekt.r + t.rekt.rader && !vidgad; r++)
            if (iRekt(r, hoger) && ifylld(r, hoger)) vidgad = true;
        if (vidgad) {
          t.rekt = { ...t.rekt, kolumner: t.rekt.kolumner + 1 };
          rubrik(t, hoger);
        }
      }
      const under = t.rekt.r + t.rekt.rader;
      if (!t.summa && under < MAX_RADER) {
        let vidgad = false;
        for (let c = t.rekt.c; c < t.rekt.c + t.rekt.kolumner && !vidgad; c++)
          if (iRekt(under, c) && ifylld(under, c)) vidgad = true;
        if (vidgad) t.rekt = { ...t.rekt, rader: t.rekt.rader + 1 };
      }
      for (let c = t.rekt.c; c < t.rekt.c + t.rekt.kolumner; c++) if (iRekt(t.rekt.r, c)) rubrik(t, c);
    }
  }

  // ---- reading ranges -------------------------------------------------------------------------------------------

  /** The cell keys in a rectangle that hold something, without scanning empty cells of a huge range. */
  fyllda(b: Blad, rekt: Rekt): number[] {
    const ut: number[] = [];
    const storlek = rekt.rader * rekt.kolumner;
    if (storlek <= b.celler.size) {
      for (let i = 0; i < rekt.rader; i++)
        for (let j = 0; j < rekt.kolumner; j++) {
          const k = nyckel(rekt.r + i, rekt.c + j);
          if (b.celler.has(k)) ut.push(k);
        }
    } else {
      for (const k of b.celler.keys()) {
        const r = rad(k);
        const c = kolumn(k);
        if (r >= rekt.r && r < rekt.r + rekt.rader && c >= rekt.c && c < rekt.c + rekt.kolumner) ut.push(k);
      }
    }
    return ut;
  }

  /** The rectangle around the non-empty cells (Worksheet.getUsedRange(valuesOnly)). */
  anvantOmrade(b: Blad): Rekt | undefined {
    if (b.celler.size === 0) return undefined;
    let r1 = Infinity;
    let r2 = -1;
    let c1 = Infinity;
    let c2 = -1;
    for (const k of b.celler.keys()) {
      r1 = Math.min(r1, rad(k));
      r2 = Math.max(r2, rad(k));
      c1 = Math.min(c1, kolumn(k));
      c2 = Math.max(c2, kolumn(k));
    }
    return { r: r1, c: c1, rader: r2 - r1 + 1, kolumner: c2 - c1 + 1 };
  }

  /**
   * Range.getSurroundingRegion (Excel's current region, Ctrl+*): grown until it is bounded by empty rows and
   * columns, diagonal neighbours included (Range.getSurroundingRegion, @types/office-js, ExcelApi 1.7).
   */
  omgivning(b: Blad, r0: number, c0: number): Rekt {
    let r1 = r0;
    let r2 = r0;
    let c1 = c0;
    let c2 = c0;
    const fylld = (r: number, c: number) => b.celler.has(nyckel(r, c));
    const radFylld = (r: number) => {
      if (r < 0 || r >= MAX_RADER) return false;
      for (let c = Math.max(0, c1 - 1); c <= Math.min(MAX_KOLUMNER - 1, c2 + 1); c++) if (fylld(r, c)) return true;
      return false;
    };
    const kolFylld = (c: number) => {
      if (c < 0 || c >= MAX_KOLUMNER) return false;
      for (let r = Math.max(0, r1 - 1); r <= Math.min(MAX_RADER - 1, r2 + 1); r++) if (fylld(r, c)) return true;
      return false;
    };
    let andrat = true;
    while (andrat) {
      andrat = false;
      while (radFylld(r2 + 1)) {
        r2++;
        andrat = true;
      }
      while (radFylld(r1 - 1)) {
        r1--;
        andrat = true;
      }
      while (kolFylld(c2 + 1)) {
        c2++;
        andrat = true;
      }
      while (kolFylld(c1 - 1)) {
        c1--;
        andrat = true;
      }
    }
    return { r: r1, c: c1, rader: r2 - r1 + 1, kolumner: c2 - c1 + 1 };
  }

  /**
   * A merged area a write to `rekt` would touch, other than a write to its top-left cell alone. Excel keeps a merged
   * area's value in its top-left cell and does not let a write go into part of one ("We can't do that to a merged
   * cell"); case 5 of issue 14 reports the write failing. The fake refuses it, so a test can show that a failure
   * midway loses nothing.
   */
  sammanfogatI(b: Blad, rekt: Rekt): Rekt | undefined {
    const baraHorn = (m: Rekt) => rekt.rader === 1 && rekt.kolumner === 1 && rekt.r === m.r && rekt.c === m.c;
    return b.sammanfogade.find((m) => overlappar(m, rekt) && !baraHorn(m));
  }

  /** The text of a defined name's reference, as NamedItem.formula and .value show it. */
  namnreferens(n: Namn): { formel: string; varde: unknown; typ: string } {
    if (n.ref.typ === "fel") return { formel: "=#REF!", varde: "#REF!", typ: "Error" };
    if (n.ref.typ === "konstant") {
      const v = n.ref.varde;
      return {
        formel: typeof v === "string" ? `="${v.replace(/"/g, '""')}"` : `=${String(v).toUpperCase()}`,
        varde: v,
        typ: typeof v === "string" ? "String" : typeof v === "boolean" ? "Boolean" : "Double",
      };
    }
    const a = `${citera(n.ref.blad.namn)}!${adress(n.ref.rekt, true)}`;
    return { formel: `=${a}`, varde: a, typ: "Range" };
  }
}
