/**
 * The report workbook: Översikt (the roll-up), the rows that could not be judged, what could not be read, and one
 * sheet per unit table with the rows as read and Målkoll's statuses beside them. Values only, never a formula from
 * an input (spec §13.4: what is read is untrusted); the colours are the task pane's conditional formats on the status
 * text (statusregler, spec §10, §12), so they show in Excel and LibreOffice without Målkoll.
 */
import ExcelJS from "exceljs";
import { FARGER } from "../core/bedomning/farger";
import { KAN_EJ_BEDOMAS, STATUSAR, type Status } from "../core/bedomning/status";
import { cellAdress, omradesAdress } from "../core/skrivning/adress";
import { MALRUBRIK, STATUSRUBRIK, statusregler, symbolformat } from "../core/skrivning/plan";
import type { Arkomrade } from "../core/tabell/ark";
import type { Cellvarde } from "../core/tal/cell";
import type { Filresultat, Korning } from "./resultat";
import { summa, type Antal, type Grupprad } from "./sammanstallning";
import type { LastTabell } from "./tabeller";

export const MOTIVERINGSRUBRIK = "Motivering (Målkoll)";
export const MALMOTIVERINGSRUBRIK = "Målmotivering (Målkoll)";
/** Marks a workbook as Målkoll's report (docProps keywords), so that a later run does not read it as a unit. */
export const RAPPORTMARKERING = "malkoll-rapport";

/** Whether a workbook's keywords mark it as Målkoll's report. */
export const arRapport = (bok: { readonly nyckelord: string }): boolean =>
  bok.nyckelord.split(/[\s,;]+/).includes(RAPPORTMARKERING);

export const OVERSIKT = "Översikt";
export const EJ_BEDOMDA = "Ej bedömda rader";
export const PROBLEM = "Inläsningsproblem";

/** Rows above a unit table on its sheet: a line saying where it came from, and a blank row. */
export const RADER_OVANFOR = 2;

/** A4 landscape, as wide as one page and as many pages tall as needed: how a controller prints the report. */
const UTSKRIFT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
const fet: Partial<ExcelJS.Font> = { bold: true };

/**
 * A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an
 * apostrophe, not "History", and unique (case-insensitively) among `tagna`. Source: Microsoft, "Rename a worksheet".
 */
export function bladnamnFor(onskat: string, tagna: Set<string>): string {
  let bas = onskat
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (bas === "" || bas.toLowerCase() === "history") bas = `Enhet ${bas}`.trim();
  for (let n = 1; ; n++) {
    const tillagg = n === 1 ? "" : ` (${n})`;
    const namn = bas.slice(0, 31 - tillagg.length).trimEnd() + tillagg;
    if (!tagna.has(namn.toLowerCase())) {
      tagna.add(namn.toLowerCase());
      return namn;
    }
  }
}

/**
 * The wished-for name of a unit table's sheet: the unit, and the source sheet when the unit has several tables.
 * Within Excel's 31 characters the source sheet is kept whole (up to 20 characters) and the unit shortened with "…",
 * so that "Kultur- och fritidsnämnden – Styrkort" becomes "Kultur- och fritid… – Styrkort", not "… – St".
 */
export function enhetsbladnamn(enhet: string, blad: string, flera: boolean): string {
  if (!flera) return enhet;
  const hel = `${enhet} – ${blad}`;
  if (hel.length <= 31) return hel;
  const bladdel = blad.slice(0, 20);
  return `${enhet.slice(0, Math.max(1, 31 - bladdel.length - 4)).trimEnd()}… – ${bladdel}`;
}

/** An internal link to a sheet's first cell: #'Blad'!A1. */
const lank = (blad: string): string => `#'${blad.replace(/'/g, "''")}'!A1`;

/** A value as the report writes it: numbers, text and booleans as they are; nothing becomes a formula. */
const skrivbart = (v: Cellvarde): ExcelJS.CellValue => (v === undefined || v === "" ? null : v);

function statusrubrik(cell: ExcelJS.Cell, status: Status): void {
  cell.value = status;
  cell.font = { bold: true, color: { argb: argb(FARGER[status].text) } };
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(FARGER[status].fyllning) } };
  cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
}

const GRUPPER: readonly { nyckel: keyof Antal; rubrik: string }[] = [
  { nyckel: "namndmal", rubrik: "Nämndmål" },
  { nyckel: "indikatorer", rubrik: "Indikatorer" },
  { nyckel: "aktiviteter", rubrik: "Aktiviteter" },
];

