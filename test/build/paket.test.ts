/**
 * What the production build (npm test runs it before jest) put in dist/: the core bundled once for the page that
 * hosts both the pane and the functions, the production addresses everywhere, and a help page with one section
 * per function.
 */
import * as fs from "fs";
import * as path from "path";

const ROT = path.resolve(__dirname, "../..");
const DIST = path.join(ROT, "dist");
const las = (fil: string) => fs.readFileSync(path.join(DIST, fil), "utf8");

/** String literals of src/core (without escapes, long enough to be distinctive). */
function karnansStrangar(): string[] {
  const filer: string[] = [];
  const ga = (mapp: string) => {
    for (const namn of fs.readdirSync(mapp)) {
      const fil = path.join(mapp, namn);
      if (fs.statSync(fil).isDirectory()) ga(fil);
      else if (fil.endsWith(".ts")) filer.push(fil);
    }
  };
  ga(path.join(ROT, "src/core"));
  const strangar = new Set<string>();
  for (const fil of filer)
    for (const m of fs.readFileSync(fil, "utf8").matchAll(/"([^"\\\n$]{16,})"/g)) strangar.add(m[1]);
  return [...strangar];
}

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "functions.js"))) throw new Error("dist/ saknas: kör npm run build först");
});

describe("dist/", () => {
  it("has the core once: what functions.js carries, taskpane.js does not carry again", () => {
    const funktioner = las("functions.js");
    const panel = las("taskpane.js");
    // A literal as a literal, in any quotes the minifier chose (not inside a regular expression, say).
    const har = (kod: string, s: string) => ['"', "'", "`"].some((q) => kod.includes(q + s + q));
    const delade = karnansStrangar().filter((s) => har(funktioner, s));
    expect(delade.length).toBeGreaterThan(20);
    expect(delade.filter((s) => har(panel, s))).toEqual([]);
  });

  it("loads the functions before the pane, both blocking, in taskpane.html", () => {
    const skript = [...las("taskpane.html").matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)[^>]*>/g)].map((m) => m[0]);
    expect(skript.map((s) => /src=["']?([^"' >]+)/.exec(s)?.[1])).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    for (const s of skript) expect(s).not.toMatch(/\b(defer|async|type=["']?module)\b/);
  });

  it("points the manifest and the help links at the production address", () => {
    expect(las("manifest.xml")).not.toContain("localhost");
    expect(las("functions.json")).not.toContain("localhost");
  });

  it("has a help section, with a stable anchor, for every function", () => {
    const hjalp = las("hjalp.html");
    const funktioner: { name: string; helpUrl?: string }[] = JSON.parse(las("functions.json")).functions;
    expect(funktioner.length).toBeGreaterThanOrEqual(15);
    for (const f of funktioner) {
      const ankare = `kpi-${f.name.toLowerCase().replace(/\./g, "-")}`;
      expect({ f: f.name, finns: new RegExp(`id=["']?${ankare}["'\\s>]`).test(hjalp) }).toEqual({
        f: f.name,
        finns: true,
      });
      // Every function has its @helpurl, to its own section of the hosted page (Excel shows it in the function dialog).
      expect(f.helpUrl).toMatch(new RegExp(`/hjalp\\.html#${ankare}$`));
    }
  });

  it("says in the help page what is computed, that nothing leaves the workbook and what is stored in it", () => {
    const hjalp = las("hjalp.html");
    expect(hjalp).toMatch(/id=["']?integritet/);
    for (const krav of [/lokalt/, /inga nätverksanrop|skickas inte/i, /inställningar/i, /vad Målkoll lade till/i])
      expect(hjalp).toMatch(krav);
  });
});
