/**
 * The fake Excel for tests: build a workbook, install the fake Office.js globals, act as the user (insert, delete,
 * sort, rename, type), and inspect the result. The same code runs in jest and, compiled by
 * test/fake/webpack.config.js, as office.js in the browser tests (webblasare.ts).
 */
import { adress as a1, tolka, type Rekt } from "./a1";
import { Arbetsbok, Blad, kolumn, nyckel, rad, type Innehall, type Kalkylator, type Ursprung } from "./modell";
import { skapaExcel, skapaOffice, nyRaknare, OfficeExtension, STANDARDKRAV, type Krav, type Raknare } from "./officejs";
import { namnrymd } from "./officejs";
import { flyttaFormel } from "./formler";

export { Arbetsbok, Blad } from "./modell";
export type { Innehall, Kalkylator, Tabell } from "./modell";
export { FakeFel, GRANS_BYTE, nyRaknare, skapaExcel, skapaOffice, type Krav, type Raknare } from "./officejs";
export { tolka, adress } from "./a1";
export { formelfel, MAX_ARGUMENT, MAX_FORMELLANGD } from "./formler";

/**
 * A sheet as a person made it: its values (numbers as numbers, text, formulas), and optionally each cell's number
 * format code in Excel's invariant form (Range.numberFormat: "0.0%", "#,##0", "General" or null for none), merged
 * areas ("A2:A4": the value stays in the top-left cell, the others must be empty, as Excel keeps them) and Excel
 * tables (header row included).
 */
export interface Bladspec {
  readonly varden: readonly (readonly unknown[])[];
  readonly format?: readonly (readonly (string | null | undefined)[])[];
  readonly sammanfogade?: readonly string[];
  readonly tabeller?: readonly { readonly namn: string; readonly omrade: string; readonly summa?: boolean }[];
}

/** A workbook of sheets given as rows of cell values (what a person typed), or as Bladspec, with a selection. */
export function skapaArbetsbok(
  blad: Readonly<Record<string, readonly (readonly unknown[])[] | Bladspec>>,
  markerat?: { blad: string; adress: string },
): Arbetsbok {
  const wb = new Arbetsbok();
  for (const [namn, innehall] of Object.entries(blad)) {
    const spec: Bladspec = Array.isArray(innehall) ? { varden: innehall } : (innehall as Bladspec);
    const b = wb.laggTillBlad(namn, spec.varden);
    spec.format?.forEach((rad, r) =>
      rad.forEach((f, c) => {
        if (f && f !== "General") b.talformat.set(nyckel(r, c), f);
      }),
    );
    for (const a of spec.sammanfogade ?? []) {
      const m = tolka(a).rekt;
      for (const k of wb.fyllda(b, m))
        if (rad(k) !== m.r || kolumn(k) !== m.c) throw new Error(`${namn}!${a}: sammanfogade celler ska vara tomma`);
      b.sammanfogade.push(m);
    }
    for (const t of spec.tabeller ?? [])
      b.tabeller.push({
        id: wb.nyttId("{tabell-"),
        namn: t.namn,
        rekt: tolka(t.omrade).rekt,
        rubriker: true,
        summa: t.summa ?? false,
        ursprung: "anvandare",
      });
  }
  if (markerat) markera(wb, markerat.blad, markerat.adress);
  return wb;
}

export interface Installation {
  wb: Arbetsbok;
  raknare: Raknare;
}

/** Installs Excel, Office and OfficeExtension over `wb` as globals, as office.js does in the task pane. */
export function installera(
  wb: Arbetsbok,
  val: { krav?: Krav; kalkylator?: Kalkylator; rot?: Record<string, unknown> } = {},
): Installation {
  const raknare = nyRaknare();
  const rot = val.rot ?? (globalThis as Record<string, unknown>);
  if (val.kalkylator) wb.kalkylator = val.kalkylator;
  rot.Excel = skapaExcel(wb, raknare, val.krav ?? STANDARDKRAV);
  rot.Office = skapaOffice(wb, val.krav ?? STANDARDKRAV);
  rot.OfficeExtension = OfficeExtension;
  return { wb, raknare };
}

const bladet = (wb: Arbetsbok, namn: string): Blad => {
  const b = wb.hittaBlad(namn);
  if (!b) throw new Error(`Bladet ${namn} finns inte`);
  return b;
};

