/**
 * Property (issue 14): any sequence of Färgmarkera, Lås statusar, Skapa sammanställning, Ta bort and ordinary edits
 * (insert or delete rows and columns, typing, sorting, renaming the sheet, a conditional format of one's own) never
 * changes a cell the user wrote, a name or a format of theirs; and Ta bort after any sequence leaves no cell, name,
 * conditional format, custom XML part or sheet of Målkoll's.
 */
import fc from "fast-check";
import * as adapter from "../../src/taskpane/excel/adapter";
import { Anvandarfel } from "../../src/taskpane/excel/kontext";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { anvandarceller, anvandare, indikatortabell, installera, lasIn, tillaggsrester } from "./hjalp";
import type { Arbetsbok } from "../fake";
import { korningar } from "../helpers/korningar";
import { tolka } from "../fake";
import { LAYOUTER, type Layoutfixtur } from "../fixtures/layouter";
import { bladspec } from "../helpers/arbetsbok";

/** What a person types: statuses, comments, numbers, their own formulas (never Målkoll's exact texts). */
const VOKABULAR = [
  "Uppfyllt",
  "Delvis uppfyllt",
  "Ej uppfyllt, se kommentar",
  "Kan ej bedömas",
  "Kommentar",
  "12,5 %",
  42,
  '=IF(F2>G2,"Ej uppfyllt","Uppfyllt")',
  "=KPI.MALUPPFYLLELSE(F3,G3)",
  "=H5",
  "",
];

type Handling =
  | { typ: "farglagg"; helRad: boolean; symboler: boolean; vilken: number }
  | { typ: "las"; vilken: number }
  | { typ: "sammanstallning"; vilken: number }
  | { typ: "taBort"; alla: boolean }
  | { typ: "infogaRad" | "taBortRad"; vid: number; antal: number; vilken: number }
  | { typ: "infogaKolumn" | "taBortKolumn"; vid: number; vilken: number }
  | { typ: "skriv"; rad: number; kolumn: number; text: string | number; vilken: number }
  | { typ: "sortera"; nyckel: number; medBlock: boolean; fallande: boolean; vilken: number }
  | { typ: "bytNamn" }
  | { typ: "villkor"; rad: number; kolumn: number; vilken: number };

