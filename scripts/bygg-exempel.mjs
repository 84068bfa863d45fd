// npm run exempel: builds exempel/*.xlsx, the workbooks `npx malkoll bedom exempel/` reads on a fresh machine.
// Each sheet holds its cells as Excel holds them after a person typed the report's figures: numbers with number
// formats (10,5 % is 0.105 formatted 0.0%, -39,0 mnkr is -39 formatted 0.0 "mnkr", 2 548 is 2548 formatted #,##0),
// year headers as numbers, missing markers (I.U, LK, X, -) and target texts as text.
// The first unit is the real report in ../shared/examples; the others are laid out as other kommuner lay theirs out.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const kalla = path.resolve(rot, "../shared/examples");
// `node scripts/bygg-exempel.mjs [mapp]`: exempel/ by default; a test builds into a folder of its own and compares.
const ut = path.resolve(process.argv[2] ?? path.join(rot, "exempel"));
// A fixed date, so that rebuilding gives the same workbook properties.
const DATUM = new Date(Date.UTC(2021, 1, 15, 8, 0, 0));

/** A semicolon-separated file as Swedish Excel saves it: header row and rows of text. */
function lasCsv(namn) {
  const [rubrik, ...rader] = readFileSync(path.join(kalla, namn), "utf8").trim().split(/\r?\n/);
  const kolumner = rubrik.split(";");
  return { kolumner, rader: rader.map((r) => r.split(";")) };
}

const decimaler = (text) => /[.,](\d+)/.exec(text)?.[1].length ?? 0;
const talformat = (d) => (d > 0 ? `0.${"0".repeat(d)}` : "0");

/**
 * A report's text as the cell Excel makes of it when typed in (Swedish locale): a value and a format code in the
 * invariant form .xlsx stores. Text that is not a plain amount stays text.
 */