export function markera(wb: Arbetsbok, blad: string, adress: string): void {
  const b = bladet(wb, blad);
  wb.markerat = { blad: b, rekt: tolka(adress).rekt };
  wb.aktivt = b;
}

/** One cell: what was entered (formula text or constant; "" when empty) and the value Excel shows. */
export function cell(wb: Arbetsbok, blad: string, adress: string): { formel: Innehall; varde: unknown } {
  const b = bladet(wb, blad);
  const { r, c } = tolka(adress).rekt;
  return { formel: b.celler.get(nyckel(r, c))?.innehall ?? "", varde: wb.varde(b, r, c) };
}

/** Who entered a cell: "anvandare", "tillagg", or undefined when empty. */
export function ursprung(wb: Arbetsbok, blad: string, adress: string): Ursprung | undefined {
  const b = bladet(wb, blad);
  const { r, c } = tolka(adress).rekt;
  return b.celler.get(nyckel(r, c))?.ursprung;
}

/** The visible state of the workbook, for comparing before and after (no ids, no origins). */
export function ogonblick(wb: Arbetsbok): string {
  return JSON.stringify(
    {
      blad: wb.blad.map((b) => ({
        namn: b.namn,
        celler: [...b.celler]
          .sort(([x], [y]) => x - y)
          .map(([k, c]) => [a1({ r: rad(k), c: kolumn(k), rader: 1, kolumner: 1 }), c.innehall]),
        talformat: [...b.talformat].sort(([x], [y]) => x - y),
        villkor: b.villkor.map((v) => ({ ...v, omraden: v.omraden.map((o) => a1(o)), ursprung: undefined })),
        sammanfogade: b.sammanfogade.map((m) => a1(m)),
        tabeller: b.tabeller.map((t) => [t.namn, a1(t.rekt), t.rubriker, t.summa]),
        skyddat: b.skyddat,
        diagram: b.diagram.length,
      })),
      namn: wb.namn.map((n) => [n.omfang?.namn ?? "", n.namn, wb.namnreferens(n).formel, n.synlig]),
      delar: wb.delar.map((d) => d.xml),
      installningar: [...wb.installningar],
    },
    null,
    1,
  );
}

/** Every cell a person entered, by "Blad!A1", with its content. */
export function anvandarceller(wb: Arbetsbok): Map<string, Innehall> {
  const ut = new Map<string, Innehall>();
  for (const b of wb.blad)
    for (const [k, c] of b.celler)
      if (c.ursprung === "anvandare")
        ut.set(`${b.namn}!${a1({ r: rad(k), c: kolumn(k), rader: 1, kolumner: 1 })}`, c.innehall);
  return ut;
}

/** Everything the add-in created that is still in the workbook, described; empty when nothing is left. */
export function tillaggsrester(wb: Arbetsbok): string[] {
  const ut: string[] = [];
  for (const b of wb.blad) {
    for (const [k, c] of b.celler)
      if (c.ursprung === "tillagg")
        ut.push(`cell ${b.namn}!${a1({ r: rad(k), c: kolumn(k), rader: 1, kolumner: 1 })}: ${String(c.innehall)}`);
    for (const v of b.villkor)
      if (v.ursprung === "tillagg") ut.push(`villkor ${b.namn}!${v.omraden.map((o) => a1(o)).join(",")}: ${v.formel}`);
    for (const d of b.diagram) if (d.ursprung === "tillagg") ut.push(`diagram på ${b.namn}`);
  }
  for (const n of wb.namn)
    if (n.ursprung === "tillagg") ut.push(`namn ${n.omfang ? `${n.omfang.namn}!` : ""}${n.namn}`);
  for (const d of wb.delar) if (d.ursprung === "tillagg") ut.push(`xml-del ${d.id}`);
  return ut;
}

const rekt = (adress: string): Rekt => tolka(adress).rekt;

/**
 * What a person does in Excel between two actions of the add-in. Each is an edit Excel makes as modell.ts describes
 * it (structural changes move cells, references, formats and names; sorting moves cell contents only).
 */
