// Färgmarkera against the counting fake: syncs and queued API calls must not grow with the table.
import { createRequire } from "node:module";
import { rad } from "./matt.mjs";

const require = createRequire(import.meta.url);

export async function kor() {
  const adapter = require("../../.cache/bench/src/taskpane/excel/adapter.js");
  const { hittaKolumner, utvardera } = require("../../.cache/bench/src/core/tabell/tabell.js");
  const { STANDARDINSTALLNINGAR } = require("../../.cache/bench/src/core/skrivning/plan.js");
  const fake = require("../../test/fake/fake-excel.js");

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
}
