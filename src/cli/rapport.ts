/**
 * The report workbook: Översikt (the roll-up), the rows that could not be judged, what could not be read, and one
 * sheet per unit table with the rows as read and Målkoll's statuses beside them. Values only, never a formula from
 * an input (spec §13.4: what is read is untrusted); the colours are the task pane's conditional formats on the status
 * text (statusregler, spec §10, §12), so they show in Excel and LibreOffice without Målkoll.
 */
import ExcelJS from "exceljs";
import {
  FARGER,
  KAN_EJ_BEDOMAS,
  STATUSAR,
  type Status,
  cellAdress,
  omradesAdress,
  MALRUBRIK,
  STATUSRUBRIK,
  statusregler,
  symbolformat,
  type Arkomrade,
  type Malbedomning,
  type Cellvarde,
} from "../core";
import type { Enhetsmal } from "./mal";
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
  statusRad.getCell(1).alignment = { vertical: "middle" };
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
    `. Skapad ${new Date(korning.skapad).toLocaleDateString("sv-SE")} av Målkoll. Varje nämndmål räknas en gång per enhet, ` +
    "bedömt sammanvägt av sina indikatorer och aktiviteter, också när de står i olika tabeller.";
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

/**
 * Widths of lower-case letters in digit widths, the unit of a column's width (ECMA-376 Part 1 §18.3.1.13: the width
 * of the widest digit of the default font). Measured on DejaVu Sans, the font LibreOffice draws Calibri with where
 * neither Calibri nor Carlito is installed: wider than Calibri, so a row is never too low in Excel either (at worst
 * a line taller than it needs).
 */
// prettier-ignore
const GEMENER: Readonly<Record<string, number>> = {
  a: 0.96, b: 1, c: 0.86, d: 1, e: 0.97, f: 0.55, g: 1, h: 1, i: 0.44, j: 0.44, k: 0.91, l: 0.44, m: 1.53,
  n: 1, o: 0.96, p: 1, q: 1, r: 0.65, s: 0.82, t: 0.62, u: 1, v: 0.93, w: 1.29, x: 0.93, y: 0.93, z: 0.83,
};

