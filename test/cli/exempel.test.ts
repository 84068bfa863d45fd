/** exempel/ is what scripts/bygg-exempel.mjs builds from ../shared/examples, and `npx malkoll bedom exempel/` runs. */
import { mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { lasArbetsbok } from "../../src/cli/xlsx";
import { EXEMPELENHETER } from "./exempelenheter";
import { BYGGD_CLI, EXEMPEL, PROCESSTID, ROT, korProcess, malkoll, stada, tempMapp } from "./hjalp";

// These tests read and write whole workbooks: on a loaded 2-core machine that takes far longer than jest's 5 s.
jest.setTimeout(60_000);

let mapp: string;
beforeAll(() => (mapp = tempMapp()));
afterAll(() => stada(mapp));

describe("exempel/", () => {
  // The script compiles the fixtures with tsc first (a spawned npx), then writes every workbook.
  it(
    "holds what the script builds, byte for byte: a rebuild changes nothing git can see",
    async () => {
      const byggt = path.join(mapp, "byggt");
      const r = await korProcess("node", [path.join(ROT, "scripts/bygg-exempel.mjs"), byggt], { cwd: ROT });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const filer = readdirSync(byggt).sort();
      expect(readdirSync(EXEMPEL).sort()).toEqual(filer);
      for (const f of filer) {
        expect(await lasArbetsbok(path.join(EXEMPEL, f))).toEqual(await lasArbetsbok(path.join(byggt, f)));
        // The same bytes, zip entries' dates included (ExcelJS dates them with the time of writing).
        expect({ f, lika: readFileSync(path.join(EXEMPEL, f)).equals(readFileSync(path.join(byggt, f))) }).toEqual({
          f,
          lika: true,
        });
      }
      // Run again into the same folder: every workbook is left as it is.
      const igen = await korProcess("node", [path.join(ROT, "scripts/bygg-exempel.mjs"), byggt], { cwd: ROT });
      expect(igen.stdout.trim().split("\n").sort()).toEqual(
        filer.map((f) => `${path.relative(ROT, path.join(byggt, f))} (oförändrad)`),
      );
    },
    PROCESSTID,
  );

  it("holds cells as Excel holds them: numbers with formats, not pasted text", async () => {
    const bok = await lasArbetsbok(path.join(EXEMPEL, "Omsorgsnämnden.xlsx"));
    const ark = bok.ark.find((a) => a.blad === "Indikatorer 2020")!;
    const rad = ark.varden.findIndex((r) => r[2] === "Avtalstrohet (%)");
    expect(ark.varden[rad].slice(3)).toEqual([0.59, 0.665, 0.66, 1]);
    expect(ark.format[rad].slice(3)).toEqual(["0.0%", "0.0%", "0.0%", "0%"]);
    const resultat = ark.varden.findIndex((r) => r[2] === "Ekonomiskt resultat");
    expect(ark.varden[resultat].slice(3)).toEqual([-39, -25.2, 8, "Budget i balans"]);
    expect(ark.format[resultat][3]).toBe('0.0 "mnkr"');
    expect(ark.varden.find((r) => r[2] === "Indikator")?.slice(3, 6)).toEqual([2018, 2019, 2020]);
    const personal = bok.ark.find((a) => a.blad === "Personal")!;
    expect(personal.varden[1]).toEqual(["Antal tillsvidare anställda", 2548, 2465, "-"]);
    expect(personal.format[1][1]).toBe("#,##0");
  });
});

describe("every row of exempel/", () => {
  it.each(EXEMPELENHETER.map((e) => e.fil))("gets the status a controller gives it: %s", async (fil) => {
    const enhet = EXEMPELENHETER.find((e) => e.fil === fil)!;
    const r = await malkoll("bedom", path.join(EXEMPEL, fil), "--json");
    const json = JSON.parse(r.ut).filer[0];
    expect(json.enhet).toBe(fil.replace(/\.xlsx$/, ""));
    const lasta = json.tabeller as any[];
    const forvantade = enhet.blad.flatMap((b) =>
      b.tabeller.map((t) => ({ blad: b.utsnitt.blad, utsnitt: b.utsnitt, t })),
    );
    expect(lasta.map((t) => [t.blad, t.omrade])).toEqual(forvantade.map((f) => [f.blad, f.t.adress]));
    forvantade.forEach(({ utsnitt, t }, i) => {
      const last = lasta[i];
      expect(last.beskrivning).toBe(t.beskrivning);
      // Each role on the column whose header the fixture names (a header written over two rows, such as Utfall
      // above 2023, is named by both and checked by its roles only).
      const rubrikrad = Number(/\d+/.exec(t.adress)![0]) - 1;
      const rubrik = (kolumn: string) => String(utsnitt.varden[rubrikrad][kolumn.charCodeAt(0) - 65]);
      expect(Object.keys(last.kolumner).sort()).toEqual(Object.keys(t.kolumner).sort());
      for (const [roll, text] of Object.entries(t.kolumner)) {
        if (utsnitt.varden[rubrikrad].map(String).includes(text)) expect(rubrik(last.kolumner[roll])).toBe(text);
      }
      expect(last.rader.map((r: any) => [r.rad, r.namn, r.status])).toEqual(
        t.rader.map((r) => [r.rad, r.namn, r.status]),
      );
      expect(last.mal.map((m: any) => [m.namndmal, m.status])).toEqual(t.mal.map((m) => [m.namndmal, m.status]));
      if (t.kommunmal) for (const r of last.rader) expect(r.kommunmal).toBe(t.kommunmal);
    });
    // A sheet that holds no goal table is named, and the file still counts as read.
    const utanTabell = enhet.blad.filter((b) => b.tabeller.length === 0).map((b) => b.utsnitt.blad);
    expect(JSON.parse(r.ut).filer[0].problem.map((p: any) => p.blad)).toEqual(utanTabell);
    expect(r.kod).toBe(0);
  });
});

describe("npx malkoll bedom exempel/", () => {
  it(
    "runs the package's bin through npx from another folder, never asking the npm registry, and writes the report there",
    async () => {
      const paket = require(path.join(ROT, "package.json"));
      expect(paket.bin).toEqual({ malkoll: "build/cli/index.js" });
      expect(paket.scripts.prepare).toContain("build:cli");
      // npx runs the bin through a link: the file itself must be executable, also when npx's cache has the link.
      expect(statSync(BYGGD_CLI).mode & 0o111).not.toBe(0);
      // As docs/kommandorad.md says to run it outside Målkoll's folder: npx --prefix <Målkolls mapp>. The registry is
      // an address where nothing answers, so a lookup there (a package of the same name someone published) fails.
      const arbete = path.join(mapp, "arbete");
      mkdirSync(arbete);
      const r = await korProcess("npx", ["--prefix", ROT, "malkoll", "bedom", EXEMPEL], {
        cwd: arbete,
        env: { ...process.env, npm_config_registry: "http://127.0.0.1:9/", npm_config_fetch_retries: "0" },
      });
      expect(r.stderr).toContain(`Rapporten sparades i malkoll-rapport.xlsx: ${EXEMPELENHETER.length} enheter.`);
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split("\n")).toHaveLength(EXEMPELENHETER.length);
      expect(readdirSync(arbete)).toEqual(["malkoll-rapport.xlsx"]);
    },
    PROCESSTID,
  );

  it(
    "runs as plain npx malkoll in any folder once installed from Målkoll's folder, as the help says",
    async () => {
      // npm install -g <Målkolls mapp> links the folder into a global prefix (here a temporary one): nothing is
      // fetched, and the bin finds its files from where it lies, not from the folder it is run in.
      const prefix = path.join(mapp, "globalt");
      const arbete = path.join(mapp, "annan mapp");
      mkdirSync(arbete);
      const env = {
        ...process.env,
        npm_config_prefix: prefix,
        npm_config_registry: "http://127.0.0.1:9/",
        npm_config_fetch_retries: "0",
        npm_config_audit: "false",
        npm_config_fund: "false",
        PATH: `${path.join(prefix, "bin")}${path.delimiter}${process.env.PATH}`,
      };
      const installation = await korProcess("npm", ["install", "-g", "--offline", "--ignore-scripts", ROT], {
        cwd: arbete,
        env,
      });
      expect(installation.status).toBe(0);
      const r = await korProcess("npx", ["malkoll", "bedom", path.join(EXEMPEL, "Äldrenämnden.xlsx")], {
        cwd: arbete,
        env,
      });
      expect(r.stderr).toContain("Rapporten sparades i malkoll-rapport.xlsx: 1 enhet.");
      expect(r.status).toBe(0);
      expect(readdirSync(arbete)).toEqual(["malkoll-rapport.xlsx"]);
    },
    PROCESSTID,
  );

  it(
    "writes its default report under a name git ignores, so that running the README's command leaves git clean",
    async () => {
      const r = await korProcess(
        "git",
        ["check-ignore", "--no-index", "malkoll-rapport.xlsx", "exempel/malkoll-rapport.xlsx"],
        {
          cwd: ROT,
        },
      );
      expect(r.stdout.trim().split("\n")).toEqual(["malkoll-rapport.xlsx", "exempel/malkoll-rapport.xlsx"]);
    },
    PROCESSTID,
  );
});
