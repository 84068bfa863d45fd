/**
 * The Office.js subset Målkoll uses, over the in-memory workbook (modell.ts), for jest and, compiled, as office.js in
 * the browser tests. It behaves as the real API does where a test relies on it:
 *
 * - Commands queue on the request context and run in order at context.sync(); a property is read only after it was
 *   loaded and synced, else PropertyNotLoaded (Microsoft docs, "Excel JavaScript object model: load()").
 * - A failing command stops the batch: the commands before it stay applied, the rest never run, and sync() rejects
 *   with the error's code (Microsoft docs, "Error handling with the application-specific JavaScript APIs"; Office.js
 *   has no transactions).
 * - A request (commands and the data they send) and a response (the data loaded) are each at most 5 MB, else
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded (docs, "Resource limits and performance
 *   optimization", Excel add-ins: "a payload size limit for requests and responses of 5MB"). The fake measures the
 *   data as UTF-8 JSON, plus a small allowance per command.
 * - A read of more than five million cells fails (same page).
 * - Writing to a protected sheet fails with AccessDenied (WorksheetProtection, @types/office-js; Excel refuses edits
 *   to locked cells of a protected sheet). Writing into part of a merged area fails (see modell.ts).
 * - A formula over 8 192 characters or with a function of more than 255 arguments is refused with InvalidArgument
 *   (Excel specifications and limits).
 * - ConditionalFormatCollection.add puts the new format "at the first/top priority", and ConditionalFormat.id is
 *   documented as "the priority of the conditional format in the current ConditionalFormatCollection": the fake's id
 *   is the format's index in its sheet's priority order, so it shifts when a format is added or deleted above it, and
 *   an item of a loaded collection is found again by that id when a later command runs (@types/office-js,
 *   ConditionalFormat.id and ConditionalFormatCollection.add; office-js issues #5222, #6835).
 * - Loading `custom/...` on the items of a collection that also holds other kinds of formats fails (office-js issue
 *   #2180); ConditionalFormat.getRange throws, and getRangeOrNullObject is null, for a format on several areas.
 * - Defined names: NamedItemCollection.add (ExcelApi 1.4), NamedItem.getRange (1.3) / getRangeOrNullObject (1.4),
 *   visible, formula (1.7), delete (1.4); a name whose cells were all deleted refers to #REF! (type Error), and
 *   getRange on it fails while getRangeOrNullObject gives a null object. workbook.names holds the workbook-scoped
 *   names only (Workbook.names, @types/office-js).
 * - Custom XML parts: add, getByNamespace (by the root element's namespace), getXml, delete (ExcelApi 1.5).
 * - Range.values and .formulas: writing text that starts with "=" enters a formula (Range.formulas/values docs);
 *   reading gives "" for an empty cell, a formula's result in values and its text in formulas.
 * - Range.numberFormat gives each cell's format code in the invariant form, "General" for a cell without one
 *   (@types/office-js, Range.numberFormat).
 * - Range.getMergedAreasOrNullObject (ExcelApi 1.13) gives the merged areas whose top-left cell lies in the range,
 *   not those that only reach into it (office-js issue #3611); its address lists them as "Blad!A2:A4, Blad!B2:B3"
 *   (RangeAreas.address); it is a null object when there are none, and fails for more than 512 areas
 *   (@types/office-js). Without ExcelApi 1.13 the request fails with ApiNotFound, as a host without the
 *   requirement set does (OfficeExtension.ErrorCodes.apiNotFound; docs, "Office versions and requirement sets").
 * - Worksheet.tables (ExcelApi 1.1) lists the sheet's Excel tables; Table.name, showHeaders, showTotals (1.3) and
 *   Table.getRange, which covers the header row and total row when shown (@types/office-js). What Excel does to a
 *   table when cells around it are written is in modell.ts (efterInmatning).
 */
import { adress, citera, MAX_KOLUMNER, MAX_RADER, overlappar, tolka, type Rekt } from "./a1";
import { formelfel } from "./formler";
import { Arbetsbok, Blad, nyckel, type Innehall, type Namn, type Tabell, type Villkor, type XmlDel } from "./modell";

/**
 * Excel on the web's limit for one request and one response: 5 MB (Microsoft docs, "Resource limits and performance
 * optimization for Office Add-ins"), read as 5 000 000 bytes, the stricter of decimal and binary megabytes.
 */
export const GRANS_BYTE = 5_000_000;
const MAX_LASCELLER = 5_000_000;
/** The allowance per queued command for its object path and method, in bytes. */
const PER_ANROP = 64;

export interface Raknare {
  syncs: number;
  /** Queued API calls: method calls, property writes and loads. */
  anrop: number;
  /** Request size of every sync, in bytes. */
  begaran: number[];
  /** Response size of every sync, in bytes. */
  svar: number[];
}

export const nyRaknare = (): Raknare => ({ syncs: 0, anrop: 0, begaran: [], svar: [] });

/** An error as Office.js reports it: a code from Excel.ErrorCodes or OfficeExtension.ErrorCodes, a message. */
export class FakeFel extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

const kodare = new TextEncoder();
const bytes = (data: unknown): number => (data === undefined ? 0 : kodare.encode(JSON.stringify(data)).length);

interface Utfort {
  svar?: number;
  bekrafta?: () => void;
}

interface Steg {
  storlek: number;
  kor: () => Utfort | void;
}

export class Kontext {
  private ko: Steg[] = [];
  readonly workbook: ArbetsbokProxy;
  constructor(
    readonly wb: Arbetsbok,
    readonly raknare: Raknare,
    readonly krav: Krav = STANDARDKRAV,
  ) {
    this.workbook = new ArbetsbokProxy(this);
  }

  /** Queues a command; `data` is what it sends (counted in the request size). */
  koa(kor: () => Utfort | void, data?: unknown): void {
    this.raknare.anrop++;
    this.ko.push({ storlek: PER_ANROP + bytes(data), kor });
  }

  async sync(): Promise<void> {
    this.raknare.syncs++;
    const ko = this.ko;
    this.ko = [];
    const begaran = ko.reduce((s, x) => s + x.storlek, 0);
    this.raknare.begaran.push(begaran);
    if (begaran > GRANS_BYTE)
      throw new FakeFel("RequestPayloadSizeLimitExceeded", `Begäran är ${begaran} byte (högst ${GRANS_BYTE})`);
    let svar = 0;
    const bekraftelser: (() => void)[] = [];
    for (const steg of ko) {
      const u = steg.kor();
      if (u) {
        svar += u.svar ?? 0;
        if (u.bekrafta) bekraftelser.push(u.bekrafta);
      }
    }
    this.raknare.svar.push(svar);
    if (svar > GRANS_BYTE)
      throw new FakeFel("ResponsePayloadSizeLimitExceeded", `Svaret är ${svar} byte (högst ${GRANS_BYTE})`);
    for (const b of bekraftelser) b();
  }