/** How wide a character is, in digit widths (see GEMENER). */
function teckenbredd(tecken: string): number {
  const gemen = GEMENER[tecken] ?? (/[åäöéü]/.test(tecken) ? 0.96 : undefined);
  if (gemen !== undefined) return gemen;
  if (/[0-9]/.test(tecken)) return 1;
  if (tecken === " ") return 0.5;
  if (/[IJ]/.test(tecken)) return 0.5;
  if (/[MW]/.test(tecken)) return 1.5;
  if (/[A-ZÅÄÖÉ]/.test(tecken)) return 1.15;
  if (/[.,:;'!|()[\]/\-–]/.test(tecken)) return 0.62;
  if (tecken === "%") return 1.5;
  return 1.2;
}

/** The width of a text in digit widths; bold text is about a tenth wider. */
const textbredd = (text: string, fet: boolean): number =>
  [...text].reduce((s, t) => s + teckenbredd(t), 0) * (fet ? 1.1 : 1);

/** Points per line of the default 11-point font, as Excel's default row height. */
const RADHOJD = 15;
/** A cell's text area is narrower than its column: the margins take about a digit. */
const MARGINAL = 1;

/**
 * How many lines a value needs in a wrapped column `bredd` units wide: its words laid out line by line as a
 * spreadsheet wraps them (a word longer than a line, such as a path, is broken), so that the row can be made tall
 * enough; no spreadsheet program raises the height of a row written with one.
 */
export function radbehov(v: Cellvarde, bredd: number, fet = false): number {
  if (typeof v !== "string" || v === "") return 1;
  const plats = Math.max(1, bredd - MARGINAL);
  const mellanslag = textbredd(" ", fet);
  let rader = 0;
  for (const stycke of v.split("\n")) {
    rader++;
    let pa = 0;
    for (const ord of stycke.split(" ")) {
      const b = textbredd(ord, fet);
      if (pa > 0 && pa + mellanslag + b <= plats) {
        pa += mellanslag + b;
        continue;
      }
      if (pa > 0) rader++;
      // A word wider than the line is broken over as many lines as it needs.
      const hela = Math.max(1, Math.ceil(b / plats));
      rader += hela - 1;
      pa = b - (hela - 1) * plats;
    }
  }
  return rader;
}

/** A row as tall as its most wrapped cell needs (one line is the sheet's default). */
const sattHojd = (rad: ExcelJS.Row, rader: number): void => {
  if (rader > 1) rad.height = RADHOJD * rader;
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

/** A goal as a unit table's sheet shows it: its status over all the unit's tables, and the reason. */
type Malvisning = (mal: Malbedomning) => { readonly status: Status; readonly motivering: string };

/** The widths of Målkoll's own columns: Status, Motivering, and Målstatus, Målmotivering when the table has goals. */
const EGNA_BREDDER = [18, 60, 18, 45];

/**
 * One unit table: where it came from, the rows as read, then Status, Motivering, Målstatus and Målmotivering. The
 * header rows are as tall as their wrapped headers; every cell sits at the top of its row.
 */
function skrivEnhetsblad(
  bok: Skrivbok,
  namn: string,
  enhet: string,
  fil: string,
  tabell: LastTabell,
  malvisning: Malvisning,
): void {
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
  const egnaBredder = EGNA_BREDDER.slice(0, egna.length);
  blad.columns = [...bredder, ...egnaBredder].map((width) => ({ width }));

  const ut = new Radskrivare(blad);
  const kalla = ut.rad().getCell(1);
  kalla.value = `${enhet} · fil ${fil} · blad "${tabell.blad}" · ${tabell.adress}`;
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
      // Headers wrap within their column; the row is made as tall as the longest needs (bold text is wider).
      if (i === antalRubrikrader - 1) egna.forEach((t, j) => (rad.getCell(status + j + 1).value = t));
      const allaBredder = [...bredder, ...egnaBredder];
      for (let k = 1; k <= sistaKolumn + 1; k++) {
        const cell = rad.getCell(k);
        if (k > kolumner) cell.style = stilar.hamta(undefined, true, { font: fet }, "rubrik");
        rader = Math.max(rader, radbehov(cell.value as Cellvarde, allaBredder[k - 1], true));
      }
    } else {
      const r = radInfo.get(i);
      const m = malInfo.get(i);
      const texter: [number, Cellvarde, number][] = [];
      // The row's note (an unknown riktning word, the controller's own judgement beside Målkoll's) after its reason.
      const motivering = r && (r.anmarkning ? `${r.motivering}. ${r.anmarkning}` : r.motivering);
      if (r) texter.push([status, r.status, 0], [status + 1, motivering ?? "", egnaBredder[1]]);
      if (m) {
        const visad = malvisning(m);
        texter.push([status + 2, visad.status, 0], [status + 3, visad.motivering, egnaBredder[3]]);
      }
      for (const [k, v, b] of texter) {
        const cell = rad.getCell(k + 1);
        cell.value = v;
        cell.style = stilar.hamta(undefined, b > 0);
        if (b > 0) rader = Math.max(rader, radbehov(v, b));
      }
    }
    sattHojd(rad, rader);
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

/** A list sheet's column: its header and its width (fixed, or from its longest value up to `max`). */
interface Listkolumn {
  readonly rubrik: string;
  readonly bredd: number | { readonly min: number; readonly max: number };
}

/**
 * A sheet that lists things one per row (Ej bedömda rader, Inläsningsproblem): a bold header row, frozen, and every
 * cell wrapped in its column at the top of its row, each row as tall as its most wrapped cell needs. A column
 * sized by its values (a file's path) is as wide as its longest value within its bounds, and wraps beyond them.
 */
function skrivLista(
  bok: Skrivbok,
  namn: string,
  kolumner: readonly Listkolumn[],
  rader: readonly (readonly Cellvarde[])[],
  tom: string,
): void {
  const blad = bok.addWorksheet(namn, { pageSetup: UTSKRIFT, views: [{ state: "frozen", ySplit: 1 }] });
  const bredder = kolumner.map((k, i) =>
    typeof k.bredd === "number"
      ? k.bredd
      : Math.min(
          k.bredd.max,
          Math.max(k.bredd.min, k.rubrik.length + 2, ...rader.map((r) => visadLangd(r[i], "") + 2)),
        ),
  );
  blad.columns = bredder.map((width) => ({ width }));
  const rubrikstil: Partial<ExcelJS.Style> = { font: fet, alignment: { vertical: "top", wrapText: true } };
  const stil: Partial<ExcelJS.Style> = { alignment: { vertical: "top", wrapText: true } };
  const ut = new Radskrivare(blad);
  const skriv = (varden: readonly Cellvarde[], radstil: Partial<ExcelJS.Style>, fetstil: boolean) => {
    const rad = ut.rad();
    let hojd = 1;
    varden.forEach((v, k) => {
      const cell = rad.getCell(k + 1);
      cell.value = skrivbart(v);
      cell.style = radstil;
      hojd = Math.max(hojd, radbehov(v, bredder[k], fetstil));
    });
    sattHojd(rad, hojd);
    rad.commit();
  };
  skriv(
    kolumner.map((k) => k.rubrik),
    rubrikstil,
    true,
  );
  for (const r of rader) skriv(r, stil, false);
  if (rader.length === 0) skriv([tom], stil, false);
  blad.commit();
}

/** Every row that got Kan ej bedömas, with where it is and why: whom to ask about what. */
function skrivEjBedomda(
  bok: Skrivbok,
  enhetsblad: readonly { enhet: string; fil: string; tabell: LastTabell }[],
): void {
  const rader: Cellvarde[][] = [];
  for (const { enhet, fil, tabell } of enhetsblad) {
    const namnKolumn = tabell.val.indikator ?? tabell.val.aktivitet ?? 0;
    for (const rad of tabell.utv.rader) {
      if (rad.status !== KAN_EJ_BEDOMAS) continue;
      const cell = cellAdress(rad.rad, tabell.omrade.kolumn + namnKolumn);
      rader.push([enhet, fil, tabell.blad, cell, rad.namn, rad.namndmal ?? "", rad.motivering]);
    }
  }
  skrivLista(
    bok,
    EJ_BEDOMDA,
    [
      { rubrik: "Enhet", bredd: 24 },
      { rubrik: "Fil", bredd: { min: 12, max: 40 } },
      { rubrik: "Blad", bredd: 18 },
      { rubrik: "Cell", bredd: 7 },
      { rubrik: "Indikator eller aktivitet", bredd: 45 },
      { rubrik: "Nämndmål", bredd: 36 },
      { rubrik: "Motivering", bredd: 60 },
    ],
    rader,
    "Alla rader kunde bedömas.",
  );
}

/** Every file, sheet and table that could not be read, or is no goal table, and why. */
function skrivProblem(bok: Skrivbok, filer: readonly Filresultat[]): void {
  const rader = filer.flatMap((f) => f.problem.map((p) => [f.fil, p.blad ?? "", p.text]));
  skrivLista(
    bok,
    PROBLEM,
    [
      { rubrik: "Fil", bredd: { min: 12, max: 50 } },
      { rubrik: "Blad", bredd: 24 },
      { rubrik: "Problem", bredd: 90 },
    ],
    rader,
    "Alla filer och tabeller lästes.",
  );
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
  const malvisning = malvisningFor(korning);
  for (const e of enhetsblad) skrivEnhetsblad(bok, e.namn, e.enhet, e.fil, e.tabell, malvisning);
  await bok.commit();
}

/**
 * How a table's goal shows on its sheet: the unit's goal (mal.ts), so that a goal has one status in the whole report,
 * the one Översikt counts. A goal judged over several tables says which others in its reason.
 */
function malvisningFor(korning: Korning): Malvisning {
  const perMal = new Map<Malbedomning, { mal: Enhetsmal; fil: Map<LastTabell, string> }>();
  for (const enhet of korning.enheter) {
    const fil = new Map(enhet.kallor.map((k) => [k.tabell, k.fil]));
    for (const mal of enhet.mal) for (const del of mal.delar) perMal.set(del.mal, { mal, fil });
  }
  return (m) => {
    const hittad = perMal.get(m);
    if (!hittad || hittad.mal.delar.length === 1) return m;
    const egen = hittad.mal.delar.find((d) => d.mal === m)!.tabell;
    const andra = hittad.mal.delar
      .filter((d) => d.mal !== m)
      .map(({ tabell }) => {
        if (hittad.fil.get(tabell) !== hittad.fil.get(egen))
          return `bladet "${tabell.blad}" i ${hittad.fil.get(tabell)}`;
        return tabell.blad === egen.blad ? `tabellen ${tabell.adress}` : `bladet "${tabell.blad}"`;
      });
    return {
      status: hittad.mal.status,
      motivering: `${hittad.mal.motivering} (sammanvägt med ${andra.join(" och ")})`,
    };
  };
}
