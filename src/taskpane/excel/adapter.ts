/**
 * Every Office.js call of the task pane lives here. Components get plain data and call these functions.
 * Each action uses at most three context.sync() calls, whatever the size of the table.
 */
import type { Kolumnval, Utvardering } from "../../core/tabell/tabell";
import { rakna, sammanfattadeMal } from "../../core/tabell/tabell";
import { STATUSAR } from "../../core/bedomning/status";
import type { Cellvarde } from "../../core/tal/cell";
import { bladnamn, kolumnIndex, omradesAdress, tolkaAdress } from "../../core/skrivning/adress";
import { franXml, NAMNRYMD, tillXml, type Markering } from "../markering";
import {
  EXTRA_RADER,
  skapaPlan,
  statusregler,
  STATUSRUBRIK,
  type Installningar,
  type Placering,
  type Villkorsformat,
} from "../../core/skrivning/plan";

export interface InlastTabell {
  readonly placering: Placering;
  readonly adress: string;
  readonly rubriker: readonly Cellvarde[];
  readonly data: readonly (readonly Cellvarde[])[];
  /** Målkoll's marking of this table, if it has one. */
  readonly markering?: Markering;
}

/** A message for the user, in Swedish, with what to do next. */
export class Anvandarfel extends Error {}

/** What the pane needs that this Excel lacks, as Swedish sentences (empty when all is there). */
export function saknadeFunktioner(): string[] {
  const krav = Office.context.requirements;
  const saknas: string[] = [];
  if (!krav.isSetSupported("ExcelApi", "1.7")) {
    saknas.push(
      "Den här Excel-versionen saknar villkorsstyrd formatering via tillägg (ExcelApi 1.7). Uppdatera Excel.",
    );
  }
  if (!krav.isSetSupported("SharedRuntime", "1.1")) {
    saknas.push(
      "Den här Excel-versionen kan inte dela körmiljö mellan funktioner och fönster. KPI-funktionerna kan saknas.",
    );
  }
  return saknas;
}

/** Our records among the custom XML parts read (after the sync that filled them). */
const markeringarUr = (xml: readonly OfficeExtension.ClientResult<string>[]): Markering[] =>
  xml.flatMap((x) => franXml(x.value) ?? []);

/** Adds one conditional format as the plan describes it. */
function laggTillVillkor(blad: Excel.Worksheet, v: Villkorsformat): Excel.ConditionalFormat {
  const cf = blad.getRange(v.omrade).conditionalFormats.add(Excel.ConditionalFormatType.custom);
  cf.custom.rule.formula = v.formel;
  cf.custom.format.fill.color = v.fyllning;
  cf.custom.format.font.color = v.text;
  if (v.talformat) cf.custom.format.numberFormat = v.talformat;
  return cf;
}

/** Reads the selected table, or the region around the active cell. Two syncs. */
export async function lasTabell(): Promise<InlastTabell> {
  return Excel.run(async (context) => {
    const markerat = context.workbook.getSelectedRange();
    markerat.load("address,rowCount,columnCount");
    const omrade = markerat.getSurroundingRegion();
    omrade.load("address,rowCount,columnCount");
    const delar = context.workbook.customXmlParts.getByNamespace(NAMNRYMD);
    // eslint-disable-next-line office-addins/no-navigational-load -- a custom XML part has only id and namespace
    delar.load("items");
    await context.sync();

    const valt = markerat.rowCount * markerat.columnCount > 1 ? markerat : omrade;
    const { blad, rad, kolumn, rader, kolumner } = tolkaAdress(valt.address);
    if (rader < 2) throw new Anvandarfel("Markera en tabell med en rubrikrad och minst en rad under den.");
    const range = context.workbook.worksheets.getItem(blad).getRange(valt.address.split("!").pop() as string);
    range.load("values");
    const xml = delar.items.map((d) => d.getXml());
    await context.sync();

    const markeringar = markeringarUr(xml);
    const egen = markeringar.find((m) => m.blad === blad && overlappar(m, rad, kolumn, kolumner));
    // Our own status columns sit next to the table: they are not part of it.
    const alla = range.values as Cellvarde[][];
    const egenKolumn = egen ? kolumnIndex(egen.omrade) - kolumn : alla[0].findIndex((v) => v === STATUSRUBRIK);
    const bredd = egenKolumn >= 0 && egenKolumn < kolumner ? egenKolumn : kolumner;
    if (bredd < 1) throw new Anvandarfel("Markera måltabellen, inte Målkolls statuskolumner.");
    const varden = alla.map((r) => r.slice(0, bredd));
    return {
      placering: { blad, rad, kolumn, rader, kolumner: bredd },
      adress: `${bladnamn(blad)}!${omradesAdress(rad, kolumn, rader, bredd)}`,
      rubriker: varden[0],
      data: varden.slice(1),
      markering: egen,
    };
  });
}

