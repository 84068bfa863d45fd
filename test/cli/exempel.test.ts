/** exempel/ is what scripts/bygg-exempel.mjs builds from ../shared/examples, and `npx malkoll bedom exempel/` runs. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { lasArbetsbok } from "../../src/cli/xlsx";
import { EXEMPELENHETER } from "./exempelenheter";
import { EXEMPEL, ROT, malkoll, stada, tempMapp } from "./hjalp";

let mapp: string;
beforeAll(() => (mapp = tempMapp()));
afterAll(() => stada(mapp));

describe("exempel/", () => {
  // The script compiles the fixtures with tsc first: allow it a minute on a busy machine.
  it("holds what the script builds: same sheets, cells, formats, merged areas and tables", async () => {
    const byggt = path.join(mapp, "byggt");
    execFileSync("node", [path.join(ROT, "scripts/bygg-exempel.mjs"), byggt], { cwd: ROT });
    const filer = readdirSync(byggt).sort();
    expect(readdirSync(EXEMPEL).sort()).toEqual(filer);
    for (const f of filer) {
      expect(await lasArbetsbok(path.join(EXEMPEL, f))).toEqual(await lasArbetsbok(path.join(byggt, f)));
    }
  }, 60_000);

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
  it("runs the built command as a newcomer would, and writes the report in the current folder", () => {
    expect(existsSync(path.join(ROT, "build/cli/index.js"))).toBe(true);
    const arbetsmapp = path.join(mapp, "arbete");
    execFileSync("mkdir", ["-p", arbetsmapp]);
    const r = spawnSync("node", [path.join(ROT, "build/cli/index.js"), "bedom", EXEMPEL], {
      cwd: arbetsmapp,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(EXEMPELENHETER.length);
    expect(r.stderr).toContain(`Rapporten sparades i malkoll-rapport.xlsx: ${EXEMPELENHETER.length} enheter.`);
    expect(existsSync(path.join(arbetsmapp, "malkoll-rapport.xlsx"))).toBe(true);
    const igen = spawnSync("node", [path.join(ROT, "build/cli/index.js"), "bedom", EXEMPEL], {
      cwd: arbetsmapp,
      encoding: "utf8",
    });
    expect(igen.status).toBe(2);
  });

  it("is the package's bin, so that npx finds it", () => {
    const paket = require(path.join(ROT, "package.json"));
    expect(paket.bin).toEqual({ malkoll: "build/cli/index.js" });
    expect(paket.scripts.prepare).toContain("build:cli");
    // npx runs the bin through a link: the file itself must be executable, also when npx's cache already has the link.
    expect(statSync(path.join(ROT, paket.bin.malkoll)).mode & 0o111).not.toBe(0);
    const r = spawnSync("npx", ["--no-install", "malkoll", "--help"], { cwd: ROT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Användning: malkoll bedom/);
  });
});