  trackedObjects = { add: () => undefined, remove: () => undefined };
}

/** What `load` asks for: top-level property names, and navigation paths below them. */
function tolkaLast(spec: unknown): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.map(String);
  const s = spec as { select?: string; expand?: string };
  return [...tolkaLast(s.select), ...tolkaLast(s.expand)];
}

/** A proxy object: properties readable only after load + sync. */
abstract class Klientobjekt {
  protected data: Record<string, unknown> = {};
  protected laddade = new Set<string>();
  /** Made by a *OrNullObject method: loading it when it does not exist gives isNullObject, not an error. */
  arNullbar = false;
  constructor(readonly context: Kontext) {}

  load(spec?: unknown): this {
    const egenskaper = tolkaLast(spec);
    this.context.koa(() => {
      let data: Record<string, unknown>;
      try {
        data = this.hamta(egenskaper.length > 0 ? egenskaper : this.standardlast());
        if (this.arNullbar) data.isNullObject = false;
      } catch (e) {
        if (!this.arNullbar) throw e;
        data = { isNullObject: true };
      }
      return {
        svar: bytes(data),
        bekrafta: () => {
          Object.assign(this.data, data);
          for (const k of Object.keys(data)) this.laddade.add(k);
        },
      };
    });
    return this;
  }

  /** The properties an empty load() brings. */
  protected standardlast(): string[] {
    return [];
  }

  /** Reads the model now (inside a sync) for the given properties. */
  protected abstract hamta(egenskaper: readonly string[]): Record<string, unknown>;

  protected las<T>(egenskap: string): T {
    if (!this.laddade.has(egenskap))
      throw new FakeFel(
        "PropertyNotLoaded",
        `Egenskapen '${egenskap}' är inte laddad: anropa load() och context.sync() innan den läses`,
      );
    return this.data[egenskap] as T;
  }

  /** Marks properties as loaded with values known without a sync (items made by a collection load). */
  satt(data: Record<string, unknown>): this {
    Object.assign(this.data, data);
    for (const k of Object.keys(data)) this.laddade.add(k);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.data };
  }
}

/** A value that a method returns after the next sync (OfficeExtension.ClientResult). */
export class Klientresultat<T> {
  private satt = false;
  private v?: T;
  get value(): T {
    if (!this.satt) throw new FakeFel("PropertyNotLoaded", "Värdet finns först efter context.sync()");
    return this.v as T;
  }
  sattVarde(v: T): void {
    this.v = v;
    this.satt = true;
  }
}

function nullbar<T extends Klientobjekt>(obj: T, finns: () => boolean): T {
  obj.arNullbar = true;
  obj.context.koa(() => {
    let f = false;
    try {
      f = finns();
    } catch {
      f = false;
    }
    return { bekrafta: () => obj.satt({ isNullObject: !f }) };
  });
  return obj;
}

// ---- workbook ---------------------------------------------------------------------------------------------------

class ArbetsbokProxy extends Klientobjekt {
  readonly worksheets: Bladsamling;
  readonly names: Namnsamling;
  readonly customXmlParts: Delsamling;
  constructor(ctx: Kontext) {
    super(ctx);
    this.worksheets = new Bladsamling(ctx);
    this.names = new Namnsamling(ctx);
    this.customXmlParts = new Delsamling(ctx, undefined);
  }
  protected hamta(): Record<string, unknown> {
    return {};
  }
  getSelectedRange(): OmradeProxy {
    this.context.raknare.anrop++;
    const wb = this.context.wb;
    return new OmradeProxy(this.context, () => {
      if (!wb.markerat) throw new FakeFel("InvalidSelection", "Inget är markerat");
      return wb.markerat;
    });
  }
  getActiveCell(): OmradeProxy {
    this.context.raknare.anrop++;
    const wb = this.context.wb;
    return new OmradeProxy(this.context, () => {
      if (!wb.markerat) throw new FakeFel("InvalidSelection", "Inget är markerat");
      return { blad: wb.markerat.blad, rekt: { ...wb.markerat.rekt, rader: 1, kolumner: 1 } };
    });
  }
}

// ---- worksheets -------------------------------------------------------------------------------------------------