type Blad = ExcelJS.Worksheet;

/**
 * One style object per combination, shared by every cell that has it: ExcelJS's writer recognises a style object it
 * has seen (by identity) and reuses its id, so a table of 50 000 rows costs a handful of styles, not one per cell.
 * A shared object is never changed after it is made; cells get it whole (cell.style = …), never a property of it.
 */
class Stilar {
  private readonly stilar = new Map<string, Partial<ExcelJS.Style>>();
  hamta(
    format: string | undefined,
    radbryt: boolean,
    extra?: Partial<ExcelJS.Style>,
    nyckel = "",
  ): Partial<ExcelJS.Style> {
    const k = `${format ?? ""}|${radbryt}|${nyckel}`;
    let stil = this.stilar.get(k);
    if (!stil) {
      stil = { ...extra, alignment: { vertical: "top", wrapText: radbryt } };
      if (format && format !== "General") stil.numFmt = format;
      this.stilar.set(k, stil);
    }
    return stil;
  }
}

type Skrivbok = ExcelJS.stream.xlsx.WorkbookWriter;

/** The report's sheets are written one row after another (ExcelJS's streaming writer): memory stays flat. */
class Radskrivare {
  private nasta = 1;
  constructor(readonly blad: Blad) {}
  /** The next row, 1-based number with it. */
  rad(): ExcelJS.Row {
    return this.blad.getRow(this.nasta++);
  }
  hoppa(antal = 1): void {
    this.nasta += antal;
  }
}

/** One block of counts: a title, a two-row header, one row per group, and an optional total row. */
function skrivAntal(
  ut: Radskrivare,
  rubrik: string,
  forsta: string,
  rader: readonly (Grupprad & { lank?: string })[],
  grupper: readonly (typeof GRUPPER)[number][],
  totalt?: Grupprad,
): void {
  const bredd = STATUSAR.length + 1;
  const titel = ut.rad();
  titel.getCell(1).value = rubrik;
  titel.getCell(1).font = { bold: true, size: 12 };
  const gruppRad = ut.rad();
  grupper.forEach((g, i) => {
    const kol = 2 + i * bredd;
    const c = gruppRad.getCell(kol);
    c.value = g.rubrik;
    c.font = fet;
    c.alignment = { horizontal: "center" };
    ut.blad.mergeCells(gruppRad.number, kol, gruppRad.number, kol + bredd - 1);
  });
  const statusRad = ut.rad();
  statusRad.height = 30;
  statusRad.getCell(1).value = forsta;
  statusRad.getCell(1).font = fet;
  statusRad.getCell(1).alignment = { vertical: "bottom" };
  grupper.forEach((_, i) => {
    STATUSAR.forEach((s, j) => statusrubrik(statusRad.getCell(2 + i * bredd + j), s));
    const summaCell = statusRad.getCell(2 + i * bredd + STATUSAR.length);
    summaCell.value = "Totalt";
    summaCell.font = fet;
    summaCell.alignment = { horizontal: "center", vertical: "middle" };
  });
  const skrivRad = (grupp: Grupprad & { lank?: string }, total: boolean) => {
    const rad = ut.rad();
    const namn = rad.getCell(1);
    namn.value = grupp.lank ? { text: grupp.namn, hyperlink: grupp.lank } : grupp.namn;
    if (grupp.lank) namn.font = { color: { argb: "FF0563C1" }, underline: true };
    grupper.forEach((g, i) => {
      const antal = grupp.antal[g.nyckel];
      STATUSAR.forEach((s, j) => (rad.getCell(2 + i * bredd + j).value = antal[s]));
      rad.getCell(2 + i * bredd + STATUSAR.length).value = summa(antal);
    });
    if (total) {
      for (let k = 1; k <= 1 + grupper.length * bredd; k++) {
        const c = rad.getCell(k);
        c.font = fet;
        c.border = { top: { style: "thin" }, bottom: { style: "double" } };
      }
    }
  };
  for (const grupp of rader) skrivRad(grupp, false);
  if (totalt) skrivRad(totalt, true);
}

