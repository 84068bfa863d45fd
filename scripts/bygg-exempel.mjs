// npm run exempel: builds exempel/*.xlsx, the workbooks `npx malkoll bedom exempel/` reads on a fresh machine.
// The units and their sheets are test/cli/exempelenheter.ts: the 2020 report of ../shared/examples (its copy in
// test/fixtures/examples) and the core's layouts of other kommuners' reports (test/fixtures/layouter), each sheet as
// Excel holds it (numbers with number formats, merged areas, Excel tables), so that the tests check the command
// against the same expectations. `node scripts/bygg-exempel.mjs [mapp]` writes to another folder (a test does).
// The build is deterministic: the same fixtures give the same bytes (fixed dates in the workbook properties and in
// the zip package), and a workbook whose bytes did not change is not written again, so git shows no churn.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ut = path.resolve(process.argv[2] ?? path.join(rot, "exempel"));
const byggmapp = path.join(rot, ".cache/exempel");
// A fixed date, so that rebuilding gives the same workbook properties and zip entries.
const DATUM = new Date(Date.UTC(2021, 1, 15, 8, 0, 0));

/** The units, compiled from TypeScript as the tests read them. */
function enheter() {
  rmSync(byggmapp, { recursive: true, force: true });
  execFileSync(
    "npx",
    [
      "tsc",
      "--outDir",
      byggmapp,
      "--rootDir",
      rot,
      "--module",
      "commonjs",
      "--moduleResolution",
      "node",
      "--target",
      "es2022",
      "--esModuleInterop",
      "--skipLibCheck",
      "--types",
      "node",
      path.join(rot, "test/cli/exempelenheter.ts"),
    ],
    { cwd: rot, stdio: "inherit" },
  );
  // The fixtures read the example CSV files beside them.
  cpSync(path.join(rot, "test/fixtures/examples"), path.join(byggmapp, "test/fixtures/examples"), { recursive: true });
  return createRequire(import.meta.url)(path.join(byggmapp, "test/cli/exempelenheter.js")).EXEMPELENHETER;
}

const a1 = (rad, kolumn) => {
  let s = "";
  for (let k = kolumn + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return `${s}${rad + 1}`;
};

/** One sheet from its Arkutsnitt: values, number formats, merged areas and Excel tables where the fixture has them. */
function skrivBlad(bok, utsnitt) {
  const blad = bok.addWorksheet(utsnitt.blad);
  const { rad: r0, kolumn: k0, varden, format } = utsnitt;
  for (const t of utsnitt.tabeller) {
    // An Excel table writes its own header and rows; its cells get their formats below.
    const o = t.omrade;
    const rader = varden
      .slice(o.rad - r0, o.rad - r0 + o.rader)
      .map((r) => r.slice(o.kolumn - k0, o.kolumn - k0 + o.kolumner));
    blad.addTable({
      name: t.namn,
      ref: a1(o.rad, o.kolumn),
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: rader[0].map((namn) => ({ name: String(namn), filterButton: true })),
      rows: rader.slice(1),
    });
  }
  varden.forEach((rad, i) =>
    rad.forEach((v, k) => {
      const cell = blad.getCell(r0 + i + 1, k0 + k + 1);
      if (v !== null && v !== undefined && v !== "") cell.value = v;
      if (format[i][k] !== "General") cell.numFmt = format[i][k];
    }),
  );
  for (const s of utsnitt.sammanfogade) {
    blad.mergeCells(s.rad + 1, s.kolumn + 1, s.rad + s.rader, s.kolumn + s.kolumner);
    blad.getCell(s.rad + 1, s.kolumn + 1).alignment = { vertical: "top", wrapText: true };
  }
  // Widths from the longest text, as a person would size the columns.
  const bredd = Math.max(0, ...varden.map((r) => r.length));
  for (let k = 0; k < bredd; k++) {
    const langst = Math.max(8, ...varden.map((r) => String(r[k] ?? "").length));
    blad.getColumn(k0 + k + 1).width = Math.min(60, langst + 2);
  }
  blad.getRow(r0 + 1).font = { bold: true };
}

/**
 * The package ExcelJS wrote, with every entry dated DATUM: ExcelJS dates the zip entries with the time of writing
 * (the only difference between two builds), so the same workbook would otherwise differ byte for byte every time.
 * Entries, their order and their content are kept as they are.
 */
async function medFastDatum(paket) {
  const in_ = await JSZip.loadAsync(paket);
  const ut = new JSZip();
  for (const post of Object.values(in_.files)) {
    ut.file(post.name, post.dir ? null : await post.async("uint8array"), {
      date: DATUM,
      dir: post.dir,
      createFolders: false,
    });
  }
  return ut.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

const lista = enheter();
mkdirSync(ut, { recursive: true });
for (const enhet of lista) {
  const bok = new ExcelJS.Workbook();
  bok.creator = "Målkoll exempel";
  bok.created = DATUM;
  bok.modified = DATUM;
  for (const blad of enhet.blad) skrivBlad(bok, blad.utsnitt);
  const fil = path.join(ut, enhet.fil);
  const bytes = await medFastDatum(await bok.xlsx.writeBuffer());
  const namn = path.relative(process.cwd(), fil);
  if (existsSync(fil) && readFileSync(fil).equals(bytes)) {
    console.log(`${namn} (oförändrad)`);
    continue;
  }
  writeFileSync(fil, bytes);
  console.log(namn);
}
// Workbooks of units no longer in the list go.
const namn = new Set(lista.map((e) => e.fil));
for (const f of readdirSync(ut)) if (f.endsWith(".xlsx") && !namn.has(f)) rmSync(path.join(ut, f));