class Bladsamling extends Klientobjekt {
  private poster: BladProxy[] = [];
  get items(): BladProxy[] {
    return this.las("items");
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const falt = egenskaper.map((e) => e.replace(/^items\//, ""));
    this.poster = this.context.wb.blad.map((b) => {
      const p = new BladProxy(this.context, () => b);
      const d: Record<string, unknown> = {};
      for (const f of falt.length ? falt : ["name", "id"]) {
        if (f === "name") d.name = b.namn;
        if (f === "id") d.id = b.id;
        if (f === "visibility") d.visibility = "Visible";
      }
      return p.satt(d);
    });
    return { items: this.poster };
  }
  getItem(nyckel: string): BladProxy {
    this.context.raknare.anrop++;
    return new BladProxy(this.context, () => hittaBlad(this.context.wb, nyckel));
  }
  getItemOrNullObject(nyckel: string): BladProxy {
    const p = new BladProxy(this.context, () => hittaBlad(this.context.wb, nyckel));
    return nullbar(p, () => Boolean(hittaBlad(this.context.wb, nyckel)));
  }
  getActiveWorksheet(): BladProxy {
    this.context.raknare.anrop++;
    return new BladProxy(this.context, () => {
      const b = this.context.wb.aktivt;
      if (!b) throw new FakeFel("ItemNotFound", "Inget aktivt blad");
      return b;
    });
  }
  add(namn?: string): BladProxy {
    let skapat: Blad | undefined;
    this.context.koa(() => {
      const wb = this.context.wb;
      let n = namn;
      for (let i = 1; !n; i++) if (!wb.hittaBlad(`Blad${i}`)) n = `Blad${i}`;
      if (/[[\]:*?/\\]/.test(n) || n.length > 31 || wb.hittaBlad(n))
        throw new FakeFel(wb.hittaBlad(n) ? "ItemAlreadyExists" : "InvalidArgument", `Bladnamnet ${n}`);
      skapat = wb.laggTillBlad(n, [], "tillagg");
    }, namn);
    return new BladProxy(this.context, () => {
      if (!skapat) throw new FakeFel("ItemNotFound", "Bladet skapades inte");
      return skapat;
    });
  }
}

const jamforVersion = (a: string, b: string) => {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  return x[0] - y[0] || (x[1] || 0) - (y[1] || 0);
};

/** Queues a check that the host supports ExcelApi `version`: ApiNotFound at sync otherwise. */
function kravs(ctx: Kontext, version: string, vad: string): void {
  ctx.koa(() => {
    const har = ctx.krav.ExcelApi;
    if (har === undefined || jamforVersion(har, version) < 0)
      throw new FakeFel("ApiNotFound", `${vad} kräver ExcelApi ${version} (värden har ${har ?? "ingen"})`);
  });
}

function hittaBlad(wb: Arbetsbok, nyckel: string): Blad {
  const b = wb.hittaBlad(nyckel) ?? wb.bladMedId(nyckel);
  if (!b) throw new FakeFel("ItemNotFound", `Bladet ${nyckel} finns inte`);
  return b;
}

export class BladProxy extends Klientobjekt {
  readonly charts: Diagramsamling;
  readonly protection: Skyddsproxy;
  readonly tables: Tabellsamling;
  /** The names scoped to this sheet (Worksheet.names, ExcelApi 1.4). */
  readonly names: Namnsamling;
  constructor(
    ctx: Kontext,
    readonly losa: () => Blad,
  ) {
    super(ctx);
    this.charts = new Diagramsamling(ctx, losa);
    this.protection = new Skyddsproxy(ctx, losa);
    this.tables = new Tabellsamling(ctx, losa);
    this.names = new Namnsamling(ctx, losa);
  }
  /** Worksheet.copy (ExcelApi 1.7): a copy after this sheet (modell.ts kopieraBlad), "End" at the end. */
  copy(positionType?: string): BladProxy {
    kravs(this.context, "1.7", "Worksheet.copy");
    let kopia: Blad | undefined;
    this.context.koa(() => {
      const b = this.losa();
      kopia = this.context.wb.kopieraBlad(b);
      if (positionType === "End") {
        const wb = this.context.wb;
        wb.blad = [...wb.blad.filter((x) => x !== kopia), kopia];
      }
    }, positionType);
    return new BladProxy(this.context, () => {
      if (!kopia) throw new FakeFel("ItemNotFound", "Bladet kopierades inte");
      return kopia;
    });
  }
  protected override standardlast(): string[] {
    return ["name", "id", "position"];
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const b = this.losa();
    const d: Record<string, unknown> = {};
    for (const e of egenskaper) {
      if (e === "name") d.name = b.namn;
      if (e === "id") d.id = b.id;
      if (e === "position") d.position = this.context.wb.blad.indexOf(b);
    }
    return d;
  }
  get name(): string {
    return this.las("name");
  }
  set name(nytt: string) {
    this.context.koa(() => this.context.wb.bytNamn(this.losa(), nytt), nytt);
  }
  get id(): string {
    return this.las("id");
  }
  get isNullObject(): boolean {
    return this.las("isNullObject");
  }
  getRange(a?: string): OmradeProxy {
    this.context.raknare.anrop++;
    // An address Excel cannot read, or one past XFD1048576, fails when the request runs (InvalidArgument).
    let rekt: Rekt | FakeFel;
    try {
      rekt = a ? tolka(a).rekt : { r: 0, c: 0, rader: MAX_RADER, kolumner: MAX_KOLUMNER };
    } catch (e) {
      rekt = new FakeFel("InvalidArgument", (e as Error).message);
    }
    return new OmradeProxy(this.context, () => {
      if (rekt instanceof FakeFel) throw rekt;
      return { blad: this.losa(), rekt };
    });
  }
  getRangeByIndexes(r: number, c: number, rader: number, kolumner: number): OmradeProxy {
    this.context.raknare.anrop++;
    return new OmradeProxy(this.context, () => {
      if (r < 0 || c < 0 || rader < 1 || kolumner < 1 || r + rader > MAX_RADER || c + kolumner > MAX_KOLUMNER)
        throw new FakeFel("InvalidArgument", `Området ${r},${c} ${rader}×${kolumner} ligger utanför bladet`);
      return { blad: this.losa(), rekt: { r, c, rader, kolumner } };
    });
  }
  getUsedRangeOrNullObject(): OmradeProxy {
    const p = new OmradeProxy(this.context, () => {
      const b = this.losa();
      const rekt = this.context.wb.anvantOmrade(b);
      if (!rekt) throw new FakeFel("ItemNotFound", "Bladet är tomt");
      return { blad: b, rekt };
    });
    return nullbar(p, () => Boolean(this.context.wb.anvantOmrade(this.losa())));
  }
  activate(): void {
    this.context.koa(() => {
      this.context.wb.aktivt = this.losa();
    });
  }
  delete(): void {
    this.context.koa(() => {
      const wb = this.context.wb;
      if (wb.blad.length <= 1) throw new FakeFel("InvalidOperation", "Det sista bladet kan inte tas bort");
      wb.taBortBlad(this.losa());
    });
  }
}

class Skyddsproxy extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly losa: () => Blad,
  ) {
    super(ctx);
  }
  protected hamta(): Record<string, unknown> {
    return { protected: this.losa().skyddat };
  }
  get protected(): boolean {
    return this.las("protected");
  }
}

// ---- ranges -----------------------------------------------------------------------------------------------------

type Plats = { blad: Blad; rekt: Rekt };

function skyddat(b: Blad): void {
  if (b.skyddat) throw new FakeFel("AccessDenied", `Bladet ${b.namn} är skyddat`);
}