function skrivOversikt(bok: Skrivbok, korning: Korning, lankar: Map<string, string>): void {
  const { oversikt } = korning;
  const grupper = GRUPPER.filter((g) => g.nyckel !== "aktiviteter" || summa(oversikt.totalt.aktiviteter) > 0);
  const blad = bok.addWorksheet(OVERSIKT, { pageSetup: UTSKRIFT });
  blad.columns = [
    { width: 42 },
    ...Array.from({ length: grupper.length * (STATUSAR.length + 1) }, () => ({ width: 11 })),
  ];
  const ut = new Radskrivare(blad);
  const titel = ut.rad().getCell(1);
  titel.value = "Måluppfyllelse – sammanställning av enheternas uppföljning";
  titel.font = { bold: true, size: 14 };
  const lasta = korning.filer.filter((f) => !f.misslyckad).length;
  const misslyckade = korning.filer.length - lasta;
  const enheter = oversikt.enheter.length;
  const info = ut.rad().getCell(1);
  info.value =
    `${enheter} ${enheter === 1 ? "enhet" : "enheter"} ur ${lasta} ${lasta === 1 ? "fil" : "filer"}` +
    (misslyckade > 0
      ? `; ${misslyckade} ${misslyckade === 1 ? "fil" : "filer"} kunde inte bedömas (se bladet ${PROBLEM})`
      : "") +
    `. Skapad ${new Date(korning.skapad).toLocaleDateString("sv-SE")} av Målkoll. Nämndmålen är sammanvägda bedömningar av sina indikatorer.`;
  info.font = { italic: true };
  ut.hoppa();
  skrivAntal(
    ut,
    "Per enhet",
    "Enhet",
    oversikt.enheter.map((e) => ({ ...e, lank: lankar.get(e.namn) })),
    grupper,
    { namn: "Kommunen totalt", antal: oversikt.totalt },
  );
  if (oversikt.malomraden.length > 0) {
    ut.hoppa();
    skrivAntal(ut, "Per målområde", "Målområde", oversikt.malomraden, grupper, {
      namn: "Totalt",
      antal: oversikt.totalt,
    });
  }
  if (oversikt.kommunmal.length > 0) {
    ut.hoppa();
    skrivAntal(ut, "Per kommunövergripande mål", "Kommunövergripande mål", oversikt.kommunmal, grupper, {
      namn: "Totalt",
      antal: oversikt.totalt,
    });
  }
  blad.commit();
}

/** How many lines a text needs in a wrapped column of `bredd` characters. */
const radbehov = (v: Cellvarde, bredd: number): number => {
  // A column width counts the widest digit (Excel's unit); running text fits about a fifth more characters.
  const perRad = Math.floor(bredd * 1.2);
  return typeof v === "string" && v.length > perRad ? Math.ceil(v.length / perRad) : 1;
};

const MAXBREDD = 60;

/** Roughly how many characters a cell shows: its text, or a number with the literal text and % of its format. */
function visadLangd(v: Cellvarde, format: string | undefined): number {
  if (v === null || v === undefined) return 0;
  if (typeof v !== "number") return String(v).length;
  const literal = (format ?? "").match(/"[^"]*"/g)?.join("").length ?? 0;
  const decimaler = /\.(0+)/.exec(format ?? "")?.[1].length ?? 0;
  const procent = (format ?? "").includes("%") ? 3 : 0;
  return String(Math.round(Math.abs(v) * (procent ? 100 : 1))).length + 2 + decimaler + literal + procent;
}

/** A column width from its longest shown value, within 6–60 characters. */
function kolumnbredd(langder: Iterable<number>): number {
  let langst = 6;
  for (const n of langder) if (n > langst) langst = n;
  return Math.min(MAXBREDD, langst + 2);
}

