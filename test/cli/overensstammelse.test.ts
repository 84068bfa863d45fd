/**
 * The task pane and the command give the same status and reason on every row of every fixture. The command goes
 * through its own reading of the written .xlsx and its report, read back with a second reader; the pane through its
 * entry point in the core, `lasTabellVid`, on the sheet as Excel holds it (the fixture's Arkutsnitt: what the pane's
 * adapter loads), with one cell of the table selected as a user does. Both use one core; this test proves that the
 * .xlsx reading hands it the same sheet as Excel does.
 */
import path from "node:path";
import { lasTabellVid } from "../../src/core/tabell/tabell";
import { MOTIVERINGSRUBRIK } from "../../src/cli/rapport";
import { MALRUBRIK, STATUSRUBRIK } from "../../src/core/skrivning/plan";
import { EXEMPELENHETER } from "./exempelenheter";
import { EXEMPEL, lasAndraLasare, malkoll, stada, tempMapp } from "./hjalp";

// These tests read and write whole workbooks: on a loaded 2-core machine that takes far longer than jest's 5 s.
jest.setTimeout(60_000);

let mapp: string;
beforeAll(() => (mapp = tempMapp()));
afterAll(() => stada(mapp));

describe("the pane and the command agree", () => {
  it.each(EXEMPELENHETER.map((e) => e.fil))("on every row and nämndmål of %s", async (fil) => {
    const enhet = EXEMPELENHETER.find((e) => e.fil === fil)!;
    const kalla = path.join(EXEMPEL, fil);
    const json = JSON.parse((await malkoll("bedom", kalla, "--json")).ut);
    const ut = path.join(mapp, `${fil}-rapport.xlsx`);
    expect((await malkoll("bedom", kalla, "--ut", ut)).kod).toBe(0);
    const rapport = await lasAndraLasare(ut);
    const tabeller = json.filer[0].tabeller as { blad: string; omrade: string; rader: { rad: number }[] }[];
    const jsonEnhet = json.enheter[0];
    expect(tabeller.length).toBe(enhet.blad.reduce((n, b) => n + b.tabeller.length, 0));
    let rader = 0;
    for (const t of tabeller) {
      const utsnitt = enhet.blad.find((b) => b.utsnitt.blad === t.blad)!.utsnitt;
      // The user selects a cell in the table's first data row, as one does.
      const forsta = t.rader[0].rad - 1;
      const kolumn = t.omrade.charCodeAt(0) - 65;
      const svar = lasTabellVid(utsnitt, { rad: forsta, kolumn, rader: 1, kolumner: 1 });
      expect(svar.fel).toBeUndefined();
      const ruta = svar.tabell!;
      expect(ruta.adress.split("!").pop()).toBe(t.omrade);
      const utv = ruta.utvardering!;
      // The unit sheet says where its table came from in its first cell.
      const blad = [...rapport.values()].find((b) => String(b[0]?.[0]).endsWith(` · blad "${t.blad}" · ${t.omrade}`))!;
      const rubrik = blad.findIndex((r) => r.includes(STATUSRUBRIK));
      const [s, mo, ms] = [STATUSRUBRIK, MOTIVERINGSRUBRIK, MALRUBRIK].map((k) => blad[rubrik].indexOf(k));
      const data = blad.slice(rubrik + 1);
      // A row's place under the header rows, from its sheet row.
      const plats = (rad: number) => rad - ruta.omrade.rad - ruta.celler.rubrikrader;
      expect(utv.rader.map((r) => [data[plats(r.rad)][s], data[plats(r.rad)][mo]])).toEqual(
        utv.rader.map((r) => [r.status, r.motivering]),
      );
      expect(data.filter((r) => r[s] !== undefined)).toHaveLength(utv.rader.length);
      // The table's own goal judgement is the pane's (JSON keeps it per table). The sheet shows the unit's goal: the
      // same, unless the goal is also in another table of the unit and judged over both (spec §8).
      const json = tabeller.find((x) => x.omrade === t.omrade && x.blad === t.blad) as unknown as {
        mal: { namndmal: string; status: string }[];
      };
      expect(json.mal.map((m) => [m.namndmal, m.status])).toEqual(utv.mal.map((m) => [m.namndmal, m.status]));
      const enhetsmal = new Map(
        (jsonEnhet.mal as { namndmal: string; status: string; tabeller: { omrade: string }[] }[])
          .filter((m) => m.tabeller.some((x) => x.omrade === t.omrade))
          .map((m) => [m.namndmal, m]),
      );
      const mal = data.filter((r) => ms >= 0 && r[ms] !== undefined).map((r) => r[ms]);
      expect(mal).toEqual(
        utv.mal.map((m) => {
          const e = enhetsmal.get(m.namndmal)!;
          return e.tabeller.length === 1 ? m.status : e.status;
        }),
      );
      rader += utv.rader.length;
    }
    expect(rader).toBeGreaterThan(0);
  });
});