function overlappar(m: Markering, rad: number, kolumn: number, kolumner: number): boolean {
  const a = tolkaAdress(`${m.blad}!${m.omrade}`);
  return a.rad === rad && a.kolumn >= kolumn && a.kolumn <= kolumn + kolumner;
}

const SOKBREDD = 12;

/**
 * Writes live status formulas, goal formulas, a legend and one conditional format per colour.
 * Cells a person typed over our formulas are kept. Three syncs.
 */
export async function farglagg(
  tabell: InlastTabell,
  val: Kolumnval,
  utv: Utvardering,
  installningar: Installningar,
): Promise<Markering> {
  return Excel.run(async (context) => {
    const { placering } = tabell;
    const blad = context.workbook.worksheets.getItem(placering.blad);
    const hojd = placering.rader + EXTRA_RADER;
    const sok = blad.getRange(omradesAdress(placering.rad, placering.kolumn + placering.kolumner, hojd, SOKBREDD));
    sok.load("formulas");
    const delar = context.workbook.customXmlParts.getByNamespace(NAMNRYMD);
    // eslint-disable-next-line office-addins/no-navigational-load -- a custom XML part has only id and namespace
    delar.load("items");
    // Our old formats: the ones overlapping our block whose ids we recorded (ExcelApi 1.6, no null objects).
    const gamlaFormat = egnaFormat(blad, tabell.markering);
    await context.sync();

    const bredd = utv.mal.length > 0 ? 2 : 1;
    const befintliga = sok.formulas as string[][];
    const forskjutning = tabell.markering ? 0 : ledigKolumn(befintliga, bredd);
    if (forskjutning < 0) {
      throw new Anvandarfel(
        "Det finns ingen tom kolumn till höger om tabellen. Flytta innehållet till höger och försök igen.",
      );
    }
    const egna = tabell.markering ? befintliga.map((r) => r.slice(0, bredd)) : [];
    const plan = skapaPlan(placering, val, utv, installningar, egna, forskjutning);

    const gamlaId = new Set(tabell.markering?.villkor ?? []);
    for (const cf of gamlaFormat?.items ?? []) if (gamlaId.has(cf.id)) cf.delete();
    if (tabell.markering) blad.getRange(tabell.markering.omrade).clear(Excel.ClearApplyTo.contents);
    blad.getRange(plan.omrade).formulas = plan.formler;
    const nya = plan.villkor.map((v) => laggTillVillkor(blad, v).load("id"));
    for (const d of delar.items) d.delete();
    await context.sync();

    const markering: Markering = {
      blad: placering.blad,
      omrade: plan.omrade,
      villkor: nya.map((cf) => cf.id),
      tabell: omradesAdress(placering.rad, placering.kolumn, placering.rader, placering.kolumner),
      skapad: new Date().toISOString(),
    };
    context.workbook.customXmlParts.add(tillXml(markering));
    await context.sync();
    return markering;
  });
}

/** The conditional formats overlapping our block, with ids loaded; undefined without an earlier marking. */
function egnaFormat(blad: Excel.Worksheet, markering: Markering | undefined) {
  if (!markering) return undefined;
  const format = blad.getRange(markering.omrade).conditionalFormats;
  format.load("items/id");
  return format;
}

/** The first column offset where `bredd` columns are empty over the whole block, or -1. */
function ledigKolumn(formler: readonly (readonly string[])[], bredd: number): number {
  const tom = (k: number) => formler.every((rad) => rad[k] === "" || rad[k] === undefined);
  for (let k = 0; k + bredd <= SOKBREDD; k++) {
    let ok = true;
    for (let j = 0; j < bredd && ok; j++) ok = tom(k + j);
    if (ok) return k;
  }
  return -1;
}

