// npm run bench:instruktioner: instructions per call, counted by valgrind on the shipped bundle dist/functions.js.
// Unlike wall time on a shared machine (which swings twofold), the count is the same every run, so it shows whether a
// change made a function cheaper or dearer. It is a check, not a target: speed comes from structure (docs/performance.md).
// Each loop runs K = 2 and 4 times over 20 000 rows; the growth per pass divided by the rows is the cost per call,
// without start-up and compilation. Needs `valgrind` (Debian package) and a built dist/ (npm run build).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { skapaData, skapaMeningar } from "./benchdata.mjs";
import { enPerRad, laddaFunktioner } from "./bench/funktioner.mjs";

const N = 20000;
const SLINGOR = {
  "KPI.MALUPPFYLLELSE, ett anrop per rad": (kpi, { malrader }) => enPerRad(kpi, malrader),
  "KPI.MALUPPFYLLELSE.KOLUMN, per rad": (kpi, { kolumner: k }) =>
    kpi["MALUPPFYLLELSE.KOLUMN"](k[0], k[1], k[2], null, k[3], null),
  "KPI.MALUPPFYLLELSE, ett nytt målvärde i en mening per rad": (kpi, { meningar }, varv) =>
    enPerRad(kpi, meningar[varv]),
  "KPI.TAL, ett anrop per text": (kpi, { taltexter }) => {
    for (const t of taltexter) {
      try {
        kpi.TAL(t);
      } catch {
        // I.U gives #N/A, as it should
      }
    }
  },
  "KPI.SJUKFRANVARO.REDOVISNING, per anställd": (kpi, { anstallda: a }) =>
    kpi["SJUKFRANVARO.REDOVISNING"](a.sjuk, a.ord, a.kon, a.alder, a.lang),
};

const [, , slinga, varv] = process.argv;
if (slinga) {
  // Inside valgrind: run one loop `varv` times.
  const kpi = laddaFunktioner();
  const data = skapaData(N);
  data.kolumner = [0, 1, 2, 3].map((k) => data.malrader.map((r) => [r[k]]));
  data.meningar = Array.from({ length: Number(varv) }, (_, k) => skapaMeningar(N, k));
  for (let k = 0; k < Number(varv); k++) SLINGOR[slinga](kpi, data, k);
} else {
  if (spawnSync("valgrind", ["--version"]).error) {
    console.error("valgrind saknas: apt-get install valgrind");
    process.exit(1);
  }
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
    const [a, b] = await Promise.all([2, 4].map((k) => rakna(namn, k)));
    const perAnrop = (b - a) / 2 / N;
    console.log(`${namn.padEnd(62)} ${Math.round(perAnrop).toLocaleString("sv-SE").padStart(9)} instruktioner`);
  }
}