export class OmradeProxy extends Klientobjekt {
  readonly conditionalFormats: Villkorssamling;
  constructor(
    ctx: Kontext,
    readonly losa: () => Plats,
  ) {
    super(ctx);
    this.conditionalFormats = new Villkorssamling(ctx, losa);
  }
  get worksheet(): BladProxy {
    return new BladProxy(this.context, () => this.losa().blad);
  }
  protected override standardlast(): string[] {
    return ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "values", "formulas", "numberFormat"];
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const { blad, rekt } = this.losa();
    const wb = this.context.wb;
    const d: Record<string, unknown> = {};
    const rutnat = (f: (r: number, c: number) => unknown) => {
      if (rekt.rader * rekt.kolumner > MAX_LASCELLER)
        throw new FakeFel("RangeExceedsLimit", `Området ${adress(rekt)} har fler än fem miljoner celler`);
      return Array.from({ length: rekt.rader }, (_, i) =>
        Array.from({ length: rekt.kolumner }, (_, j) => f(rekt.r + i, rekt.c + j)),
      );
    };
    for (const e of egenskaper) {
      if (e === "address") d.address = `${citera(blad.namn)}!${adress(rekt)}`;
      else if (e === "rowCount") d.rowCount = rekt.rader;
      else if (e === "columnCount") d.columnCount = rekt.kolumner;
      else if (e === "rowIndex") d.rowIndex = rekt.r;
      else if (e === "columnIndex") d.columnIndex = rekt.c;
      else if (e === "values") d.values = rutnat((r, c) => wb.varde(blad, r, c));
      else if (e === "formulas")
        d.formulas = rutnat((r, c) => {
          const cell = blad.celler.get(nyckel(r, c));
          return cell ? cell.innehall : "";
        });
      else if (e === "numberFormat") d.numberFormat = rutnat((r, c) => blad.talformat.get(nyckel(r, c)) ?? "General");
      else if (e === "isNullObject") d.isNullObject = false;
    }
    return d;
  }
  get address(): string {
    return this.las("address");
  }
  get rowCount(): number {
    return this.las("rowCount");
  }
  get columnCount(): number {
    return this.las("columnCount");
  }
  get rowIndex(): number {
    return this.las("rowIndex");
  }
  get columnIndex(): number {
    return this.las("columnIndex");
  }
  get isNullObject(): boolean {
    return this.las("isNullObject");
  }
  get values(): unknown[][] {
    return this.las("values");
  }
  set values(v: unknown[][]) {
    this.skriv(v);
  }
  get formulas(): unknown[][] {
    return this.las("formulas");
  }
  set formulas(v: unknown[][]) {
    this.skriv(v);
  }
  get numberFormat(): string[][] {
    return this.las("numberFormat");
  }
  set numberFormat(v: string[][]) {
    const kopia = v.map((r) => r.slice());
    this.context.koa(() => {
      const { blad, rekt } = this.losa();
      skyddat(blad);
      this.passar(kopia, rekt);
      kopia.forEach((rad, i) => rad.forEach((f, j) => blad.talformat.set(nyckel(rekt.r + i, rekt.c + j), f)));
      this.context.wb.andrat();
    }, kopia);
  }

  private passar(v: readonly (readonly unknown[])[], rekt: Rekt): void {
    if (v.length !== rekt.rader || v.some((r) => r.length !== rekt.kolumner))
      throw new FakeFel("InvalidArgument", `Storleken ${v.length}×${v[0]?.length} passar inte ${adress(rekt)}`);
  }

  private skriv(v: unknown[][]): void {
    const kopia = v.map((r) => r.slice());
    this.context.koa(() => {
      const { blad, rekt } = this.losa();
      skyddat(blad);
      this.passar(kopia, rekt);
      const m = this.context.wb.sammanfogatI(blad, rekt);
      if (m)
        throw new FakeFel("InvalidOperation", `Det går inte att skriva i en del av en sammanfogad cell (${adress(m)})`);
      for (const rad of kopia)
        for (const x of rad)
          if (typeof x === "string" && x.startsWith("=")) {
            const fel = formelfel(x);
            if (fel) throw new FakeFel("InvalidArgument", fel);
          }
      kopia.forEach((rad, i) =>
        rad.forEach((x, j) => {
          const k = nyckel(rekt.r + i, rekt.c + j);
          if (x === "" || x === null || x === undefined) blad.celler.delete(k);
          else blad.celler.set(k, { innehall: x as Innehall, ursprung: "tillagg" });
        }),
      );
      this.context.wb.efterInmatning(blad, rekt, "tillagg");
      this.context.wb.andrat();
    }, kopia);
  }

  clear(vad?: string): void {
    this.context.koa(() => {
      const { blad, rekt } = this.losa();
      skyddat(blad);
      const m = this.context.wb.sammanfogatI(blad, rekt);
      if (m)
        throw new FakeFel("InvalidOperation", `Det går inte att ändra en del av en sammanfogad cell (${adress(m)})`);
      if (vad !== "Contents" && vad !== "All" && vad !== undefined) throw new Error(`Fejken stöder inte clear(${vad})`);
      for (const k of this.context.wb.fyllda(blad, rekt)) blad.celler.delete(k);
      this.context.wb.efterInmatning(blad, rekt, "tillagg");
      if (vad !== "Contents") {
        for (let i = 0; i < rekt.rader; i++)
          for (let j = 0; j < rekt.kolumner; j++) blad.talformat.delete(nyckel(rekt.r + i, rekt.c + j));
      }
      this.context.wb.andrat();
    }, vad);
  }

  /**
   * Range.insert(shift) and Range.delete(shift) (ExcelApi 1.1): the cells of this range's columns (Down / Up) or rows
   * (Right / Left) shift, with references, names, formats and merged areas adjusted as Excel does (modell.ts
   * andraStruktur). Excel's refusals (cells pushed off the sheet, part of a merged area or a table) are InvalidOperation.
   */
  insert(shift: string): OmradeProxy {
    this.context.koa(() => this.skifta("infoga", shift), shift);
    return this;
  }

  delete(shift: string): void {
    this.context.koa(() => this.skifta("taBort", shift), shift);
  }

  private skifta(typ: "infoga" | "taBort", shift: string): void {
    const { blad, rekt } = this.losa();
    skyddat(blad);
    const nedat = shift === "Down" || shift === "Up";
    if (!["Down", "Up", "Right", "Left"].includes(shift)) throw new FakeFel("InvalidArgument", `Riktningen ${shift}`);
    try {
      this.context.wb.andraStruktur(blad, {
        led: nedat ? "rad" : "kolumn",
        typ,
        vid: nedat ? rekt.r : rekt.c,
        antal: nedat ? rekt.rader : rekt.kolumner,
        inom: nedat ? [rekt.c, rekt.c + rekt.kolumner - 1] : [rekt.r, rekt.r + rekt.rader - 1],
      });
    } catch (e) {
      throw new FakeFel("InvalidOperation", (e as Error).message);
    }
  }

  /** The merged areas whose top-left cell lies in this range (ExcelApi 1.13; office-js issue #3611). */
  getMergedAreasOrNullObject(): YtorProxy {
    kravs(this.context, "1.13", "Range.getMergedAreasOrNullObject");
    const ytor = () => {
      const { blad, rekt } = this.losa();
      const i = blad.sammanfogade.filter(
        (m) => m.r >= rekt.r && m.r < rekt.r + rekt.rader && m.c >= rekt.c && m.c < rekt.c + rekt.kolumner,
      );
      if (i.length > 512)
        throw new FakeFel("GeneralException", `${i.length} sammanfogade områden (högst 512 per anrop)`);
      return { blad, ytor: i };
    };
    const p = new YtorProxy(this.context, ytor);
    return nullbar(p, () => ytor().ytor.length > 0);
  }

  getSurroundingRegion(): OmradeProxy {
    this.context.raknare.anrop++;
    return new OmradeProxy(this.context, () => {
      const { blad, rekt } = this.losa();
      return { blad, rekt: this.context.wb.omgivning(blad, rekt.r, rekt.c) };
    });
  }

  /**
   * The used part of this range; a null object when no cell in it is used (Range.getUsedRangeOrNullObject,
   * ExcelApi 1.4). The fake keeps no formatting-only cells, so valuesOnly makes no difference.
   */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): OmradeProxy {
    const anvant = (): Plats | undefined => {
      const { blad, rekt } = this.losa();
      const fyllda = this.context.wb.fyllda(blad, rekt);
      if (fyllda.length === 0) return undefined;
      const rader = fyllda.map((k) => Math.floor(k / MAX_KOLUMNER));
      const kolumner = fyllda.map((k) => k % MAX_KOLUMNER);
      const r = Math.min(...rader);
      const c = Math.min(...kolumner);
      return { blad, rekt: { r, c, rader: Math.max(...rader) - r + 1, kolumner: Math.max(...kolumner) - c + 1 } };
    };
    const p = new OmradeProxy(this.context, () => {
      const a = anvant();
      if (!a) throw new FakeFel("ItemNotFound", "Området är tomt");
      return a;
    });
    return nullbar(p, () => anvant() !== undefined);
  }

  getCell(r: number, c: number): OmradeProxy {
    this.context.raknare.anrop++;
    return new OmradeProxy(this.context, () => {
      const { blad, rekt } = this.losa();
      return { blad, rekt: { r: rekt.r + r, c: rekt.c + c, rader: 1, kolumner: 1 } };
    });
  }
}

