/**
 * Every fixture layout (test/fixtures/layouter) read as the batch command reads a sheet (lasArk) and as the pane
 * reads the table around a selected cell (lasTabellVid): tables, column roles, the status a controller gives each
 * row and each nämndmål, section headings, and the live formula agreeing with the preview on every row.
 */
import { LAYOUTER, omrade, type ForvantadTabell, type Layoutfixtur } from "../fixtures/layouter";
import { formelargument, lasArk, lasTabellVid, ROLLER, type Lastabell } from "../../src/core/tabell/tabell";
import { RIKTNING_TEXT } from "../../src/core/bedomning/riktning";
import { bladnamn, cellAdress } from "../../src/core/skrivning/adress";
import type { Cellvarde } from "../../src/core/tal/cell";
import { kalla, ref } from "../helpers/excel";
import { berakna } from "../helpers/formel";

/** The value Excel holds in a cell of the fixture (a cell merged away is empty). */
function cellI(f: Layoutfixtur) {
  return (a1: string): Exclude<Cellvarde, undefined> => {
    const o = omrade(a1);
    const v = f.utsnitt.varden[o.rad - f.utsnitt.rad]?.[o.kolumn - f.utsnitt.kolumn];
    return v === undefined || v === "" ? null : v;
  };
}

function mappningAv(t: Lastabell): Record<string, string> {
  const ut: Record<string, string> = {};
  for (const roll of ROLLER) {
    const k = t.mappning.val[roll];
    if (k !== undefined) ut[roll] = t.mappning.kolumner[k].rubrik;
  }
  return ut;
}

const statusrader = (t: Lastabell) =>
  t.utvardering?.rader.map((r) => ({ rad: r.rad + 1, namn: r.namn, status: r.status }));
const forvantadeRader = (t: ForvantadTabell) => t.rader.map((r) => ({ rad: r.rad, namn: r.namn, status: r.status }));

describe.each(LAYOUTER.map((f) => [f.id, f] as const))("%s", (_id, f) => {
  const las = lasArk(f.utsnitt);
  const par = () => f.tabeller.map((forvantad, i) => ({ forvantad, tabell: las.tabeller[i] }));

  it("finds exactly its tables, where they are", () => {
    expect(las.tabeller.map((t) => t.adress)).toEqual(f.tabeller.map((t) => `${bladnamn(f.utsnitt.blad)}!${t.adress}`));
    expect(las.meddelanden).toEqual([]);
  });

  it("maps every role to the column a controller would, with no problem left", () => {
    for (const { forvantad, tabell } of par()) {
      expect(mappningAv(tabell)).toEqual(forvantad.kolumner);
      expect(tabell.mappning.problem).toEqual([]);
      expect(tabell.mappning.kanBedomas).toBe(true);
    }
  });

  it("gives every row the status a controller gives it", () => {
    for (const { forvantad, tabell } of par()) expect(statusrader(tabell)).toEqual(forvantadeRader(forvantad));
  });

  it("judges every nämndmål from its rows, breakdowns left out", () => {
    for (const { forvantad, tabell } of par()) {
      expect(tabell.utvardering?.mal.map((m) => ({ namndmal: m.namndmal, status: m.status }))).toEqual(
        forvantad.mal.map((m) => ({ namndmal: m.namndmal, status: m.status })),
      );
    }
  });

  it("skips section headings and says what it read", () => {
    for (const { forvantad, tabell } of par()) {
      expect(tabell.utvardering?.avsnitt.map((a) => a.text)).toEqual(forvantad.avsnitt);
      expect(tabell.beskrivning).toBe(forvantad.beskrivning);
      const kommunmal = new Set(tabell.utvardering?.rader.map((r) => r.kommunmal));
      expect([...kommunmal]).toEqual([forvantad.kommunmal]);
    }
  });

  it("writes formulas that give the preview's status and reason on every row", () => {
    const cell = cellI(f);
    let rader = 0;
    for (const { tabell } of par()) {
      const u = tabell.utvardering!;
      for (const r of u.rader) {
        rader++;
        if (u.typ === "aktiviteter") {
          const status = cellAdress(r.rad, tabell.omrade.kolumn + tabell.mappning.val.status!);
          expect(kalla("AKTIVITETSSTATUS", berakna(status, cell))).toBe(r.aktivitetsstatus);
          continue;
        }
        const arg = (roll: "utfall" | "malvarde" | "gransvarde" | "foregaende") => {
          const o = r.omvandling[roll];
          const k = r.kallor[roll];
          return o && k ? berakna(formelargument(o, cellAdress(k.rad, k.kolumn)), cell) : undefined;
        };
        const argument = [
          arg("utfall"),
          arg("malvarde") ?? ref(null),
          RIKTNING_TEXT[r.riktning],
          arg("gransvarde"),
          arg("foregaende"),
        ];
        expect({ rad: r.rad + 1, status: kalla("MALUPPFYLLELSE", ...argument) }).toEqual({
          rad: r.rad + 1,
          status: r.status,
        });
        expect({ rad: r.rad + 1, motivering: kalla("MOTIVERING", ...argument) }).toEqual({
          rad: r.rad + 1,
          motivering: r.motivering,
        });
      }
    }
    expect(rader).toBe(f.tabeller.reduce((n, t) => n + t.rader.length, 0));
  });

  it("reads the same table from any cell of it, as the pane does from the selection", () => {
    for (const { forvantad, tabell } of par()) {
      const o = omrade(forvantad.adress);
      for (let r = o.rad; r < o.rad + o.rader; r++) {
        for (let c = o.kolumn; c < o.kolumn + o.kolumner; c++) {
          const svar = lasTabellVid(f.utsnitt, { rad: r, kolumn: c, rader: 1, kolumner: 1 });
          if (svar.fel !== undefined) {
            // Only a blank cell outside every row of data may fail.
            expect(svar.fel).toMatch(/tom/);
            continue;
          }
          expect({ cell: cellAdress(r, c), adress: svar.tabell.adress }).toEqual({
            cell: cellAdress(r, c),
            adress: tabell.adress,
          });
          expect(statusrader(svar.tabell)).toEqual(statusrader(tabell));
        }
      }
    }
  });
});
