/**
 * The task pane and the command give the same status and reason on every row of every fixture: the command through
 * its own reading of the written .xlsx and its report (read back with a second reader), the pane through its Office
 * adapter against the recording fake, loaded with the same cells as Excel holds them. Both use one core; this test
 * proves the two readings of a sheet hand it the same table.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import * as adapter from "../../src/taskpane/excel/adapter";
import { hittaKolumner, utvardera } from "../../src/core/tabell/tabell";
import { MOTIVERINGSRUBRIK } from "../../src/cli/rapport";
import { MALRUBRIK, STATUSRUBRIK } from "../../src/core/skrivning/plan";
import { EXEMPEL, lasAndraLasare, malkoll, stada, tempMapp } from "./hjalp";

const fake = require("../fake/fake-excel.js");

let mapp: string;
beforeAll(() => (mapp = tempMapp()));
afterAll(() => stada(mapp));

/** The pane's judgement of the table around `cell`, as App.tsx does it: Läs in, then map columns and judge. */
async function ruta(blad: Map<string, unknown[][]>, bladnamn: string, cell: string) {
  const wb = fake.skapaArbetsbok(
    Object.fromEntries([...blad].map(([n, rader]) => [n, rader.map((r) => r.map((v) => v ?? ""))])),
  );
  wb.markerat = { blad: bladnamn, adress: cell };
  (globalThis as any).Excel = fake.skapaExcel(wb, { syncs: 0, anrop: 0 });
  (globalThis as any).Office = fake.skapaOffice(wb);
  const tabell = await adapter.lasTabell();
  const utv = utvardera(tabell.data, hittaKolumner(tabell.rubriker));
  return { adress: tabell.adress, utv };
}

/** The second reader's cells, placed where they sit in the sheet (usedRange starts at its first used cell). */
async function kallblad(fil: string): Promise<Map<string, unknown[][]>> {
  const XlsxPopulate = require("xlsx-populate");
  const bok = await XlsxPopulate.fromFileAsync(fil);
  const ut = new Map<string, unknown[][]>();
  for (const b of bok.sheets()) {
    const anvant = b.usedRange();
    if (!anvant) continue;
    const r0 = anvant.startCell().rowNumber() - 1;
    const c0 = anvant.startCell().columnNumber() - 1;
    const varden = anvant.value() as unknown[][];
    const rader: unknown[][] = Array.from({ length: r0 }, () => []);
    for (const rad of varden) rader.push([...Array(c0).fill(undefined), ...rad]);
    ut.set(b.name(), rader);
  }
  return ut;
}

const fixturer = readdirSync(EXEMPEL).filter((f) => f.endsWith(".xlsx"));

describe("the pane and the command agree", () => {
  it("on the fixtures (at least the three example units)", () => {
    expect(fixturer.length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixturer)("on every row and goal of %s", async (namn) => {
    const fil = path.join(EXEMPEL, namn);
    const json = JSON.parse((await malkoll("bedom", fil, "--json")).ut);
    const ut = path.join(mapp, `${namn}-rapport.xlsx`);
    expect((await malkoll("bedom", fil, "--ut", ut)).kod).toBe(0);
    const rapport = await lasAndraLasare(ut);
    const kalla = await kallblad(fil);
    const tabeller = json.filer[0].tabeller as { blad: string; omrade: string }[];
    expect(tabeller.length).toBeGreaterThan(0);
    const enhet = json.filer[0].enhet as string;
    for (const t of tabeller) {
      const rutan = await ruta(kalla, t.blad, t.omrade.split(":")[0]);
      expect(rutan.adress.split("!").pop()).toBe(t.omrade);
      const bladnamn = tabeller.length === 1 ? enhet : `${enhet} – ${t.blad}`;
      const rader = rapport.get(bladnamn)!;
      const rubrik = rader.findIndex((r) => r.includes(STATUSRUBRIK));
      const [s, mo, ms] = [STATUSRUBRIK, MOTIVERINGSRUBRIK, MALRUBRIK].map((k) => rader[rubrik].indexOf(k));
      const data = rader.slice(rubrik + 1);
      const kommandot = rutan.utv.rader.map((r) => [data[r.index][s], data[r.index][mo]]);
      expect(kommandot).toEqual(rutan.utv.rader.map((r) => [r.status, r.motivering]));
      expect(data.filter((r) => r[s] !== undefined)).toHaveLength(rutan.utv.rader.length);
      const mal = data.filter((r) => ms >= 0 && r[ms] !== undefined).map((r) => r[ms]);
      expect(mal).toEqual(rutan.utv.mal.map((m) => m.status));
    }
  });
});