/** RangeAreas, as getMergedAreasOrNullObject gives it: its address, its number of areas and cells. */
export class YtorProxy extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly losa: () => { blad: Blad; ytor: Rekt[] },
  ) {
    super(ctx);
  }
  protected override standardlast(): string[] {
    return ["address", "areaCount", "cellCount"];
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const { blad, ytor } = this.losa();
    if (ytor.length === 0) throw new FakeFel("ItemNotFound", "Inga sammanfogade områden");
    const d: Record<string, unknown> = {};
    for (const e of egenskaper) {
      if (e === "address") d.address = ytor.map((m) => `${citera(blad.namn)}!${adress(m)}`).join(", ");
      if (e === "areaCount") d.areaCount = ytor.length;
      if (e === "cellCount") d.cellCount = ytor.reduce((n, m) => n + m.rader * m.kolumner, 0);
    }
    return d;
  }
  get address(): string {
    return this.las("address");
  }
  get areaCount(): number {
    return this.las("areaCount");
  }
  get cellCount(): number {
    return this.las("cellCount");
  }
  get isNullObject(): boolean {
    return this.las("isNullObject");
  }
}

// ---- Excel tables -----------------------------------------------------------------------------------------------

class Tabellsamling extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly blad: () => Blad,
  ) {
    super(ctx);
  }
  get items(): TabellProxy[] {
    return this.las("items");
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const falt = egenskaper.map((e) => e.replace(/^items\//, "")).filter((e) => e !== "items");
    const b = this.blad();
    const items = b.tabeller.map((t) => new TabellProxy(this.context, () => t, this.blad).satt(tabelldata(t, falt)));
    return { items };
  }
  getItem(namn: string): TabellProxy {
    this.context.raknare.anrop++;
    return new TabellProxy(
      this.context,
      () => {
        const t = this.blad().tabeller.find((x) => x.namn.toLowerCase() === namn.toLowerCase());
        if (!t) throw new FakeFel("ItemNotFound", `Tabellen ${namn} finns inte`);
        return t;
      },
      this.blad,
    );
  }
  getCount(): Klientresultat<number> {
    const res = new Klientresultat<number>();
    this.context.koa(() => {
      const n = this.blad().tabeller.length;
      return { bekrafta: () => res.sattVarde(n) };
    });
    return res;
  }
}

function tabelldata(t: Tabell, falt: readonly string[]): Record<string, unknown> {
  const d: Record<string, unknown> = {};
  for (const f of falt.length ? falt : ["name", "id", "showHeaders", "showTotals"]) {
    if (f === "name") d.name = t.namn;
    if (f === "id") d.id = t.id;
    if (f === "showHeaders") d.showHeaders = t.rubriker;
    if (f === "showTotals") d.showTotals = t.summa;
  }
  return d;
}

export class TabellProxy extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly losa: () => Tabell,
    private readonly blad: () => Blad,
  ) {
    super(ctx);
  }
  protected override standardlast(): string[] {
    return ["name", "id", "showHeaders", "showTotals"];
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    return tabelldata(this.losa(), egenskaper);
  }
  get name(): string {
    return this.las("name");
  }
  get id(): string {
    return this.las("id");
  }
  get showHeaders(): boolean {
    return this.las("showHeaders");
  }
  get showTotals(): boolean {
    return this.las("showTotals");
  }
  /** The whole table: header row, data and total row as shown (Table.getRange). */
  getRange(): OmradeProxy {
    this.context.raknare.anrop++;
    return new OmradeProxy(this.context, () => ({ blad: this.blad(), rekt: this.losa().rekt }));
  }
}

// ---- conditional formats ----------------------------------------------------------------------------------------

