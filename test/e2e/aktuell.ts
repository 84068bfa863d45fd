/**
 * The end-to-end tests run what ships, the built dist/; so they refuse a dist/ that is missing or older than what
 * it is built from (KALLOR: src/ but the command line, assets/, manifest.xml, the webpack and TypeScript configs,
 * the packages), with a Swedish instruction instead of a confusing failure or, worse, a pass on yesterday's build.
 * Both harnesses (harness.ts, panel.ts) call it first, and so does test/build/functions-json.test.ts.
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

/**
 * What dist/ is built from: every file the production build (`webpack --mode production`) reads or copies. The
 * sources, the assets and the manifest; webpack.config.js and the script it requires for a production build
 * (scripts/adress.cjs; scripts/utvecklingscertifikat.cjs serves only the development server); tsconfig.json, which
 * ts-loader compiles with; and package.json with package-lock.json, which fix the loaders, plugins and libraries
 * bundled. There is no babel or postcss config. The command line in src/cli is built to build/, not dist/.
 */
export const KALLOR = [
  "src/core",
  "src/functions",
  "src/taskpane",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "scripts/adress.cjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

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
