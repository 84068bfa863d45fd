// The custom functions as they ship: the webpack bundle dist/functions.js, run with a fake
// CustomFunctions.associate that collects the functions Excel would register.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { skapaData, skapaMeningar, skapaOlikaTaltexter } from "../benchdata.mjs";
import { matt, rad } from "./matt.mjs";

const PAKET = fileURLToPath(new URL("../../dist/functions.js", import.meta.url));

/** The functions of the bundle by id (`MALUPPFYLLELSE`), registered as in Excel. */
export function laddaFunktioner() {
  const funktioner = {};
  // A plain object as the error, as the bench has always had it: Excel's own error class is not JavaScript's Error.
  class ExcelFel {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  const CustomFunctions = {
    associate: (id, fn) => (funktioner[id] = fn),
    Error: ExcelFel,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
  };
  // In this realm, as Excel runs it beside the arrays it passes (a separate vm context would make every array a
  // foreign object and the bench ten times slower than Excel); the bundle sees only this fake as its globals.
  const globala = { CustomFunctions };
  const paket = new Function("globalThis", "self", "window", "CustomFunctions", readFileSync(PAKET, "utf8"));
  paket(globala, globala, globala, CustomFunctions);
  return funktioner;
}

/** One pass of KPI.MALUPPFYLLELSE over the rows: one call per row, as a sheet with one formula per row. */
export function enPerRad(kpi, rader) {
  // Indexed, not destructured: the iterator would be the loop's cost, not the function's.
  for (let i = 0; i < rader.length; i++) {
    const r = rader[i];
    kpi.MALUPPFYLLELSE(r[0], r[1], r[2], null, r[3]);
  }
}

const N = 100000;

export async function kor() {
  const kpi = laddaFunktioner();
  const { anstallda, malrader: fall, taltexter: texter } = skapaData(N);
  const { sjuk, ord, kon, alder, lang } = anstallda;
  const redovisning = matt(() => kpi["SJUKFRANVARO.REDOVISNING"](sjuk, ord, kon, alder, lang));
  rad("KPI.SJUKFRANVARO.REDOVISNING, 100 000 anställda", redovisning, "ms", "< 20 ms", redovisning < 20);

  // The first pass in a fresh process: what a user waits for when a workbook opens and calculates.
  const forsta = [];
  for (let k = 0; k < 5; k++) {
    const ut = execFileSync(process.execPath, ["--expose-gc", fileURLToPath(new URL("forsta.mjs", import.meta.url))]);
    forsta.push(Number(ut.toString()));
  }
  const forstaMedian = forsta.sort((a, b) => a - b)[2];
  rad("KPI.MALUPPFYLLELSE, första varvet i en ny process", forstaMedian, "ms", "< 100 ms", forstaMedian < 100);

  const maluppfyllelse = matt(() => enPerRad(kpi, fall), 15);
  rad("KPI.MALUPPFYLLELSE, 100 000 rader med textmålvärden", maluppfyllelse, "ms", "< 100 ms", maluppfyllelse < 100);
  const kolumner = [0, 1, 2, 3].map((k) => fall.map((f) => [f[k]]));
  const kolumnform = matt(
    () => kpi["MALUPPFYLLELSE.KOLUMN"](kolumner[0], kolumner[1], kolumner[2], null, kolumner[3], null),
    15,
  );
  rad("KPI.MALUPPFYLLELSE.KOLUMN, samma 100 000 rader i ett anrop", kolumnform, "ms", "< 100 ms", kolumnform < 100);

  // Every sentence is new to the reader, also from one run to the next: nothing comes from its cache.
  const tider = [];
  for (let omgang = 0; omgang < 6; omgang++) {
    const rader = skapaMeningar(N, omgang);
    const t = process.hrtime.bigint();
    enPerRad(kpi, rader);
    if (omgang >= 1) tider.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const meningar = tider.sort((a, b) => a - b)[Math.floor(tider.length / 2)];
  rad("KPI.MALUPPFYLLELSE, 100 000 olika målvärden i meningar", meningar, "ms", "< 1 000 ms", meningar < 1000);

  const tal = matt(() => {
    for (const t of texter) {
      try {
        kpi.TAL(t);
      } catch {
        // I.U gives #N/A, as it should
      }
    }
  });
  rad("KPI.TAL, 100 000 svenska taltexter", tal, "ms", "< 50 ms", tal < 50);

  // Every text new, as a column of amounts typed as text: what reading costs when the cache of number texts never
  // helps (docs/performance.md). No goal of its own; the figure shows the cost of a miss.
  const olika = [];
  for (let omgang = 0; omgang < 6; omgang++) {
    const texter = skapaOlikaTaltexter(N, omgang);
    const t = process.hrtime.bigint();
    for (const text of texter) kpi.TAL(text);
    if (omgang >= 1) olika.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const olikaMedian = olika.sort((a, b) => a - b)[Math.floor(olika.length / 2)];
  rad("KPI.TAL, 100 000 olika taltexter", olikaMedian, "ms", "–", true);
}