class Villkorssamling extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly plats: () => Plats,
  ) {
    super(ctx);
  }
  get items(): VillkorProxy[] {
    return this.las("items");
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const { blad, rekt } = this.plats();
    const falt = egenskaper.map((e) => e.replace(/^items\//, "")).filter((e) => e !== "items");
    const poster = blad.villkor.map((v, i) => ({ v, i })).filter(({ v }) => v.omraden.some((o) => overlappar(o, rekt)));
    if (falt.some((f) => f.startsWith("custom/")) && poster.some(({ v }) => v.typ !== "Custom"))
      throw new FakeFel("InvalidOperation", "This operation is not permitted for the current object. (#2180)");
    const items = poster.map(({ v, i }) => {
      const p = new VillkorProxy(
        this.context,
        () => blad,
        () => {
          const nu = blad.villkor[i];
          if (!nu) throw new FakeFel("ItemNotFound", `Villkorsstyrd formatering ${i} finns inte`);
          return nu;
        },
      );
      const d: Record<string, unknown> = {};
      for (const f of falt.length ? falt : ["id", "type", "priority"]) {
        if (f === "id") d.id = String(i);
        if (f === "type") d.type = v.typ;
        if (f === "priority") d.priority = i;
      }
      p.satt(d);
      if (falt.some((f) => f.startsWith("custom/"))) p.custom.fyll(v, falt);
      return p;
    });
    return { items };
  }
  add(typ: string): VillkorProxy {
    const v: Villkor = { typ, omraden: [], ursprung: "tillagg" };
    let blad: Blad | undefined;
    this.context.koa(() => {
      const p = this.plats();
      skyddat(p.blad);
      blad = p.blad;
      v.omraden = [p.rekt];
      p.blad.villkor.unshift(v);
      this.context.wb.andrat();
    }, typ);
    return new VillkorProxy(
      this.context,
      () => blad as Blad,
      () => {
        if (!blad || !blad.villkor.includes(v)) throw new FakeFel("ItemNotFound", "Formatet finns inte");
        return v;
      },
    );
  }
  getItem(id: string): VillkorProxy {
    this.context.raknare.anrop++;
    return new VillkorProxy(
      this.context,
      () => this.plats().blad,
      () => {
        const v = this.plats().blad.villkor[Number(id)];
        if (!v || !/^\d+$/.test(id)) throw new FakeFel("ItemNotFound", `Villkorsstyrd formatering ${id} finns inte`);
        return v;
      },
    );
  }
  getCount(): Klientresultat<number> {
    const res = new Klientresultat<number>();
    this.context.koa(() => {
      const { blad, rekt } = this.plats();
      const n = blad.villkor.filter((v) => v.omraden.some((o) => overlappar(o, rekt))).length;
      return { bekrafta: () => res.sattVarde(n) };
    });
    return res;
  }
}

export class VillkorProxy extends Klientobjekt {
  readonly custom: Egenformat;
  constructor(
    ctx: Kontext,
    private readonly blad: () => Blad,
    readonly losa: () => Villkor,
  ) {
    super(ctx);
    this.custom = new Egenformat(ctx, losa);
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const v = this.losa();
    const d: Record<string, unknown> = {};
    for (const e of egenskaper) {
      if (e === "id" || e === "priority") {
        const i = this.blad().villkor.indexOf(v);
        d[e] = e === "id" ? String(i) : i;
      }
      if (e === "type") d.type = v.typ;
    }
    return d;
  }
  get id(): string {
    return this.las("id");
  }
  get type(): string {
    return this.las("type");
  }
  get priority(): number {
    return this.las("priority");
  }
  getRange(): OmradeProxy {
    this.context.raknare.anrop++;
    return new OmradeProxy(this.context, () => {
      const v = this.losa();
      if (v.omraden.length !== 1) throw new FakeFel("InvalidOperation", "Formatet gäller flera områden");
      return { blad: this.blad(), rekt: v.omraden[0] };
    });
  }
  getRangeOrNullObject(): OmradeProxy {
    const p = new OmradeProxy(this.context, () => {
      const v = this.losa();
      if (v.omraden.length !== 1) throw new FakeFel("InvalidOperation", "Formatet gäller flera områden");
      return { blad: this.blad(), rekt: v.omraden[0] };
    });
    return nullbar(p, () => this.losa().omraden.length === 1);
  }
  delete(): void {
    this.context.koa(() => {
      const b = this.blad();
      skyddat(b);
      const v = this.losa();
      b.villkor = b.villkor.filter((x) => x !== v);
      this.context.wb.andrat();
    });
  }
}

/** ConditionalFormat.custom: its rule formula and format; only for a format of type Custom. */
class Egenformat {
  readonly rule: { formula: string; load: (s?: unknown) => unknown };
  readonly format: {
    fill: { color: string };
    font: { color: string };
    numberFormat: string;
    load: (s?: unknown) => unknown;
  };
  private laddat: Record<string, unknown> = {};
  constructor(
    private readonly ctx: Kontext,
    private readonly losa: () => Villkor,
  ) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters below are object-literal accessors
    const sjalv = this;
    const egen = () => {
      const v = this.losa();
      if (v.typ !== "Custom") throw new FakeFel("InvalidOperation", "Formatet är inte av typen Custom");
      return v;
    };
    const stall = (falt: "formel" | "fyllning" | "text" | "talformat", varde: string) =>
      ctx.koa(() => {
        const v = egen();
        v[falt] = varde;
        ctx.wb.andrat();
      }, varde);
    const last = (nyckel: string, falt: "formel" | "fyllning" | "text" | "talformat") => () => {
      ctx.koa(() => {
        const v = egen();
        return { svar: bytes(v[falt]), bekrafta: () => (sjalv.laddat[nyckel] = v[falt]) };
      });
    };
    const hamta = (nyckel: string) => {
      if (!(nyckel in sjalv.laddat)) throw new FakeFel("PropertyNotLoaded", `Egenskapen '${nyckel}' är inte laddad`);
      return sjalv.laddat[nyckel] as string;
    };
    this.rule = {
      get formula() {
        return hamta("formula");
      },
      set formula(f: string) {
        stall("formel", f);
      },
      load: last("formula", "formel"),
    };
    const fill = {
      get color() {
        return hamta("fill");
      },
      set color(c: string) {
        stall("fyllning", c);
      },
      load: last("fill", "fyllning"),
    };
    const font = {
      get color() {
        return hamta("font");
      },
      set color(c: string) {
        stall("text", c);
      },
      load: last("font", "text"),
    };
    this.format = {
      fill,
      font,
      get numberFormat() {
        return hamta("numberFormat");
      },
      set numberFormat(f: string) {
        stall("talformat", f);
      },
      load: last("numberFormat", "talformat"),
    };
  }
  /** Values that a collection load of `custom/...` brought. */
  fyll(v: Villkor, falt: readonly string[]): void {
    for (const f of falt) {
      if (f === "custom/rule/formula") this.laddat.formula = v.formel;
      if (f === "custom/format/fill/color") this.laddat.fill = v.fyllning;
      if (f === "custom/format/font/color") this.laddat.font = v.text;
      if (f === "custom/format/numberFormat") this.laddat.numberFormat = v.talformat;
    }
  }
  /** Loads paths below custom ("rule/formula", "format/fill/color", …) on this one format. */
  load(spec?: unknown): this {
    const falt = tolkaLast(spec);
    this.ctx.koa(() => {
      const v = this.losa();
      if (v.typ !== "Custom") throw new FakeFel("InvalidOperation", "Formatet är inte av typen Custom");
      return {
        svar: bytes([v.formel, v.fyllning, v.text]),
        bekrafta: () =>
          this.fyll(
            v,
            falt.map((f) => `custom/${f}`),
          ),
      };
    });
    return this;
  }
}

// ---- names ------------------------------------------------------------------------------------------------------

/** Excel's rules for a defined name (Microsoft support, "Names in formulas": syntax rules for names). */
function giltigtNamn(namn: string): boolean {
  if (namn.length === 0 || namn.length > 255) return false;
  if (!/^[A-Za-z_\\\u00C0-\u024F][A-Za-z0-9_.\\\u00C0-\u024F]*$/.test(namn)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(namn) || /^[RrCc]$/.test(namn) || /^R\d*C\d*$/i.test(namn)) return false;
  return true;
}

