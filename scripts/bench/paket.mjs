// The size of what ships: the webpack bundles in dist/.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { rad } from "./matt.mjs";

export async function kor() {
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
}
