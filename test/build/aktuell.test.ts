/**
 * The guard of the end-to-end tests (test/e2e/aktuell.ts): it lets a dist/ newer than every source pass and refuses a
 * missing or older one with a Swedish instruction naming the file. Tested on a made-up project in a temporary folder,
 * with the files' times set by hand; and its list of sources against what the build reads.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { KALLOR, kravAktuellDist } from "../e2e/aktuell";

const BYGGDA = ["taskpane.html", "taskpane.js", "functions.js", "functions.json"];
const KALLFILER = ["src/functions/functions.ts", "src/core/djup/tal.ts", "package.json", "webpack.config.js"];
/** A fixed hour, so that "newer" and "older" do not depend on the clock. */
const T0 = new Date("2026-01-15T10:00:00Z");
const sekunder = (s: number) => new Date(T0.getTime() + s * 1000);

let rot: string;
let dist: string;
const kallor = ["src/core", "src/functions", "package.json", "webpack.config.js", "saknas.json"];

function skriv(fil: string, tid: Date): void {
  fs.mkdirSync(path.dirname(fil), { recursive: true });
  fs.writeFileSync(fil, "x");
  fs.utimesSync(fil, tid, tid);
}

beforeEach(() => {
  rot = fs.mkdtempSync(path.join(os.tmpdir(), "malkoll-aktuell-"));
  dist = path.join(rot, "dist");
  for (const f of KALLFILER) skriv(path.join(rot, f), T0);
  for (const f of BYGGDA) skriv(path.join(dist, f), sekunder(60));
});
afterEach(() => fs.rmSync(rot, { recursive: true, force: true }));

describe("kravAktuellDist", () => {
  it("passes when every built file is newer than every source (a listed source that does not exist is skipped)", () => {
    expect(() => kravAktuellDist(rot, dist, kallor)).not.toThrow();
  });

  it("refuses a source newer than the oldest built file, naming the newest source", () => {
    skriv(path.join(rot, "src/core/djup/tal.ts"), sekunder(120));
    skriv(path.join(rot, "package.json"), sekunder(90));
    expect(() => kravAktuellDist(rot, dist, kallor)).toThrow(
      `dist/ är äldre än ${path.join("src", "core", "djup", "tal.ts")}: end-to-end-testerna skulle pröva ett gammalt ` +
        "bygge. Kör npm run build (eller npm test, som bygger först) och kör testerna igen.",
    );
  });

  it("compares with the oldest built file: one left from an earlier build is enough to refuse", () => {
    skriv(path.join(dist, "functions.json"), sekunder(20));
    skriv(path.join(rot, "package.json"), sekunder(30));
    expect(() => kravAktuellDist(rot, dist, kallor)).toThrow(/^dist\/ är äldre än package\.json: /);
  });

  it("refuses a source one second newer, and passes one of the same time", () => {
    skriv(path.join(rot, "webpack.config.js"), sekunder(60));
    expect(() => kravAktuellDist(rot, dist, kallor)).not.toThrow();
    skriv(path.join(rot, "webpack.config.js"), sekunder(61));
    expect(() => kravAktuellDist(rot, dist, kallor)).toThrow(/^dist\/ är äldre än webpack\.config\.js: /);
  });

  it("only sources in the list count", () => {
    skriv(path.join(rot, "docs/annat.md"), sekunder(600));
    expect(() => kravAktuellDist(rot, dist, kallor)).not.toThrow();
  });

  it("refuses a dist/ that misses a built file, naming every missing one", () => {
    fs.rmSync(path.join(dist, "functions.json"));
    fs.rmSync(path.join(dist, "taskpane.js"));
    expect(() => kravAktuellDist(rot, dist, kallor)).toThrow(
      `dist/ saknar ${path.join("dist", "taskpane.js")}, ${path.join("dist", "functions.json")}: ` +
        "kör npm run build först (npm test gör det).",
    );
  });

  it("refuses a missing dist/ with the same message", () => {
    fs.rmSync(dist, { recursive: true });
    expect(() => kravAktuellDist(rot, dist, kallor)).toThrow(/^dist\/ saknar dist\/taskpane\.html, /);
  });
});

describe("KALLOR", () => {
  const ROT = path.resolve(__dirname, "../..");

  it("lists only paths that exist", () => {
    expect(KALLOR.filter((k) => !fs.existsSync(path.join(ROT, k)))).toEqual([]);
  });

  it("holds every local file webpack.config.js requires, the TypeScript config and the packages", () => {
    const konfig = fs.readFileSync(path.join(ROT, "webpack.config.js"), "utf8");
    const lokala = [...konfig.matchAll(/require\("\.\/([^"]+)"\)/g)].map((m) => m[1]);
    // The development certificates serve only the development server (webpack serve), never a build.
    const forBygget = lokala.filter((f) => f !== "scripts/utvecklingscertifikat.cjs");
    expect(forBygget.length).toBeGreaterThan(0);
    expect(forBygget.filter((f) => !KALLOR.includes(f))).toEqual([]);
    expect(KALLOR).toEqual(expect.arrayContaining(["tsconfig.json", "package.json", "package-lock.json"]));
  });

  it("holds every file and folder the build's entries, template and copy patterns name", () => {
    const konfig = fs.readFileSync(path.join(ROT, "webpack.config.js"), "utf8");
    const monster = [...konfig.matchAll(/"\.\/((?:src|assets)\/[^"]+)"|from: "([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    // A copy pattern's * stands for any name within one folder: every file it matches today.
    const filer = monster.flatMap((m) => {
      if (!m.includes("*")) return [m];
      const mapp = path.posix.dirname(m);
      const namn = new RegExp(`^${path.posix.basename(m).replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`);
      return fs
        .readdirSync(path.join(ROT, mapp))
        .filter((f) => namn.test(f))
        .map((f) => path.posix.join(mapp, f));
    });
    expect(filer).toEqual(expect.arrayContaining(["manifest.xml", "src/taskpane/hjalp.html", "assets/icon-32.png"]));
    const tackta = (f: string) => KALLOR.some((k) => f === k || f.startsWith(k + "/"));
    expect(filer.filter((f) => !tackta(f))).toEqual([]);
  });
});
