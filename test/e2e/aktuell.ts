/**
 * The end-to-end tests run what ships, the built dist/; so they refuse a dist/ that is missing or older than what
 * it is built from (src/ but the command line, assets/, manifest.xml, the webpack config), with a Swedish instruction instead of a
 * confusing failure or, worse, a pass on yesterday's build. Both harnesses (harness.ts, panel.ts) call it first.
 */
import * as fs from "fs";
import * as path from "path";

const ROT = path.resolve(__dirname, "../..");

/** The newest modification time under `mal` (a file or a folder), and the file that has it. */
function nyaste(mal: string): { tid: number; fil: string } {
  const stat = fs.statSync(mal);
  if (!stat.isDirectory()) return { tid: stat.mtimeMs, fil: mal };
  let bast = { tid: 0, fil: mal };
  for (const namn of fs.readdirSync(mal)) {
    const kandidat = nyaste(path.join(mal, namn));
    if (kandidat.tid > bast.tid) bast = kandidat;
  }
  return bast;
}

/** What dist/ is built from: every file webpack reads or copies (the command line in src/cli is built to build/). */
export const KALLOR = ["src/core", "src/functions", "src/taskpane", "assets", "manifest.xml", "webpack.config.js"];

/**
 * Throws unless `dist` holds a build at least as new as every source in `kallor` (paths relative to `rot`).
 * The oldest of the built files that the pages load is compared with the newest source.
 */
export function kravAktuellDist(rot = ROT, dist = path.join(ROT, "dist"), kallor: readonly string[] = KALLOR): void {
  const byggda = ["taskpane.html", "taskpane.js", "functions.js", "functions.json"].map((f) => path.join(dist, f));
  const saknas = byggda.filter((f) => !fs.existsSync(f)).map((f) => path.relative(rot, f));
  if (saknas.length > 0)
    throw new Error(`dist/ saknar ${saknas.join(", ")}: kör npm run build först (npm test gör det).`);
  const aldsta = Math.min(...byggda.map((f) => fs.statSync(f).mtimeMs));
  const kalla = kallor
    .map((k) => path.join(rot, k))
    .filter((k) => fs.existsSync(k))
    .map(nyaste)
    .reduce((a, b) => (b.tid > a.tid ? b : a), { tid: 0, fil: "" });
  if (kalla.tid > aldsta)
    throw new Error(
      `dist/ är äldre än ${path.relative(rot, kalla.fil)}: end-to-end-testerna skulle pröva ett gammalt bygge. ` +
        "Kör npm run build (eller npm test, som bygger först) och kör testerna igen.",
    );
}