/** One unit table: where it came from, the rows as read, then Status, Motivering, Målstatus and Målmotivering. */
function skrivEnhetsblad(bok: Skrivbok, namn: string, enhet: string, fil: string, tabell: LastTabell): void {
  const { rubrikrader, data, format, utv } = tabell;
  const kolumner = rubrikrader[0].length;
  const antalRubrikrader = rubrikrader.length;
  const medMal = utv.mal.length > 0;
  const egna = medMal
    ? [STATUSRUBRIK, MOTIVERINGSRUBRIK, MALRUBRIK, MALMOTIVERINGSRUBRIK]
    : [STATUSRUBRIK, MOTIVERINGSRUBRIK];
  const status = kolumner;
  const forstaData = RADER_OVANFOR + antalRubrikrader; // 0-based row of the first data row
  const hojd = data.length;
  const sistaKolumn = status + egna.length - 1;
  const blad = bok.addWorksheet(namn, {
    pageSetup: UTSKRIFT,
    views: [{ state: "frozen", ySplit: forstaData }],
  });
  // The streaming writer takes the filter as a property, written when the sheet is committed. It sits on the last
  // header row, where Målkoll's own headers are.
  blad.autoFilter = omradesAdress(forstaData - 1, 0, hojd + 1, sistaKolumn + 1);
  const alla = [...rubrikrader, ...data];
  const bredder = rubrikrader[0].map((_, k) => kolumnbredd(alla.map((r, i) => visadLangd(r[k], format[i]?.[k]))));
  const egnaBredder = medMal ? [16, 60, 16, 45] : [16, 60];
  blad.columns = [...bredder, ...egnaBredder].map((width) => ({ width }));

  const ut = new Radskrivare(blad);
  const kalla = ut.rad().getCell(1);
  kalla.value = `${enhet} · fil ${fil} · blad ${tabell.blad} · ${tabell.adress}`;
  kalla.font = { italic: true };
  ut.hoppa(RADER_OVANFOR - 1);

  const stilar = new Stilar();
  // Rows are placed by their sheet row (rad), which means the same whatever the number of header rows; a goal sits
  // on the sheet row of its first counted row.
  const radInfo = new Map(utv.rader.map((r) => [r.rad - tabell.omrade.rad, r]));
  const radAvIndex = new Map(utv.rader.map((r) => [r.index, r.rad]));
  const malInfo = new Map(utv.mal.map((m) => [(radAvIndex.get(m.rader[0]) ?? -1) - tabell.omrade.rad, m]));
  const sammanfogade = new Map<number, Arkomrade[]>();
  for (const s of tabell.sammanfogade) sammanfogade.set(s.rad, [...(sammanfogade.get(s.rad) ?? []), s]);
  for (let i = 0; i < alla.length; i++) {
    const rad = ut.rad();
    // A merged area is declared when its first row is written; its other rows are written after it.
    for (const s of sammanfogade.get(i) ?? []) {
      blad.mergeCells(rad.number, s.kolumn + 1, rad.number + s.rader - 1, s.kolumn + s.kolumner);
    }
    const varden = alla[i];
    let rader = 1;
    for (let k = 0; k < kolumner; k++) {
      const v = skrivbart(varden[k]);
      const f = format[i]?.[k];
      if (v === null && (!f || f === "General")) continue;
      const cell = rad.getCell(k + 1);
      if (v !== null) cell.value = v;
      const radbryt = bredder[k] === MAXBREDD && typeof v === "string" && v.length > MAXBREDD;
      cell.style = i < antalRubrikrader ? stilar.hamta(f, true, { font: fet }, "rubrik") : stilar.hamta(f, radbryt);
      if (radbryt) rader = Math.max(rader, radbehov(v, MAXBREDD));
    }
    if (i < antalRubrikrader) {
      if (i === antalRubrikrader - 1) egna.forEach((t, j) => (rad.getCell(status + j + 1).value = t));
      const allaBredder = [...bredder, ...egnaBredder];
      for (let k = 1; k <= sistaKolumn + 1; k++) {
        const cell = rad.getCell(k);
        if (k > kolumner) cell.style = stilar.hamta(undefined, true, { font: fet }, "rubrik");
        rader = Math.max(rader, radbehov(cell.value as Cellvarde, allaBredder[k - 1]));
      }
    } else {
      const r = radInfo.get(i);
      const m = malInfo.get(i);
      const texter: [number, Cellvarde, number][] = [];
      if (r) texter.push([status, r.status, 0], [status + 1, r.motivering, egnaBredder[1]]);
      if (m) texter.push([status + 2, m.status, 0], [status + 3, m.motivering, egnaBredder[3]]);
      for (const [k, v, b] of texter) {
        const cell = rad.getCell(k + 1);
        cell.value = v;
        cell.style = stilar.hamta(undefined, b > 0);
        if (b > 0) rader = Math.max(rader, radbehov(v, b));
      }
    }
    if (rader > 1) rad.height = 15 * rader;
    rad.commit();
  }
  // The pane's rules (plan.ts): one per colour, on the status text, relative to the range's top-left cell, with the
  // symbol before the status (✔ Uppfyllt) as the pane shows it by default, so colour is never the only signal.
  for (const kol of medMal ? [status, status + 2] : [status]) {
    const omrade = omradesAdress(forstaData, kol, hojd, 1);
    blad.addConditionalFormatting({
      ref: omrade,
      rules: statusregler(omrade, cellAdress(forstaData, kol)).map((regel, i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [regel.formel.replace(/^=/, "")],
        style: {
          numFmt: symbolformat(regel.status),
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(regel.fyllning) } },
          font: { color: { argb: argb(regel.text) } },
        },
      })),
    });
  }
  blad.commit();
}

