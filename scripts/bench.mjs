// npm run bench: Målkoll's performance figures, each the median of several runs on generated data.
// Prints one line per figure and nothing else, so runs can be compared.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { fejkaCustomFunctions, skapaData } from "./benchdata.mjs";

const require = createRequire(import.meta.url);
execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { stdio: "inherit" });
execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });

fejkaCustomFunctions();
const kpi = require("../.cache/bench/src/functions/functions.js");
const adapter = require("../.cache/bench/src/taskpane/excel/adapter.js");
const { hittaKolumner, utvardera } = require("../.cache/bench/src/core/tabell/tabell.js");
const { STANDARDINSTALLNINGAR } = require("../.cache/bench/src/core/skrivning/plan.js");
const fake = require("../test/fake/fake-excel.js");

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function matt(fn, varv = 21) {
  for (let i = 0; i < 5; i++) fn();
  const tider = [];
  for (let i = 0; i < varv; i++) {
    const t = process.hrtime.bigint();
    fn();
    tider.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(tider);
}
const rad = (namn, varde, enhet, mal, ok) =>
  console.log(
    `${namn.padEnd(58)} ${varde.toFixed(enhet === "ms" ? 1 : 0).padStart(9)} ${enhet.padEnd(5)} mål ${mal.padEnd(10)} ${ok ? "OK" : "MISSAR"}`,
  );

const N = 100000;
const { anstallda, malrader: fall, taltexter: texter } = skapaData(N);
const { sjuk, ord, kon, alder, lang } = anstallda;
const redovisning = matt(() => kpi.sjukfranvaroRedovisning(sjuk, ord, kon, alder, lang));
rad("KPI.SJUKFRANVARO.REDOVISNING, 100 000 anställda", redovisning, "ms", "< 20 ms", redovisning < 20);

const maluppfyllelse = matt(() => {
  // Indexed, not destructured: the iterator would be the loop's cost, not the function's.
  for (let i = 0; i < fall.length; i++) {
    const rad = fall[i];
    kpi.maluppfyllelse(rad[0], rad[1], rad[2], null, rad[3]);
  }
}, 15);
rad("KPI.MALUPPFYLLELSE, 100 000 rader med textmålvärden", maluppfyllelse, "ms", "< 100 ms", maluppfyllelse < 100);
const kolumner = [0, 1, 2, 3].map((k) => fall.map((f) => [f[k]]));
const kolumnform = matt(
  () => kpi.maluppfyllelseKolumn(kolumner[0], kolumner[1], kolumner[2], undefined, kolumner[3]),
  15,
);
rad("KPI.MALUPPFYLLELSE.KOLUMN, samma 100 000 rader i ett anrop", kolumnform, "ms", "< 100 ms", kolumnform < 100);

const tal = matt(() => {
  for (const t of texter) {
    try {
      kpi.tal(t);
    } catch {
      // I.U gives #N/A, as it should
    }
  }
});
rad("KPI.TAL, 100 000 svenska taltexter", tal, "ms", "< 50 ms", tal < 50);

const tabell = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
for (let i = 0; i < 10000; i++)
  tabell.push([`Mål ${i % 9}`, i % 4 ? "Andel heltider" : "Total sjukfrånvaro", "50", String(40 + (i % 30)), "≤ 60"]);
const raknare = { syncs: 0, anrop: 0 };
const wb = fake.skapaArbetsbok({ Blad1: tabell });
wb.markerat = { blad: "Blad1", adress: "A1" };
globalThis.Excel = fake.skapaExcel(wb, raknare);
globalThis.Office = fake.skapaOffice(wb);
const inlast = await adapter.lasTabell();
const val = hittaKolumner(inlast.rubriker);
const utv = utvardera(inlast.data, val);
raknare.syncs = 0;
raknare.anrop = 0;
const t0 = process.hrtime.bigint();
await adapter.farglagg(inlast, val, utv, STANDARDINSTALLNINGAR);
const vagg = Number(process.hrtime.bigint() - t0) / 1e6;
rad("Färgmarkera 10 000 rader (fejk): context.sync()", raknare.syncs, "st", "≤ 3", raknare.syncs <= 3);
rad("Färgmarkera 10 000 rader (fejk): köade API-anrop", raknare.anrop, "st", "konstant", raknare.anrop < 100);
rad("Färgmarkera 10 000 rader (fejk): tid", vagg, "ms", "–", true);

for (const fil of ["taskpane.js", "functions.js"]) {
  const vag = `dist/${fil}`;
  if (!existsSync(vag)) continue;
  const data = readFileSync(vag);
  const gz = gzipSync(data, { level: 9 }).length / 1024;
  rad(`Paketstorlek ${fil}, minifierad`, data.length / 1024, "KiB", "–", true);
  rad(
    `Paketstorlek ${fil}, gzip`,
    gz,
    "KiB",
    fil === "taskpane.js" ? "≤ 200 KiB" : "–",
    fil !== "taskpane.js" || gz <= 200,
  );
}
