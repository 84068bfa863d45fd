/**
 * Läs in: the sheet around the selection as Excel holds it (values, number formats, merged areas, Excel tables: an
 * Arkutsnitt, core/tabell/ark.ts), then the core's reading of the table the selection belongs to (lasTabellVid).
 *
 * Requests: one for the selection, the sheet, its used range, the region around the cell, the record's names and
 * the sheet's Excel tables; then one per block of rows (values and number formats, the merged areas of the block, and
 * with the first block the tables' ranges), each under Excel on the web's 5 MB per response (kontext.ts); one more
 * for a marked table's own columns. A single selected cell reads a window of rows around its region, grown a block
 * at a time until the table's boundaries are in it (lasfonster.ts).
 *
 * APIs: Range.values and numberFormat (ExcelApi 1.1), Range.getSurroundingRegion (1.7), Worksheet.getUsedRange-
 * OrNullObject (1.4), Worksheet.tables with Table.showHeaders/showTotals (1.3) and Table.getRange (1.1),
 * Range.getMergedAreasOrNullObject (1.13, only where the host has it: without it merged cells read as Excel holds
 * them, the value in the top-left cell and the others blank).
 */
import {
  bladnamn,
  kolumnbokstav,
  omradesAdress,
  tolkaAdress,
  MALRUBRIK,
  STATUSRUBRIK,
  beskrivLage,
  riktningIStatusformel,
  type Rekt,
  type Riktning,
  type Arkomrade,
  type Arkutsnitt,
  bedomIgen,
  lasTabellVid,
  type Lasinstallningar,
  type Cellvarde,
  FEL_INGEN_TABELL,
  FEL_TOM_CELL,
  overlappar,
  inuti,
} from "../../core";
import { senaste, type Post } from "../markering";
import { Anvandarfel, felkod, lasOmraden, LASBUDGET_CELLER, somAnvandarfel, type Lasning } from "./kontext";
import { behovtFonster, forstaFonster, type Radspann } from "./lasfonster";
import {
  adressAv,
  delar,
  Innehall,
  koaPoster,
  koaPostensSammanfogade,
  koaSammanfogade,
  lage,
  postFor,
  postMedCell,
} from "./poster";
import type { InlastTabell, Markeringsinfo } from "./typer";

const MAX_RADER = 1048576;
const MAX_KOLUMNER = 16384;

const tom = (v: unknown) => v === "" || v === null || v === undefined;

/** A record as the pane shows it. */
export function info(p: Post, innehall: Innehall, sammanfogade: readonly Rekt[] = []): Markeringsinfo {
  const g = senaste(p);
  return {
    id: p.id,
    blad: p.blad ?? "",
    tabell: g?.spar.tabell ? adressAv(g.spar.tabell) : undefined,
    status: g?.spar.status ? adressAv(g.spar.status) : undefined,
    mal: g?.spar.mal ? adressAv(g.spar.mal) : undefined,
    lage: lage(p, innehall, sammanfogade),
  };
}

/** Rows of a sheet as read: values and number formats per row, and the merged areas that start in them. */
class Lasta {
  readonly varden = new Map<number, Cellvarde[]>();
  readonly format = new Map<number, string[]>();
  readonly sammanfogade: Rekt[] = [];
  constructor(
    readonly kolumn: number,
    readonly kolumner: number,
  ) {}
  /** Is the row blank in every column read? */
  tom(rad: number): boolean {
    const v = this.varden.get(rad);
    return !v || v.every(tom);
  }
}

/**
 * Reads rows `fonster` of columns `lasta.kolumn`… into `lasta`: values and number formats in blocks of at most
 * LASBUDGET_CELLER cells (a cell's value and format together are some 30 bytes in a usual table, so a block is
 * about 3 MB; a block is halved and read again when Excel finds the response too big), and the merged areas that
 * start in each block. `forst` queues loads that go with the first block's request.
 */
async function lasRader(
  context: Excel.RequestContext,
  blad: Excel.Worksheet,
  lasta: Lasta,
  fonster: Radspann,
  forst?: () => void,
): Promise<void> {
  let perBlock = Math.max(1, Math.floor(LASBUDGET_CELLER / lasta.kolumner));
  let rad = fonster.forsta;
  let forstaBlock = forst;
  while (rad <= fonster.sista) {
    const rader = Math.min(perBlock, fonster.sista - rad + 1);
    const rekt = { rad, kolumn: lasta.kolumn, rader, kolumner: lasta.kolumner };
    const omrade = blad.getRange(omradesAdress(rad, lasta.kolumn, rader, lasta.kolumner));
    omrade.load("values,numberFormat");
    const ytor = koaSammanfogade(blad, rekt);
    forstaBlock?.();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block of rows, on purpose
      await context.sync();
    } catch (e) {
      const kod = felkod(e);
      const forStort = kod === "ResponsePayloadSizeLimitExceeded" || kod === "RangeExceedsLimit";
      if (!forStort || rader === 1) throw e;
      perBlock = Math.max(1, Math.floor(rader / 2));
      continue;
    }
    forstaBlock = undefined;
    (omrade.values as Cellvarde[][]).forEach((v, i) => lasta.varden.set(rad + i, v));
    (omrade.numberFormat as string[][]).forEach((f, i) => lasta.format.set(rad + i, f));
    lasta.sammanfogade.push(...ytor());
    rad += rader;
  }
}

