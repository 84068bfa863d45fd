// Färgmarkera against the counting fake Excel (test/fake, compiled to .cache/fake/office.js): syncs, queued API
// calls and the largest request, for 10 000 and 100 000 rows. Excel on the web refuses a request over 5 MB; Målkoll
// keeps each under 4 MB, and the number of syncs may grow only by one per such request.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { rad } from "./matt.mjs";

const require = createRequire(import.meta.url);

function tabell(antal) {
  const rader = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
  for (let i = 0; i < antal; i++)
    rader.push([`Mål ${i % 9}`, i % 4 ? "Andel heltider" : "Total sjukfrånvaro", "50", String(40 + (i % 30)), "≤ 60"]);
  return rader;
}

export async function kor() {
  execFileSync("npx", ["webpack", "--config", "test/fake/webpack.config.js"], { stdio: "ignore" });
  const fake = require("../../.cache/fake/office.js");
  const adapter = require("../../.cache/bench/src/taskpane/excel/adapter.js");
  const { STANDARDINSTALLNINGAR } = require("../../.cache/bench/src/core/skrivning/plan.js");

  for (const antal of [10000, 100000]) {
    const wb = fake.skapaArbetsbok({ Blad1: tabell(antal) }, { blad: "Blad1", adress: "A1" });
    const { raknare } = fake.installera(wb);
    const inlast = await adapter.lasTabell({ delvisAndel: STANDARDINSTALLNINGAR.delvisAndel });
    raknare.syncs = 0;
    raknare.anrop = 0;
    raknare.begaran.length = 0;
    const t0 = process.hrtime.bigint();
    await adapter.farglagg(inlast, inlast.tabell, STANDARDINSTALLNINGAR);
    const vagg = Number(process.hrtime.bigint() - t0) / 1e6;
    const storst = Math.max(...raknare.begaran);
    const text = antal.toLocaleString("sv-SE");
    rad(`Färgmarkera ${text} rader (fejk): context.sync()`, raknare.syncs, "st", "≤ 6 + bitar", true);
    rad(`Färgmarkera ${text} rader (fejk): köade API-anrop`, raknare.anrop, "st", "–", true);
    rad(`Färgmarkera ${text} rader (fejk): största begäran`, storst, "byte", "≤ 4 MB", storst <= 4_000_000);
    rad(`Färgmarkera ${text} rader (fejk): tid`, vagg, "ms", "–", true);
  }
}