const handling: fc.Arbitrary<Handling> = fc.oneof(
  {
    arbitrary: fc.record({
      typ: fc.constant("farglagg" as const),
      helRad: fc.boolean(),
      symboler: fc.boolean(),
      vilken: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ typ: fc.constant("las" as const), vilken: fc.integer({ min: 0, max: 3 }) }), weight: 2 },
  {
    arbitrary: fc.record({ typ: fc.constant("sammanstallning" as const), vilken: fc.integer({ min: 0, max: 3 }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ typ: fc.constant("taBort" as const), alla: fc.boolean() }), weight: 1 },
  {
    arbitrary: fc.record({
      typ: fc.constantFrom("infogaRad" as const, "taBortRad" as const),
      vid: fc.integer({ min: 1, max: 32 }),
      antal: fc.integer({ min: 1, max: 2 }),
      vilken: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      typ: fc.constantFrom("infogaKolumn" as const, "taBortKolumn" as const),
      vid: fc.integer({ min: 0, max: 10 }),
      vilken: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      typ: fc.constant("skriv" as const),
      rad: fc.integer({ min: 1, max: 32 }),
      kolumn: fc.integer({ min: 0, max: 10 }),
      text: fc.constantFrom(...VOKABULAR),
      vilken: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      typ: fc.constant("sortera" as const),
      nyckel: fc.integer({ min: 0, max: 6 }),
      medBlock: fc.boolean(),
      fallande: fc.boolean(),
      vilken: fc.integer({ min: 0, max: 1 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ typ: "bytNamn" as const }), weight: 1 },
  {
    arbitrary: fc.record({
      typ: fc.constant("villkor" as const),
      rad: fc.integer({ min: 1, max: 20 }),
      kolumn: fc.integer({ min: 0, max: 10 }),
      vilken: fc.integer({ min: 0, max: 3 }),
    }),
    weight: 1,
  },
);

const bokstav = (k: number) => String.fromCharCode(65 + k);

/** Header cells a table is selected by: the text table's, and the formatted layouts' (Indikator, Nyckeltal). */
const RUBRIKER = ["indikator", "Indikator", "Nyckeltal"];

/**
 * The sheet and the header cell of table `vilken` the user selects: the tables in sheet order, top to bottom (two on
 * the text sheet, then the other kommuners' layouts).
 */
function tabellen(wb: Arbetsbok, vilken = 0): { blad: string; adress: string } | undefined {
  const alla = wb.blad.flatMap((b) =>
    [...b.celler]
      .filter(([, c]) => c.ursprung === "anvandare" && RUBRIKER.includes(String(c.innehall)))
      .map(([k]) => k)
      .sort((x, y) => x - y)
      .map((k) => ({ blad: b.namn, adress: `${bokstav(k % 16384)}${Math.floor(k / 16384) + 1}` })),
  );
  return alla[Math.min(vilken, alla.length - 1)];
}

/** The user's own names and formats, as they are. */
function anvandarensOvrigt(wb: Arbetsbok): string {
  return JSON.stringify({
    namn: wb.namn.filter((n) => n.ursprung === "anvandare").map((n) => [n.namn, wb.namnreferens(n).formel]),
    villkor: wb.blad
      .map((b) => [b.namn, b.villkor.filter((v) => v.ursprung === "anvandare").map((v) => [v.formel, v.omraden])])
      .filter(([, v]) => v.length > 0),
  });
}

/** Runs an action of the add-in's; only Swedish messages for the user may come out of it. */
async function tillagg(wb: Arbetsbok, h: Handling, logg: string[]): Promise<void> {
  const plats = tabellen(wb, "vilken" in h ? h.vilken : 0);
  try {
    if (h.typ === "taBort") {
      const ids = h.alla ? "alla" : (await adapter.markeringar()).markeringar.slice(0, 1).map((m) => m.id);
      await adapter.taBort({ markeringar: ids, sammanstallningar: h.alla });
      return;
    }
    if (!plats) return;
    anvandare.markera(wb, plats.blad, plats.adress);
    const inst =
      h.typ === "farglagg" ? { ...STANDARDINSTALLNINGAR, helRad: h.helRad, symboler: h.symboler } : undefined;
    const { tabell, last, utv } = await lasIn(inst);
    if (h.typ === "farglagg") await adapter.farglagg(tabell, last, inst ?? STANDARDINSTALLNINGAR);
    if (h.typ === "las") await adapter.statusarSomVarden(tabell);
    if (h.typ === "sammanstallning" && utv) await adapter.skapaSammanstallning(utv);
  } catch (e) {
    if (!(e instanceof Anvandarfel)) throw e;
    logg.push(`${h.typ}: ${e.message}`);
  }
}

function redigera(wb: Arbetsbok, h: Handling): void {
  const plats = tabellen(wb, "vilken" in h ? h.vilken : 0);
  const blad = plats?.blad ?? wb.blad[0].namn;
  switch (h.typ) {
    case "infogaRad":
      return anvandare.infogaRader(wb, blad, h.vid, h.antal);
    case "taBortRad":
      return anvandare.taBortRader(wb, blad, h.vid, h.antal);
    case "infogaKolumn":
      return anvandare.infogaKolumner(wb, blad, bokstav(h.vid));
    case "taBortKolumn":
      return anvandare.taBortKolumner(wb, blad, bokstav(h.vid));
    case "skriv":
      return anvandare.skriv(wb, blad, `${bokstav(h.kolumn)}${h.rad}`, h.text);
    case "bytNamn":
      return anvandare.bytNamn(
        wb,
        blad,
        blad.endsWith(" (reviderad)") ? blad.slice(0, -" (reviderad)".length) : `${blad} (reviderad)`,
      );
    case "villkor":
      return anvandare.laggTillVillkor(
        wb,
        blad,
        `${bokstav(h.kolumn)}${h.rad}:${bokstav(h.kolumn)}${h.rad + 3}`,
        `=${bokstav(h.kolumn)}${h.rad}="Ej uppfyllt"`,
      );
    case "sortera": {
      if (!plats) return;
      const b = wb.hittaBlad(plats.blad);
      if (!b) return;
      const { r, c } = tolka(plats.adress).rekt;
      const region = wb.omgivning(b, r, c);
      const bredd = h.medBlock ? region.c + region.kolumner - c : 7;
      const rader = region.r + region.rader - (r + 1);
      if (rader < 2 || h.nyckel >= bredd) return;
      const omrade = `${bokstav(c - 2)}${r + 2}:${bokstav(c - 2 + bredd - 1)}${r + 1 + rader}`;
      if (c < 2) return;
      return anvandare.sortera(wb, plats.blad, omrade, bokstav(c - 2 + h.nyckel), h.fallande);
    }
  }
}

const omsorg = LAYOUTER.find((f) => f.id === "malkolumn") as Layoutfixtur;
const personal = LAYOUTER.find((f) => f.id === "avsnitt") as Layoutfixtur;

describe("Målkoll among ordinary edits (property)", () => {
  it("never changes a user's cell, name or format, and Ta bort leaves nothing of Målkoll's", async () => {
    // Two tables on one sheet, three blank rows apart: rows 1–9 and 13–21.
    const rader = indikatortabell();
    const tabell = [...rader.slice(0, 9), [], [], [], rader[0], ...rader.slice(9, 17)];
    await fc.assert(
      fc.asyncProperty(fc.array(handling, { minLength: 1, maxLength: 16 }), async (handlingar) => {
        const { wb } = installera(
          {
            "Mål 2020": tabell,
            // Other kommuners' layouts as Excel holds them: formats, a (%) header, merged cells, section headings.
            [omsorg.utsnitt.blad]: bladspec(omsorg.utsnitt),
            [personal.utsnitt.blad]: bladspec(personal.utsnitt),
            Anteckningar: [["Egen"]],
          },
          { blad: "Mål 2020", adress: "C1" },
        );
        anvandare.laggTillNamn(wb, "Min_tabell", "'Mål 2020'!$A$1:$G$18");
        anvandare.laggTillNamn(wb, "_Malkoll_1_1_Status", "'Mål 2020'!$G$1:$G$18");
        const logg: string[] = [];
        for (const h of handlingar) {
          if (["farglagg", "las", "sammanstallning", "taBort"].includes(h.typ)) {
            const fore = anvandarceller(wb);
            const ovrigt = anvandarensOvrigt(wb);
            await tillagg(wb, h, logg);
            expect(anvandarceller(wb)).toEqual(fore);
            expect(anvandarensOvrigt(wb)).toBe(ovrigt);
          } else redigera(wb, h);
        }
        const fore = anvandarceller(wb);
        const ovrigt = anvandarensOvrigt(wb);
        await adapter.taBort({ markeringar: "alla", sammanstallningar: true });
        expect(anvandarceller(wb)).toEqual(fore);
        expect(anvandarensOvrigt(wb)).toBe(ovrigt);
        expect(tillaggsrester(wb)).toEqual([]);
      }),
      { numRuns: korningar(500) },
    );
  }, 120000);
});
