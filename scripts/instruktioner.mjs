// npm run bench:instruktioner: instructions per call, counted by valgrind. Unlike wall time on the shared
// VM (which swings up to 2x), the count is the same every run, so it shows what a change gained.
// Each loop runs K = 2, 4 and 6 times over the bench's 100 000 rows; the growth per pass over the
// rows is the cost per call, without start-up and compilation.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { fejkaCustomFunctions, skapaData } from "./benchdata.mjs";

const N = 100000;
const SLINGOR = {
  "KPI.MALUPPFYLLELSE, ett anrop per rad": (kpi, { malrader }) => {
    // Indexed, not destructured: the iterator would be the loop's cost, not the function's.
    for (let i = 0; i < malrader.length; i++) {
      const rad = malrader[i];
      kpi.maluppfyllelse(rad[0], rad[1], rad[2], null, rad[3]);
    }
  },
  "målvärdesläsningen ensam (tolkaMalvardeCell)": (_, { malrader }, malvarde) => {
    for (const rad of malrader) malvarde.tolkaMalvardeCell(rad[1]);
  },
  "KPI.TAL, ett anrop per text": (kpi, { taltexter }) => {
    for (const t of taltexter) {
      try {
        kpi.tal(t);
      } catch {
        // I.U gives #N/A, as it should
      }
    }
  },
};

const [, , slinga, varv] = process.argv;
if (slinga) {
  // Inside valgrind: run one loop `varv` times.
  const require = createRequire(import.meta.url);
  fejkaCustomFunctions();
  const kpi = require("../.cache/bench/src/functions/functions.js");
  const malvarde = require("../.cache/bench/src/core/malvarde/tolka.js");
  const data = skapaData(N);
  for (let k = 0; k < Number(varv); k++) SLINGOR[slinga](kpi, data, malvarde);
} else {
  if (spawnSync("valgrind", ["--version"]).error) {
    console.error("valgrind saknas: apt-get install valgrind");
    process.exit(1);
  }
  execFileSync("npx", ["tsc", "-p", "tsconfig.bench.json"], { stdio: "inherit" });
  const skript = fileURLToPath(import.meta.url);
  const rakna = (namn, k) =>
    new Promise((klar, fel) => {
      const flaggor = ["--predictable", "--max-semi-space-size=64", "--min-semi-space-size=64"];
      const p = spawn("valgrind", [
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        "node",
        ...flaggor,
        skript,
        namn,
        String(k),
      ]);
      let ut = "";
      p.stderr.on("data", (d) => (ut += d));
      p.on("close", () => {
        const m = /I\s+refs:\s+([\d,]+)/.exec(ut);
        if (m) klar(Number(m[1].replace(/,/g, "")));
        else fel(new Error(ut));
      });
    });
  for (const namn of Object.keys(SLINGOR)) {
    const [a, b, c] = await Promise.all([2, 4, 6].map((k) => rakna(namn, k)));
    // Two steps of two passes each; the smaller is the steady cost (the other may hold a late compilation).
    const perAnrop = Math.min(b - a, c - b) / 2 / N;
    console.log(`${namn.padEnd(58)} ${Math.round(perAnrop).toLocaleString("sv-SE").padStart(9)} instruktioner`);
  }
}