export const anvandare = {
  /** Inserts `antal` whole rows before row `fore` (1-based), as Home > Insert > Insert Sheet Rows. */
  infogaRader(wb: Arbetsbok, blad: string, fore: number, antal = 1): void {
    wb.andraStruktur(bladet(wb, blad), { led: "rad", typ: "infoga", vid: fore - 1, antal });
  },
  taBortRader(wb: Arbetsbok, blad: string, forsta: number, antal = 1): void {
    wb.andraStruktur(bladet(wb, blad), { led: "rad", typ: "taBort", vid: forsta - 1, antal });
  },
  /** Inserts `antal` whole columns before column `fore` ("C"). */
  infogaKolumner(wb: Arbetsbok, blad: string, fore: string, antal = 1): void {
    wb.andraStruktur(bladet(wb, blad), { led: "kolumn", typ: "infoga", vid: rekt(`${fore}1`).c, antal });
  },
  taBortKolumner(wb: Arbetsbok, blad: string, forsta: string, antal = 1): void {
    wb.andraStruktur(bladet(wb, blad), { led: "kolumn", typ: "taBort", vid: rekt(`${forsta}1`).c, antal });
  },
  /**
   * Inserts cells in place of `omrade` ("A10:G10"), shifting the cells of its columns down (or of its rows right), as
   * Home > Insert > Insert Cells does; references, names and formats follow as modell.ts andraStruktur describes.
   */
  infogaCeller(wb: Arbetsbok, blad: string, omrade: string, riktning: "ned" | "hoger" = "ned"): void {
    const m = rekt(omrade);
    const ned = riktning === "ned";
    wb.andraStruktur(bladet(wb, blad), {
      led: ned ? "rad" : "kolumn",
      typ: "infoga",
      vid: ned ? m.r : m.c,
      antal: ned ? m.rader : m.kolumner,
      inom: ned ? [m.c, m.c + m.kolumner - 1] : [m.r, m.r + m.rader - 1],
    });
  },
  /** Deletes the cells of `omrade`, shifting the cells below up (or those to the right left), as Delete Cells does. */
  taBortCeller(wb: Arbetsbok, blad: string, omrade: string, riktning: "upp" | "vanster" = "upp"): void {
    const m = rekt(omrade);
    const upp = riktning === "upp";
    wb.andraStruktur(bladet(wb, blad), {
      led: upp ? "rad" : "kolumn",
      typ: "taBort",
      vid: upp ? m.r : m.c,
      antal: upp ? m.rader : m.kolumner,
      inom: upp ? [m.c, m.c + m.kolumner - 1] : [m.r, m.r + m.rader - 1],
    });
  },
  /** Sorts the rows of `omrade` ("A2:I27") by column `nyckel` ("B"). */
  sortera(wb: Arbetsbok, blad: string, omrade: string, nyckelkolumn: string, fallande = false): void {
    wb.sortera(bladet(wb, blad), rekt(omrade), rekt(`${nyckelkolumn}1`).c, fallande);
  },
  bytNamn(wb: Arbetsbok, blad: string, nytt: string): void {
    wb.bytNamn(bladet(wb, blad), nytt);
  },
  skriv(wb: Arbetsbok, blad: string, adress: string, innehall: Innehall | ""): void {
    const { r, c } = rekt(adress);
    wb.skriv(bladet(wb, blad), r, c, innehall);
  },
  /** Gives cells a number format (Home > Number format); `format` in Excel's invariant form ("0.0%"). */
  formatera(wb: Arbetsbok, blad: string, adress: string, format: string): void {
    const b = bladet(wb, blad);
    const m = rekt(adress);
    for (let i = 0; i < m.rader; i++)
      for (let j = 0; j < m.kolumner; j++) {
        if (format === "General") b.talformat.delete(nyckel(m.r + i, m.c + j));
        else b.talformat.set(nyckel(m.r + i, m.c + j), format);
      }
    wb.andrat();
  },
  /** Makes an Excel table of a range with a header row (Insert > Table). */
  skapaTabell(wb: Arbetsbok, blad: string, adress: string, namn: string): void {
    bladet(wb, blad).tabeller.push({
      id: wb.nyttId("{tabell-"),
      namn,
      rekt: rekt(adress),
      rubriker: true,
      summa: false,
      ursprung: "anvandare",
    });
    wb.andrat();
  },
  /** Merges cells, keeping the top-left value (Home > Merge & Center). */
  sammanfoga(wb: Arbetsbok, blad: string, adress: string): void {
    const b = bladet(wb, blad);
    const m = rekt(adress);
    for (const k of wb.fyllda(b, m)) if (rad(k) !== m.r || kolumn(k) !== m.c) b.celler.delete(k);
    b.sammanfogade.push(m);
    wb.andrat();
  },
  skydda(wb: Arbetsbok, blad: string, skyddat = true): void {
    bladet(wb, blad).skyddat = skyddat;
  },
  /** A conditional format of the user's own, added at the top priority as Excel's Conditional Formatting does. */
  laggTillVillkor(wb: Arbetsbok, blad: string, adress: string, formel: string, fyllning = "#FFFF00"): void {
    bladet(wb, blad).villkor.unshift({
      typ: "Custom",
      omraden: [rekt(adress)],
      formel,
      fyllning,
      text: "#000000",
      ursprung: "anvandare",
    });
    wb.andrat();
  },
  /** A defined name, as Formulas > Define Name makes it (a range `Blad!A1:B2`, or a constant `="text"`). */
  laggTillNamn(wb: Arbetsbok, namn: string, referens: string, synlig = true): void {
    const f = referens.startsWith("=") ? referens.slice(1) : referens;
    if (f.startsWith('"')) {
      wb.namn.push({
        namn,
        ref: { typ: "konstant", varde: f.slice(1, -1) },
        synlig,
        kommentar: "",
        ursprung: "anvandare",
      });
    } else {
      const t = tolka(f);
      wb.namn.push({
        namn,
        ref: { typ: "omrade", blad: bladet(wb, t.blad as string), rekt: t.rekt },
        synlig,
        kommentar: "",
        ursprung: "anvandare",
      });
    }
    wb.andrat();
  },
  /** A custom XML part that came with the file (from another add-in, another version, or crafted). */
  laggTillXml(wb: Arbetsbok, xml: string): void {
    wb.delar.push({ id: wb.nyttId("{del-"), xml, ursprung: "anvandare" });
    wb.andrat();
  },
  /**
   * Copies `fran` ("A1:I36") and pastes it (Paste All) with its top-left cell at `till` ("A50") on the same sheet:
   * constants as they are, formulas with their relative references moved by the distance pasted and absolute ($)
   * ones kept (Microsoft support, "Move or copy a formula": "relative cell references change"), number formats with
   * them. The pasted cells are the user's. (Conditional formats are copied by Excel too; no test relies on that.)
   */
  kopiera(wb: Arbetsbok, blad: string, fran: string, till: string): void {
    const b = bladet(wb, blad);
    const f = rekt(fran);
    const t = rekt(till);
    const celler: [number, Innehall][] = [];
    const format: [number, string][] = [];
    for (let i = 0; i < f.rader; i++)
      for (let j = 0; j < f.kolumner; j++) {
        const c = b.celler.get(nyckel(f.r + i, f.c + j));
        const k = nyckel(t.r + i, t.c + j);
        if (c)
          celler.push([
            k,
            typeof c.innehall === "string" && c.innehall.startsWith("=")
              ? flyttaFormel(c.innehall, t.r - f.r, t.c - f.c)
              : c.innehall,
          ]);
        const nf = b.talformat.get(nyckel(f.r + i, f.c + j));
        if (nf !== undefined) format.push([k, nf]);
      }
    for (let i = 0; i < f.rader; i++)
      for (let j = 0; j < f.kolumner; j++) {
        b.celler.delete(nyckel(t.r + i, t.c + j));
        b.talformat.delete(nyckel(t.r + i, t.c + j));
      }
    for (const [k, v] of celler) b.celler.set(k, { innehall: v, ursprung: "anvandare" });
    for (const [k, v] of format) b.talformat.set(k, v);
    wb.andrat();
  },
  /** Copies a sheet (right-click the tab > Move or Copy > Create a copy), as modell.ts kopieraBlad; the copy's name. */
  kopieraBlad(wb: Arbetsbok, blad: string): string {
    return wb.kopieraBlad(bladet(wb, blad)).namn;
  },
  markera,
  taBortBlad(wb: Arbetsbok, blad: string): void {
    wb.taBortBlad(bladet(wb, blad));
  },
};

export { namnrymd };
export const standardkrav = STANDARDKRAV;
