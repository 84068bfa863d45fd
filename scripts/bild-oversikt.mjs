// npm run bild:oversikt: docs/oversikt.png, the Översikt sheet of `malkoll bedom exempel/` as LibreOffice Calc
// renders it (what a controller sees when printing or opening the report). Needs soffice and pdftoppm.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const rot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = mkdtempSync(path.join(tmpdir(), "malkoll-bild-"));
const UPPLOSNING = 110;

try {
  const rapport = path.join(tmp, "rapport.xlsx");
  execFileSync("node", [path.join(rot, "build/cli/index.js"), "bedom", path.join(rot, "exempel"), "--ut", rapport], {
    stdio: "ignore",
  });
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${tmp}/profil`, "--headless", "--convert-to", "pdf", "--outdir", tmp, rapport],
    { stdio: "ignore" },
  );
  const pdf = path.join(tmp, "rapport.pdf");
  // The first page is Översikt. Find where its content is (non-white pixels), then render just that.
  execFileSync("pdftoppm", [
    "-singlefile",
    "-r",
    String(UPPLOSNING),
    "-f",
    "1",
    "-l",
    "1",
    pdf,
    path.join(tmp, "sida"),
  ]);
  const ppm = readFileSync(path.join(tmp, "sida.ppm"));
  const [huvud, b, h] = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"));
  const bredd = Number(b);
  const hojd = Number(h);
  const data = ppm.subarray(huvud.length);
  let [x0, y0, x1, y1] = [bredd, hojd, 0, 0];
  for (let y = 0; y < hojd; y++) {
    for (let x = 0; x < bredd; x++) {
      const i = (y * bredd + x) * 3;
      if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
  }
  const marginal = 16;
  execFileSync("pdftoppm", [
    "-png",
    "-singlefile",
    "-r",
    String(UPPLOSNING),
    "-f",
    "1",
    "-l",
    "1",
    "-x",
    String(Math.max(0, x0 - marginal)),
    "-y",
    String(Math.max(0, y0 - marginal)),
    "-W",
    String(x1 - x0 + 2 * marginal),
    "-H",
    String(y1 - y0 + 2 * marginal),
    pdf,
    path.join(rot, "docs/oversikt"),
  ]);
  console.log("docs/oversikt.png");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