/**
 * A NamedItemCollection: the workbook's (Workbook.names: workbook-scoped names only) or one sheet's (Worksheet.names,
 * ExcelApi 1.4: the names scoped to that sheet).
 */
class Namnsamling extends Klientobjekt {
  constructor(
    ctx: Kontext,
    readonly omfang?: () => Blad,
  ) {
    super(ctx);
  }
  get items(): NamnProxy[] {
    return this.las("items");
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const falt = egenskaper.map((e) => e.replace(/^items\//, "")).filter((e) => e !== "items");
    const wb = this.context.wb;
    const omfang = this.omfang?.();
    const items = wb.namn
      .filter((n) => n.omfang === omfang)
      .sort((a, b) => a.namn.localeCompare(b.namn, "en", { sensitivity: "base" }))
      .map((n) => new NamnProxy(this.context, () => n).satt(namnData(wb, n, falt)));
    return { items };
  }
  add(namn: string, referens: OmradeProxy | string, kommentar?: string): NamnProxy {
    let skapat: Namn | undefined;
    this.context.koa(() => {
      const wb = this.context.wb;
      if (!giltigtNamn(namn)) throw new FakeFel("InvalidArgument", `Ogiltigt namn: ${namn}`);
      const omfang = this.omfang?.();
      if (wb.namn.some((n) => n.omfang === omfang && n.namn.toLowerCase() === namn.toLowerCase()))
        throw new FakeFel("ItemAlreadyExists", `Namnet ${namn} finns redan`);
      const ref = typeof referens === "string" ? tolkaNamnreferens(wb, referens) : omradesreferens(referens);
      skapat = { namn, omfang, ref, synlig: true, kommentar: kommentar ?? "", ursprung: "tillagg" };
      wb.namn.push(skapat);
      wb.andrat();
    }, [namn, typeof referens === "string" ? referens : "range", kommentar]);
    return new NamnProxy(this.context, () => {
      if (!skapat || !this.context.wb.namn.includes(skapat)) throw new FakeFel("ItemNotFound", `Namnet ${namn}`);
      return skapat;
    });
  }
  getItem(namn: string): NamnProxy {
    this.context.raknare.anrop++;
    return new NamnProxy(this.context, () => hittaNamn(this.context.wb, namn, this.omfang?.()));
  }
  getItemOrNullObject(namn: string): NamnProxy {
    const p = new NamnProxy(this.context, () => hittaNamn(this.context.wb, namn, this.omfang?.()));
    return nullbar(p, () => Boolean(hittaNamn(this.context.wb, namn, this.omfang?.())));
  }
}

function omradesreferens(p: OmradeProxy): Namn["ref"] {
  const { blad, rekt } = p.losa();
  return { typ: "omrade", blad, rekt };
}

function tolkaNamnreferens(wb: Arbetsbok, text: string): Namn["ref"] {
  const f = text.startsWith("=") ? text.slice(1).trim() : text.trim();
  if (/^"([^"]|"")*"$/.test(f)) return { typ: "konstant", varde: f.slice(1, -1).replace(/""/g, '"') };
  if (/^-?\d+(\.\d+)?$/.test(f)) return { typ: "konstant", varde: Number(f) };
  if (f === "TRUE" || f === "FALSE") return { typ: "konstant", varde: f === "TRUE" };
  if (f.includes("#REF!")) return { typ: "fel" };
  const t = tolka(f);
  const blad = t.blad === undefined ? undefined : wb.hittaBlad(t.blad);
  if (!blad) throw new FakeFel("InvalidArgument", `Referensen ${text} saknar ett blad som finns`);
  return { typ: "omrade", blad, rekt: t.rekt };
}

function hittaNamn(wb: Arbetsbok, namn: string, omfang?: Blad): Namn {
  const n = wb.namn.find((x) => x.omfang === omfang && x.namn.toLowerCase() === namn.toLowerCase());
  if (!n) throw new FakeFel("ItemNotFound", `Namnet ${namn} finns inte`);
  return n;
}

function namnData(wb: Arbetsbok, n: Namn, falt: readonly string[]): Record<string, unknown> {
  const ref = wb.namnreferens(n);
  const d: Record<string, unknown> = {};
  for (const f of falt.length ? falt : ["name", "type", "value", "visible", "comment", "scope", "formula"]) {
    if (f === "name") d.name = n.namn;
    if (f === "type") d.type = ref.typ;
    if (f === "value") d.value = ref.varde;
    if (f === "formula") d.formula = ref.formel;
    if (f === "visible") d.visible = n.synlig;
    if (f === "comment") d.comment = n.kommentar;
    if (f === "scope") d.scope = n.omfang ? "Worksheet" : "Workbook";
  }
  return d;
}

export class NamnProxy extends Klientobjekt {
  constructor(
    ctx: Kontext,
    readonly losa: () => Namn,
  ) {
    super(ctx);
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    return namnData(this.context.wb, this.losa(), egenskaper);
  }
  get name(): string {
    return this.las("name");
  }
  get type(): string {
    return this.las("type");
  }
  get value(): unknown {
    return this.las("value");
  }
  get isNullObject(): boolean {
    return this.las("isNullObject");
  }
  /** "Workbook" or "Worksheet" (NamedItem.scope, ExcelApi 1.4). */
  get scope(): string {
    return this.las("scope");
  }
  get visible(): boolean {
    return this.las("visible");
  }
  set visible(v: boolean) {
    this.context.koa(() => {
      this.losa().synlig = v;
      this.context.wb.andrat();
    }, v);
  }
  get formula(): string {
    return this.las("formula");
  }
  set formula(f: string) {
    this.context.koa(() => {
      const n = this.losa();
      n.ref = tolkaNamnreferens(this.context.wb, f);
      this.context.wb.andrat();
    }, f);
  }
  getRange(): OmradeProxy {
    this.context.raknare.anrop++;
    return new OmradeProxy(this.context, () => {
      const n = this.losa();
      if (n.ref.typ !== "omrade") throw new FakeFel("InvalidReference", `Namnet ${n.namn} är inget område`);
      return { blad: n.ref.blad, rekt: n.ref.rekt };
    });
  }
  getRangeOrNullObject(): OmradeProxy {
    const p = new OmradeProxy(this.context, () => {
      const n = this.losa();
      if (n.ref.typ !== "omrade") throw new FakeFel("InvalidReference", `Namnet ${n.namn} är inget område`);
      return { blad: n.ref.blad, rekt: n.ref.rekt };
    });
    return nullbar(p, () => this.losa().ref.typ === "omrade");
  }
  delete(): void {
    this.context.koa(() => {
      const n = this.losa();
      const wb = this.context.wb;
      wb.namn = wb.namn.filter((x) => x !== n);
      wb.andrat();
    });
  }
}

// ---- custom XML parts -------------------------------------------------------------------------------------------

/** The namespace of an XML part's root element. */
export function namnrymd(xml: string): string | undefined {
  const rot = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*\b([^>]*)>/.exec(xml.replace(/<\?xml[^>]*\?>/, ""));
  if (!rot) return undefined;
  const prefix = rot[1] ? rot[1].slice(0, -1) : "";
  const attr = new RegExp(`xmlns${prefix ? ":" + prefix : ""}="([^"]*)"`).exec(rot[2]);
  return attr?.[1];
}

class Delsamling extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly ns: string | undefined,
  ) {
    super(ctx);
  }
  get items(): DelProxy[] {
    return this.las("items");
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const falt = egenskaper.map((e) => e.replace(/^items\//, "")).filter((e) => e !== "items");
    const items = this.context.wb.delar
      .filter((d) => this.ns === undefined || namnrymd(d.xml) === this.ns)
      .map((d) => {
        const p = new DelProxy(this.context, () => d);
        const data: Record<string, unknown> = {};
        for (const f of falt.length ? falt : ["id", "namespaceUri"]) {
          if (f === "id") data.id = d.id;
          if (f === "namespaceUri") data.namespaceUri = namnrymd(d.xml) ?? "";
        }
        return p.satt(data);
      });
    return { items };
  }
  getByNamespace(ns: string): Delsamling {
    this.context.raknare.anrop++;
    return new Delsamling(this.context, ns);
  }
  add(xml: string): DelProxy {
    let skapad: XmlDel | undefined;
    this.context.koa(() => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(xml)) throw new FakeFel("InvalidArgument", "Ingen XML");
      skapad = { id: this.context.wb.nyttId("{del-"), xml, ursprung: "tillagg" };
      this.context.wb.delar.push(skapad);
      this.context.wb.andrat();
    }, xml);
    return new DelProxy(this.context, () => {
      if (!skapad) throw new FakeFel("ItemNotFound", "Delen skapades inte");
      return skapad;
    });
  }
  getItem(id: string): DelProxy {
    this.context.raknare.anrop++;
    return new DelProxy(this.context, () => {
      const d = this.context.wb.delar.find((x) => x.id === id);
      if (!d) throw new FakeFel("ItemNotFound", `Delen ${id}`);
      return d;
    });
  }
}