/** An Excel table of the sheet, as read. */
interface Exceltabell {
  readonly namn: string;
  /** Header row and data rows; the total row left out. */
  readonly omrade: Arkomrade;
}

/**
 * Reads the selected table, or the table around the selected cell, with its marking and how its statuses stand.
 * `installningar.delvisAndel` is the delvis band the judgement uses. `vidData(rader)` is called once the cells have
 * arrived from Excel, before the table is judged (the pane shows what it does, and marks the time). Throws
 * Anvandarfel (Swedish) for a selection that is not a table: whole columns or rows, one blank cell, one row.
 */
export async function lasTabell(
  installningar: Lasinstallningar = {},
  vidData?: (rader: number) => Promise<void> | void,
): Promise<InlastTabell> {
  return Excel.run(async (context) => {
    try {
      const markerat = context.workbook.getSelectedRange();
      markerat.load("address,rowIndex,columnIndex,rowCount,columnCount");
      const blad = context.workbook.worksheets.getActiveWorksheet();
      blad.load("name,id");
      const region = markerat.getSurroundingRegion();
      region.load("rowIndex,rowCount");
      const anvant = blad.getUsedRangeOrNullObject(true);
      anvant.load("rowIndex,columnIndex,rowCount,columnCount");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a collection, loaded next
      const tabeller = blad.tables;
      tabeller.load("items/name,items/showHeaders,items/showTotals");
      const poster = koaPoster(context, [blad]);
      await context.sync();

      if (markerat.rowCount >= MAX_RADER || markerat.columnCount >= MAX_KOLUMNER) {
        const del = markerat.address.split("!").pop();
        throw new Anvandarfel(
          `Du har markerat ${markerat.rowCount >= MAX_RADER ? "hela kolumner" : "hela rader"} (${del}). Markera tabellen, eller en cell i den, och välj Läs in igen.`,
        );
      }
      const alla = poster().poster;
      const namn = blad.name;
      if (anvant.isNullObject) throw new Anvandarfel(FEL_TOM_CELL);
      const u: Rekt = {
        rad: anvant.rowIndex,
        kolumn: anvant.columnIndex,
        rader: anvant.rowCount,
        kolumner: anvant.columnCount,
      };
      // Målkoll's own columns and legend on this sheet are never the user's table: they read as blank.
      const egna = alla.flatMap((p) => delar(p, namn));

      // What the core is asked about: one cell, or the selected cells without Målkoll's columns.
      let valt: Rekt = {
        rad: markerat.rowIndex,
        kolumn: markerat.columnIndex,
        rader: markerat.rowCount,
        kolumner: markerat.columnCount,
      };
      const egen = postMedCell(alla, namn, valt.rad, valt.kolumn);
      if (egen) {
        const t = senaste(egen)?.spar.tabell;
        if (!t)
          throw new Anvandarfel(
            "Markera måltabellen, inte Målkolls statuskolumner: tabellen de hör till finns inte längre.",
          );
        valt = { rad: t.rad, kolumn: t.kolumn, rader: 1, kolumner: 1 };
      }
      const enCell = valt.rader * valt.kolumner === 1;
      if (!enCell)
        for (const d of egna)
          if (d.kolumn > valt.kolumn && d.kolumn < valt.kolumn + valt.kolumner && overlappar(d, valt))
            valt = { ...valt, kolumner: d.kolumn - valt.kolumn };
      const iAnvant =
        valt.rad < u.rad + u.rader &&
        valt.kolumn < u.kolumn + u.kolumner &&
        valt.rad + valt.rader > u.rad &&
        valt.kolumn + valt.kolumner > u.kolumn;
      if (!iAnvant) throw new Anvandarfel(enCell ? FEL_TOM_CELL : FEL_INGEN_TABELL);

      // Columns: a selection's own; around one cell, every used column (the core looks across the row).
      const kolumn = enCell ? u.kolumn : Math.max(valt.kolumn, u.kolumn);
      const kolumnSlut = enCell ? u.kolumn + u.kolumner : Math.min(valt.kolumn + valt.kolumner, u.kolumn + u.kolumner);
      const lasta = new Lasta(kolumn, kolumnSlut - kolumn);
      const anvandaRader: Radspann = { forsta: u.rad, sista: u.rad + u.rader - 1 };
      let fonster: Radspann = enCell
        ? forstaFonster({ forsta: region.rowIndex, sista: region.rowIndex + region.rowCount - 1 }, anvandaRader)
        : { forsta: Math.max(valt.rad, u.rad), sista: Math.min(valt.rad + valt.rader, u.rad + u.rader) - 1 };
      if (enCell) fonster = { forsta: Math.min(fonster.forsta, valt.rad), sista: Math.max(fonster.sista, valt.rad) };

      // The sheet's Excel tables: their ranges come with the first block of rows.
      const tabellomraden = tabeller.items.map((t) => {
        const r = t.getRange();
        return { t, r };
      });
      await lasRader(context, blad, lasta, fonster, () => {
        for (const x of tabellomraden) x.r.load("rowIndex,columnIndex,rowCount,columnCount");
      });
      const exceltabeller: Exceltabell[] = tabellomraden
        .filter((x) => x.t.showHeaders)
        .map((x) => ({
          namn: x.t.name,
          omrade: {
            rad: x.r.rowIndex,
            kolumn: x.r.columnIndex,
            rader: x.r.rowCount - (x.t.showTotals ? 1 : 0),
            kolumner: x.r.columnCount,
          },
        }));

      if (enCell) {
        // A cell of an Excel table's total row selects the table.
        for (const x of tabellomraden) {
          const hela = { rad: x.r.rowIndex, kolumn: x.r.columnIndex, rader: x.r.rowCount, kolumner: x.r.columnCount };
          if (
            x.t.showHeaders &&
            x.t.showTotals &&
            valt.rad === hela.rad + hela.rader - 1 &&
            inuti(hela, valt.rad, valt.kolumn)
          )
            valt = { rad: hela.rad, kolumn: hela.kolumn, rader: 1, kolumner: 1 };
        }
        const iTabell = exceltabeller.find((t) => inuti(t.omrade, valt.rad, valt.kolumn));
        const tabellrader = iTabell && {
          forsta: iTabell.omrade.rad,
          sista: iTabell.omrade.rad + iTabell.omrade.rader - 1,
        };
        const steg = Math.max(1, Math.floor(LASBUDGET_CELLER / lasta.kolumner));
        for (;;) {
          const behov = behovtFonster(fonster, (r) => lasta.tom(r), valt.rad, anvandaRader, steg, tabellrader);
          if (behov.forsta === fonster.forsta && behov.sista === fonster.sista) break;
          if (behov.forsta < fonster.forsta)
            await lasRader(context, blad, lasta, { forsta: behov.forsta, sista: fonster.forsta - 1 });
          if (behov.sista > fonster.sista)
            await lasRader(context, blad, lasta, { forsta: fonster.sista + 1, sista: behov.sista });
          fonster = behov;
        }
      }

      // The Arkutsnitt: Målkoll's own cells blank.
      const radIndex = (r: number) => r - fonster.forsta;
      const varden: Cellvarde[][] = [];
      const format: string[][] = [];
      for (let r = fonster.forsta; r <= fonster.sista; r++) {
        varden.push((lasta.varden.get(r) ?? []).slice());
        format.push((lasta.format.get(r) ?? []).slice());
      }
      for (const d of egna)
        for (let r = Math.max(d.rad, fonster.forsta); r < Math.min(d.rad + d.rader, fonster.sista + 1); r++)
          for (let c = Math.max(d.kolumn, kolumn); c < Math.min(d.kolumn + d.kolumner, kolumnSlut); c++) {
            varden[radIndex(r)][c - kolumn] = "";
            format[radIndex(r)][c - kolumn] = "General";
          }
      const utsnitt: Arkutsnitt = {
        blad: namn,
        rad: fonster.forsta,
        kolumn,
        varden,
        format,
        sammanfogade: lasta.sammanfogade,
        tabeller: exceltabeller,
      };

      const meddelanden: string[] = [];
      /** A column headed like Målkoll's but in no record (copied from another file or sheet): not the table's. */
      const arKopia = (rad: number, c: number) => {
        const v = varden[radIndex(rad)]?.[c - kolumn];
        return v === STATUSRUBRIK || v === MALRUBRIK;
      };
      const kopia = (c: number) =>
        `Kolumnen ${kolumnbokstav(c)} ser ut som Målkolls men hör inte till någon markering här (kopierad?). Den räknas inte till tabellen, och Målkoll ändrar den inte.`;
      // A selection of several cells starts at its first row that is not blank, and ends before such a column.
      let fraga: Arkomrade = { ...valt };
      if (!enCell) {
        let forsta = Math.max(valt.rad, fonster.forsta);
        const tomRad = (r: number) => varden[radIndex(r)].every(tom);
        while (forsta < fonster.sista && tomRad(forsta)) forsta++;
        let slut = kolumnSlut;
        for (let c = kolumn + 1; c < kolumnSlut; c++)
          if (arKopia(forsta, c)) {
            slut = c;
            meddelanden.push(kopia(c));
            break;
          }
        fraga = { rad: forsta, kolumn, rader: fonster.sista - forsta + 1, kolumner: slut - kolumn };
      }
      if (vidData) await vidData(Math.max(0, fonster.sista - fonster.forsta));
      const svar = lasTabellVid(utsnitt, fraga, installningar);
      if (!svar.tabell) throw new Anvandarfel(svar.fel);
      let tabell = svar.tabell;
      // A header with nothing under it (the rows below belong to something else) is no table to judge.
      if (tabell.celler.rader.length === 0)
        throw new Anvandarfel(
          `Under rubrikraden i ${tabell.beskrivning.split(",")[0]} finns inga rader som hör till tabellen. ${FEL_INGEN_TABELL}`,
        );
      const o = tabell.omrade;
      // The other tables around it (side by side, one under the other), as the reader found them.
      const { grannar } = svar;
      if (enCell)
        for (let c = o.kolumn + o.kolumner; c < kolumnSlut && arKopia(o.rad, c); c++) meddelanden.push(kopia(c));

      // The table's record, and how its statuses stand.
      const post = postFor(alla, namn, o);
      let markering: Markeringsinfo | undefined;
      const riktningar = new Map<number, Riktning>();
      if (post) {
        const lasningar: Lasning[] = delar(post, namn).map((rekt) => ({ blad, rekt, egenskap: "formulas" }));
        const ytor = koaPostensSammanfogade(blad, post, namn);
        const egnaCeller = await lasOmraden(context, lasningar);
        const innehall = new Innehall();
        egnaCeller.forEach((v, i) => innehall.lagg(lasningar[i].rekt, v));
        const sammanfogade = [...lasta.sammanfogade, ...ytor()];
        markering = info(post, innehall, sammanfogade);
        const g = senaste(post);
        // The riktningar the pane chose at the last Färgmarkera, where they differ from what the sheet says.
        const status = g?.spar.status;
        if (status && tabell.utvardering && g.blad?.toLowerCase() === namn.toLowerCase()) {
          const s = { ...g.spar, sammanfogade };
          for (const r of tabell.utvardering.rader) {
            if (r.brytrad) continue;
            const vald = riktningIStatusformel(innehall.hamta(r.rad, status.kolumn), r.rad, s);
            if (vald !== undefined && vald !== r.riktning) riktningar.set(r.index, vald);
          }
          if (riktningar.size > 0) tabell = bedomIgen(tabell, { riktningar, delvisAndel: installningar.delvisAndel });
        }
        const statusdelar = [g?.spar.status, g?.spar.mal].filter((d): d is Rekt => !!d);
        if (markering.lage && statusdelar.length > 0) {
          const k1 = Math.min(...statusdelar.map((d) => d.kolumn));
          const k2 = Math.max(...statusdelar.map((d) => d.kolumn));
          const r1 = Math.min(...statusdelar.map((d) => d.rad)) + 1;
          const r2 = Math.max(...statusdelar.map((d) => d.rad + d.rader - 1));
          meddelanden.unshift(
            beskrivLage(markering.lage, omradesAdress(r1, k1, Math.max(1, r2 - r1 + 1), k2 - k1 + 1)),
          );
        }
      }

      // What Färgmarkera checks again: the table's cells as Excel held them, header rows included.
      const kontroll = {
        varden: Array.from({ length: o.rader }, (_, i) =>
          (varden[radIndex(o.rad + i)] ?? []).slice(o.kolumn - kolumn, o.kolumn - kolumn + o.kolumner),
        ),
        format: Array.from({ length: o.rader }, (_, i) =>
          (format[radIndex(o.rad + i)] ?? []).slice(o.kolumn - kolumn, o.kolumn - kolumn + o.kolumner),
        ),
        sammanfogade: lasta.sammanfogade,
      };
      return {
        tabell,
        placering: { blad: namn, rad: o.rad, kolumn: o.kolumn, rader: o.rader, kolumner: o.kolumner },
        adress: `${bladnamn(namn)}!${omradesAdress(o.rad, o.kolumn, o.rader, o.kolumner)}`,
        bladId: blad.id,
        markering,
        riktningar,
        meddelanden,
        kontroll,
        grannar,
      };
    } catch (e) {
      throw somAnvandarfel(e, "läsa tabellen");
    }
  });
}

/** `'Mål 2020'!A1:G27` → the sheet and the rectangle. */
export function rektAv(adress: string): { blad: string; rekt: Rekt } {
  const a = tolkaAdress(adress);
  return { blad: a.blad, rekt: { rad: a.rad, kolumn: a.kolumn, rader: a.rader, kolumner: a.kolumner } };
}