export function somCell(text) {
  const t = text.trim();
  if (t === "") return { v: null };
  let m = /^([+\-−]?)(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?\s*%$/.exec(t);
  if (m) {
    const tal = Number(`${m[2].replace(/ /g, "")}.${m[3] ?? "0"}`) * (m[1] === "-" || m[1] === "−" ? -1 : 1);
    const d = m[3]?.length ?? 0;
    const bas = `${talformat(d)}%`;
    return { v: Math.round(tal * 10 ** d) / 10 ** (d + 2), f: m[1] === "+" ? `+${bas};-${bas};${bas}` : bas };
  }
  m = /^([+\-−]?)(\d+)(?:[.,](\d+))?\s*(mnkr|tkr|kr)$/.exec(t);
  if (m) {
    const tal = Number(`${m[2]}.${m[3] ?? "0"}`) * (m[1] === "-" || m[1] === "−" ? -1 : 1);
    return { v: tal, f: `${talformat(m[3]?.length ?? 0)} "${m[4]}"` };
  }
  m = /^([+\-−]?)(\d{1,3}(?: \d{3})+)$/.exec(t);
  if (m) return { v: Number(m[2].replace(/ /g, "")) * (m[1] === "-" || m[1] === "−" ? -1 : 1), f: "#,##0" };
  if (/^[+-]?\d+([.,]\d+)?$/.test(t)) return { v: Number(t.replace(",", ".")), f: talformat(decimaler(t)) };
  return { v: t };
}

/** Writes rows of report text into a sheet from `forstaRad` (1-based); a header row's year numbers become numbers. */
function skrivRader(blad, forstaRad, rader) {
  rader.forEach((rad, i) => {
    rad.forEach((text, k) => {
      const { v, f } = somCell(text);
      if (v === null) return;
      const cell = blad.getCell(forstaRad + i, k + 1);
      cell.value = v;
      if (f && i > 0) cell.numFmt = f;
    });
  });
}

/** Merges each run of equal values in a column (as reports merge Målområde and Nämndmål), keeping the first value. */
function sammanfoga(blad, kolumn, forstaRad, sistaRad) {
  let start = forstaRad;
  for (let r = forstaRad + 1; r <= sistaRad + 1; r++) {
    const lika = r <= sistaRad && blad.getCell(r, kolumn).value === blad.getCell(start, kolumn).value;
    if (lika) continue;
    if (r - 1 > start) {
      for (let i = start + 1; i < r; i++) blad.getCell(i, kolumn).value = null;
      blad.mergeCells(start, kolumn, r - 1, kolumn);
      blad.getCell(start, kolumn).alignment = { vertical: "top", wrapText: true };
    }
    start = r;
  }
}

function rubrikstil(rad) {
  rad.font = { bold: true };
  rad.alignment = { wrapText: true, vertical: "top" };
}

function nyBok() {
  const bok = new ExcelJS.Workbook();
  bok.creator = "Målkoll exempel";
  bok.created = DATUM;
  bok.modified = DATUM;
  return bok;
}

/** The real report (../shared/examples): goal indicators, personnel figures, activities and the driftsammandrag. */
async function omsorgsnamnden() {
  const bok = nyBok();
  const ind = lasCsv("indikatorer-2020.csv");
  const behall = ind.kolumner.map((k, i) => (k === "forvantad_status" ? -1 : i)).filter((i) => i >= 0);
  const rubriker = ["Målområde", "Nämndmål", "Indikator", "2018", "2019", "2020", "Målvärde"];
  const blad = bok.addWorksheet("Nämndmål 2020");
  blad.getCell("A1").value = "Uppföljning av nämndmål – verksamhetsberättelse 2020";
  blad.getCell("A1").font = { bold: true, size: 14 };
  skrivRader(blad, 3, [rubriker, ...ind.rader.map((r) => behall.map((i) => r[i]))]);
  rubrikstil(blad.getRow(3));
  sammanfoga(blad, 1, 4, 3 + ind.rader.length);
  sammanfoga(blad, 2, 4, 3 + ind.rader.length);
  [14, 34, 44, 9, 9, 9, 26].forEach((w, i) => (blad.getColumn(i + 1).width = w));

  const pers = lasCsv("personal-2020.csv");
  const personal = bok.addWorksheet("Personal");
  skrivRader(personal, 1, [
    ["Nyckeltal", "Bokslut 2020", "Bokslut 2019", "Målvärde helår"],
    ...pers.rader.map((r) => r.slice(0, 4)),
  ]);
  rubrikstil(personal.getRow(1));
  [30, 14, 14, 16].forEach((w, i) => (personal.getColumn(i + 1).width = w));

  const akt = lasCsv("aktiviteter-2020.csv");
  const aktiviteter = bok.addWorksheet("Aktiviteter");
  skrivRader(aktiviteter, 1, [["Aktivitet", "Slutdatum", "Status"], ...akt.rader.map((r) => r.slice(0, 3))]);
  rubrikstil(aktiviteter.getRow(1));
  [70, 26, 40].forEach((w, i) => (aktiviteter.getColumn(i + 1).width = w));

  const drift = lasCsv("driftsammandrag-2020.csv");
  const driftblad = bok.addWorksheet("Driftredovisning");
  skrivRader(driftblad, 1, [
    ["Verksamhet", "Typ", "Bokslut 2020 (tkr)", "Budget 2020 (tkr)", "Avvikelse (tkr)", "Bokslut 2019 (tkr)"],
    ...drift.rader,
  ]);
  rubrikstil(driftblad.getRow(1));
  [32, 10, 14, 14, 14, 14].forEach((w, i) => (driftblad.getColumn(i + 1).width = w));
  return bok;
}

/**
 * A second layout: an Excel table (ListObject) with Perspektiv, Nämndmål and Nyckeltal, utfall and föregående
 * named as such, percentages as percent-formatted numbers and a Riktning column, as many kommuner keep a
 * styrkort. Figures are illustrative.
 */
async function kulturOchFritidsnamnden() {
  const bok = nyBok();
  const blad = bok.addWorksheet("Styrkort");
  const rader = [
    ["Medborgare", "Ett rikt kulturliv för alla", "Besök på biblioteken per invånare", "4,1", "4,4", "Ökar", ""],
    ["Medborgare", "Ett rikt kulturliv för alla", "Andel barn i kulturskolan", "18,5 %", "17,9 %", "Minst 20 %", ""],
    ["Medborgare", "Ett rikt kulturliv för alla", "Nöjda besökare (NKI)", "78", "75", "Minst NKI 75", ""],
    ["Medborgare", "Aktiv fritid för unga", "Deltagartillfällen per ungdom 7–20 år", "31", "29", "30", ""],
    [
      "Medborgare",
      "Aktiv fritid för unga",
      "Andel unga som känner sig trygga i fritidsgården",
      "I.U",
      "82 %",
      "85 %",
      "",
    ],
    ["Ekonomi", "God ekonomisk hushållning", "Budgetavvikelse", "-1,8 %", "+0,4 %", "Max 1 % budgetavvikelse", ""],
    [
      "Ekonomi",
      "God ekonomisk hushållning",
      "Nettokostnad per invånare",
      "2 310",
      "2 264",
      "Högst 2 300",
      "lägre är bättre",
    ],
    ["Medarbetare", "Attraktiv arbetsgivare", "Total sjukfrånvaro", "5,9 %", "6,4 %", "≤ 6 %", ""],
    ["Medarbetare", "Attraktiv arbetsgivare", "Medarbetarengagemang (HME)", "81", "79", "Minst 80", ""],
  ];
  const rubriker = ["Perspektiv", "Nämndmål", "Nyckeltal", "Utfall", "Föregående", "Målvärde", "Riktning"];
  const celler = rader.map((r) => r.map((t) => somCell(t)));
  blad.addTable({
    name: "Styrkort2024",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: rubriker.map((name) => ({ name, filterButton: true })),
    rows: celler.map((r) => r.map((c) => c.v)),
  });
  celler.forEach((r, i) =>
    r.forEach((c, k) => {
      if (c.f) blad.getCell(i + 2, k + 1).numFmt = c.f;
    }),
  );
  [14, 30, 46, 10, 11, 24, 16].forEach((w, i) => (blad.getColumn(i + 1).width = w));
  return bok;
}

/**
 * A third layout: a title block above the table, Nyckeltal before Nämndmål, year columns written as
 * "Bokslut 2023 | Bokslut 2024", the target column headed only "Mål", and notes under the table. Illustrative.
 */
async function samhallsbyggnadsnamnden() {
  const bok = nyBok();
  const blad = bok.addWorksheet("Uppföljning T3");
  blad.getCell("A1").value = "Samhällsbyggnadsnämnden";
  blad.getCell("A1").font = { bold: true, size: 14 };
  blad.getCell("A2").value = "Uppföljning av nämndens mål, bokslut 2024";
  const rader = [
    ["Nyckeltal", "Nämndmål", "Bokslut 2023", "Bokslut 2024", "Mål", "Kommentar"],
    [
      "Handläggningstid bygglov (dagar)",
      "Snabb och rättssäker handläggning",
      "38",
      "29",
      "Högst 30",
      "Nytt e-tjänstflöde",
    ],
    ["Andel beslut inom lagstadgad tid", "Snabb och rättssäker handläggning", "91 %", "96 %", "100 %", ""],
    ["Nöjd kund-index företag (NKI)", "Ett gott företagsklimat", "68", "71", "Minst 70", "Insikt, SKR"],
    ["Antal nya bostäder med bygglov", "Ett växande samhälle", "412", "356", "400", "Färre ansökningar"],
    ["Koldioxidutsläpp egna fordon (ton)", "Minskad klimatpåverkan", "182", "169", "Minska med 10 %", ""],
    ["Antal laddplatser", "Minskad klimatpåverkan", "64", "64", "Ökar", ""],
    ["Budgetavvikelse", "God ekonomisk hushållning", "+0,8 %", "-0,3 %", "Budget i balans", ""],
  ];
  skrivRader(blad, 4, rader);
  rubrikstil(blad.getRow(4));
  blad.getCell(`A${5 + rader.length}`).value = "Källa: nämndens verksamhetssystem och SKR:s Insikt 2024.";
  blad.getCell(`A${5 + rader.length}`).font = { italic: true };
  [36, 34, 13, 13, 18, 24].forEach((w, i) => (blad.getColumn(i + 1).width = w));
  return bok;
}

export const EXEMPEL = {
  "Omsorgsnämnden.xlsx": omsorgsnamnden,
  "Kultur- och fritidsnämnden.xlsx": kulturOchFritidsnamnden,
  "Samhällsbyggnadsnämnden.xlsx": samhallsbyggnadsnamnden,
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  rmSync(ut, { recursive: true, force: true });
  mkdirSync(ut, { recursive: true });
  for (const [namn, bygg] of Object.entries(EXEMPEL)) {
    const bok = await bygg();
    await bok.xlsx.writeFile(path.join(ut, namn));
    console.log(path.relative(process.cwd(), path.join(ut, namn)));
  }
}