export class DelProxy extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly losa: () => XmlDel,
  ) {
    super(ctx);
  }
  protected hamta(egenskaper: readonly string[]): Record<string, unknown> {
    const d = this.losa();
    const data: Record<string, unknown> = {};
    for (const e of egenskaper) {
      if (e === "id") data.id = d.id;
      if (e === "namespaceUri") data.namespaceUri = namnrymd(d.xml) ?? "";
    }
    return data;
  }
  get id(): string {
    return this.las("id");
  }
  get namespaceUri(): string {
    return this.las("namespaceUri");
  }
  getXml(): Klientresultat<string> {
    const res = new Klientresultat<string>();
    this.context.koa(() => {
      const d = this.losa();
      return { svar: bytes(d.xml), bekrafta: () => res.sattVarde(d.xml) };
    });
    return res;
  }
  delete(): void {
    this.context.koa(() => {
      const d = this.losa();
      const wb = this.context.wb;
      wb.delar = wb.delar.filter((x) => x !== d);
      wb.andrat();
    });
  }
}

// ---- charts -----------------------------------------------------------------------------------------------------

class Diagramsamling extends Klientobjekt {
  constructor(
    ctx: Kontext,
    private readonly blad: () => Blad,
  ) {
    super(ctx);
  }
  get items(): unknown[] {
    return this.las("items");
  }
  protected hamta(): Record<string, unknown> {
    return { items: this.blad().diagram.map((d) => ({ name: d.titel })) };
  }
  getCount(): Klientresultat<number> {
    const res = new Klientresultat<number>();
    this.context.koa(() => {
      const n = this.blad().diagram.length;
      return { bekrafta: () => res.sattVarde(n) };
    });
    return res;
  }
  add(typ: string, kalla: OmradeProxy, serier?: string) {
    const d = { typ, titel: "", forklaringSynlig: true, ursprung: "tillagg" as const };
    this.context.koa(() => {
      const b = this.blad();
      skyddat(b);
      kalla.losa();
      b.diagram.push(d);
      this.context.wb.andrat();
    }, [typ, serier]);
    const ctx = this.context;
    return {
      title: {
        set text(t: string) {
          ctx.koa(() => {
            d.titel = t;
          }, t);
        },
      },
      legend: {
        set visible(v: boolean) {
          ctx.koa(() => {
            d.forklaringSynlig = v;
          }, v);
        },
      },
    };
  }
}

// ---- Excel and Office globals -----------------------------------------------------------------------------------

export function skapaExcel(wb: Arbetsbok, raknare: Raknare = nyRaknare(), krav: Krav = STANDARDKRAV) {
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const fn = (typeof a === "function" ? a : b) as (ctx: Kontext) => Promise<T>;
    return fn(new Kontext(wb, raknare, krav));
  }
  return {
    run,
    ClearApplyTo: { contents: "Contents", formats: "Formats", all: "All", hyperlinks: "Hyperlinks" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    WorksheetPositionType: { none: "None", before: "Before", after: "After", beginning: "Beginning", end: "End" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    ConditionalFormatType: {
      custom: "Custom",
      cellValue: "CellValue",
      colorScale: "ColorScale",
      containsText: "ContainsText",
    },
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
    NamedItemType: { range: "Range", string: "String", error: "Error", double: "Double", boolean: "Boolean" },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      apiNotFound: "ApiNotFound",
    },
  };
}

export type Krav = Readonly<Record<string, string>>;

export const STANDARDKRAV: Krav = { ExcelApi: "1.17", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.4" };

export function skapaOffice(wb: Arbetsbok, krav: Krav = STANDARDKRAV) {
  const jamfor = jamforVersion;
  return {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (namn: string, version?: string) =>
          krav[namn] !== undefined && jamfor(krav[namn], version || "1.1") >= 0,
      },
      document: {
        settings: {
          get: (k: string) => (wb.installningar.has(k) ? JSON.parse(wb.installningar.get(k) as string) : null),
          set: (k: string, v: unknown) => void wb.installningar.set(k, JSON.stringify(v)),
          remove: (k: string) => void wb.installningar.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => cb && cb({ status: "succeeded" }),
        },
      },
      officeTheme: undefined,
    },
  };
}

export const OfficeExtension = {
  Error: FakeFel,
  ErrorCodes: { generalException: "GeneralException", propertyNotLoaded: "PropertyNotLoaded" },
};
