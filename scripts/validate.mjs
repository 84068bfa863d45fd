// npm run validate: both manifests against the XML schemas, offline (../shared/tools/validate-manifest, xmllint):
// manifest.xml (development, localhost) and dist/manifest.xml (what is deployed, rewritten to MALKOLL_URL).
// Builds for production first when dist/manifest.xml is missing, and says where the built one points.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { PLATSHALLARE } = require("./adress.cjs");
const VERKTYG = "../shared/tools/validate-manifest";

if (!existsSync(VERKTYG)) {
  console.error(`${VERKTYG} saknas: repot ska ligga bredvid shared/ (som i CI).`);
  process.exit(2);
}
if (!existsSync("dist/manifest.xml")) {
  console.log("dist/manifest.xml saknas: bygger för produktion (npm run build) först.");
  execFileSync("npx", ["webpack", "--mode", "production"], { stdio: "inherit" });
}

let fel = 0;
for (const manifest of ["manifest.xml", "dist/manifest.xml"]) {
  try {
    execFileSync(VERKTYG, [manifest], { stdio: "inherit" });
  } catch {
    fel++;
  }
}
const byggt = readFileSync("dist/manifest.xml", "utf8");
const adress = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(byggt)?.[1];
if (byggt.includes("localhost")) console.warn("dist/manifest.xml är ett utvecklingsbygge: det pekar på localhost.");
else if (adress === PLATSHALLARE)
  console.warn(`dist/manifest.xml pekar på platshållaren ${PLATSHALLARE}: bygg med MALKOLL_URL innan du publicerar.`);
else console.log(`dist/manifest.xml pekar på ${adress}`);
process.exit(fel > 0 ? 1 : 0);
