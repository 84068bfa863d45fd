// The size of what ships: the webpack bundles in dist/. taskpane.html loads functions.js (webpack's runtime, the
// functions and the core they use) and then taskpane.js (the pane, which takes the core from functions.js), so the
// page's total is the sum of the two.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { rad } from "./matt.mjs";

export async function kor() {
  let summa = 0;
  for (const fil of ["functions.js", "taskpane.js"]) {
    const vag = `dist/${fil}`;
    if (!existsSync(vag)) continue;
    const data = readFileSync(vag);
    const gz = gzipSync(data, { level: 9 }).length / 1024;
    summa += gz;
    rad(`Paketstorlek ${fil}, minifierad`, data.length / 1024, "KiB", "–", true);
    rad(`Paketstorlek ${fil}, gzip`, gz, "KiB", "–", true);
  }
  rad("Paketstorlek, hela sidan (båda paketen), gzip", summa, "KiB", "≤ 200 KiB", summa <= 200);
}