function skrivEjBedomda(
  bok: Skrivbok,
  enhetsblad: readonly { enhet: string; fil: string; tabell: LastTabell }[],
): void {
  const blad = bok.addWorksheet(EJ_BEDOMDA, {
    pageSetup: UTSKRIFT,
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const bredder = [24, 28, 18, 8, 50, 40, 70];
  blad.columns = bredder.map((width) => ({ width }));
  const ut = new Radskrivare(blad);
  const rubrik = ut.rad();
  rubrik.values = ["Enhet", "Fil", "Blad", "Cell", "Indikator eller aktivitet", "Nämndmål", "Motivering"];
  rubrik.font = fet;
  rubrik.commit();
  let antal = 0;
  for (const { enhet, fil, tabell } of enhetsblad) {
    const namnKolumn = tabell.val.indikator ?? tabell.val.aktivitet ?? 0;
    for (const rad of tabell.utv.rader) {
      if (rad.status !== KAN_EJ_BEDOMAS) continue;
      const cell = cellAdress(rad.rad, tabell.omrade.kolumn + namnKolumn);
      const r = ut.rad();
      r.values = [enhet, fil, tabell.blad, cell, rad.namn, rad.namndmal ?? "", rad.motivering];
      r.getCell(5).alignment = { wrapText: true, vertical: "top" };
      r.getCell(7).alignment = { wrapText: true, vertical: "top" };
      const rader = Math.max(radbehov(rad.namn, bredder[4]), radbehov(rad.motivering, bredder[6]));
      if (rader > 1) r.height = 15 * rader;
      r.commit();
      antal++;
    }
  }
  if (antal === 0) ut.rad().getCell(1).value = "Alla rader kunde bedömas.";
  blad.commit();
}

function skrivProblem(bok: Skrivbok, filer: readonly Filresultat[]): void {
  const blad = bok.addWorksheet(PROBLEM, {
    pageSetup: UTSKRIFT,
    views: [{ state: "frozen", ySplit: 1 }],
  });
  blad.columns = [40, 24, 90].map((width) => ({ width }));
  const ut = new Radskrivare(blad);
  const rubrik = ut.rad();
  rubrik.values = ["Fil", "Blad", "Problem"];
  rubrik.font = fet;
  let antal = 0;
  for (const f of filer) {
    for (const p of f.problem) {
      const r = ut.rad();
      r.values = [f.fil, p.blad ?? "", p.text];
      r.getCell(3).alignment = { wrapText: true, vertical: "top" };
      if (radbehov(p.text, 90) > 1) r.height = 15 * radbehov(p.text, 90);
      antal++;
    }
  }
  if (antal === 0) ut.rad().getCell(3).value = "Alla filer och tabeller lästes.";
  blad.commit();
}

/**
 * Writes the report workbook for a run to `fil` (a new file; the caller moves it into place). Sheets: Översikt,
 * Ej bedömda rader, Inläsningsproblem, then one per unit table, named after the unit (and the sheet, when a unit
 * has several tables).
 */
export async function skrivRapport(korning: Korning, fil: string): Promise<void> {
  const bok = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: fil,
    useStyles: true,
    useSharedStrings: true,
  });
  bok.creator = "Målkoll";
  bok.created = new Date(korning.skapad);
  bok.title = "Måluppfyllelse – sammanställning";
  bok.keywords = RAPPORTMARKERING;
  const tagna = new Set([OVERSIKT, EJ_BEDOMDA, PROBLEM].map((n) => n.toLowerCase()));
  const lankar = new Map<string, string>();
  const enhetsblad: { namn: string; enhet: string; fil: string; tabell: LastTabell }[] = [];
  for (const enhet of korning.enheter) {
    for (const { fil: kalla, tabell } of enhet.kallor) {
      const namn = bladnamnFor(enhetsbladnamn(enhet.namn, tabell.blad, enhet.kallor.length > 1), tagna);
      if (!lankar.has(enhet.namn)) lankar.set(enhet.namn, lank(namn));
      enhetsblad.push({ namn, enhet: enhet.namn, fil: kalla, tabell });
    }
  }
  skrivOversikt(bok, korning, lankar);
  skrivEjBedomda(bok, enhetsblad);
  skrivProblem(bok, korning.filer);
  for (const e of enhetsblad) skrivEnhetsblad(bok, e.namn, e.enhet, e.fil, e.tabell);
  await bok.commit();
}