/** Removes exactly what Målkoll added: its cells and its conditional formats. Three syncs. */
export async function taBort(): Promise<number> {
  return Excel.run(async (context) => {
    const delar = context.workbook.customXmlParts.getByNamespace(NAMNRYMD);
    // eslint-disable-next-line office-addins/no-navigational-load -- a custom XML part has only id and namespace
    delar.load("items");
    await context.sync();
    const xml = delar.items.map((d) => d.getXml());
    await context.sync();
    const markeringar = markeringarUr(xml);
    const rensa = (villkor: (m: Markering, blad: Excel.Worksheet) => void) => {
      for (const m of markeringar) {
        const blad = context.workbook.worksheets.getItem(m.blad);
        blad.getRange(m.omrade).clear(Excel.ClearApplyTo.contents);
        villkor(m, blad);
      }
      for (const d of delar.items) d.delete();
    };
    try {
      rensa((m, blad) => m.villkor.forEach((id) => blad.getRange().conditionalFormats.getItem(id).delete()));
      await context.sync();
    } catch {
      // A format the user already deleted by hand: delete only those still there (a rare, slower path).
      const kvar = markeringar.map((m) => ({
        format: egnaFormat(context.workbook.worksheets.getItem(m.blad), m),
        id: new Set(m.villkor),
      }));
      await context.sync();
      for (const { format, id } of kvar) for (const cf of format?.items ?? []) if (id.has(cf.id)) cf.delete();
      rensa(() => undefined);
      await context.sync();
    }
    return markeringar.length;
  });
}

/** Replaces the live KPI formulas with their current values, so colleagues without Målkoll see them. Two syncs. */
export async function lasStatusar(markering: Markering): Promise<void> {
  await Excel.run(async (context) => {
    const omrade = context.workbook.worksheets.getItem(markering.blad).getRange(markering.omrade);
    omrade.load("values");
    await context.sync();
    omrade.values = omrade.values;
    await context.sync();
  });
}

/** A new sheet with the goal table and a native chart of the counts, ready for the report. Two syncs. */
export async function skapaSammanstallning(utv: Utvardering): Promise<string> {
  return Excel.run(async (context) => {
    const blad = context.workbook.worksheets;
    blad.load("name");
    await context.sync();
    const namn = ledigtNamn(blad.items.map((b) => b.name));
    const ark = blad.add(namn);
    const mal = sammanfattadeMal(utv);
    const tabell = [
      ["Målområde", "Nämndmål", "Status", "Motivering"],
      ...mal.map((m) => [m.malomrade ?? "", m.namndmal, m.status, m.motivering]),
    ];
    ark.getRange(omradesAdress(0, 0, tabell.length, 4)).values = tabell;
    const antal = rakna(mal.map((m) => m.status));
    const start = tabell.length + 1;
    const rakning = [["Status", "Antal"], ...STATUSAR.map((s) => [s, antal[s]])];
    const rakningsomrade = ark.getRange(omradesAdress(start, 0, rakning.length, 2));
    rakningsomrade.values = rakning;
    for (const v of statusregler(omradesAdress(1, 2, tabell.length - 1, 1), "C2")) laggTillVillkor(ark, v);
    const diagram = ark.charts.add(Excel.ChartType.columnClustered, rakningsomrade, Excel.ChartSeriesBy.columns);
    diagram.title.text = "Nämndens måluppfyllelse";
    diagram.legend.visible = false;
    ark.activate();
    await context.sync();
    return namn;
  });
}

function ledigtNamn(finns: readonly string[]): string {
  const bas = "Måluppfyllelse";
  if (!finns.includes(bas)) return bas;
  for (let i = 2; ; i++) if (!finns.includes(`${bas} ${i}`)) return `${bas} ${i}`;
}

const NYCKEL = "malkoll.installningar";

/** Settings live in the workbook (document settings), never in browser storage. */
export function lasInstallningar(standard: Installningar): Installningar {
  const sparat = Office.context.document.settings.get(NYCKEL) as Partial<Installningar> | null;
  return { ...standard, ...(sparat ?? {}) };
}

export function sparaInstallningar(installningar: Installningar): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(NYCKEL, installningar);
  return new Promise((resolve, reject) =>
    settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error))),
  );
}
