/**
 * Property: on any goal table held as Excel holds it — numbers with number formats, (%) and (tkr) headers, text pasted
 * from reports, section headings (merged or not), blank rows inside, nämndmål written once and merged down, a
 * målvärde merged over breakdown rows or left blank under the indicator, riktning cells blank, readable or not, a
 * Riket column for `Bättre än riket` — the sheet's live formulas, calculated
 * by the add-in's own functions as Excel calls them, give every row and every nämndmål the status the pane's preview
 * gives; and Ta bort leaves the workbook exactly as it was.
 */
import fc from "fast-check";
import * as adapter from "../../src/taskpane/excel/adapter";
import { Anvandarfel } from "../../src/taskpane/excel/kontext";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { radensOrd } from "../../src/taskpane/visning";
import { installera, lasIn, ogonblick, tillaggsrester, varde } from "./hjalp";
import { adress, formelfel } from "../fake";

type Cell = { v: unknown; f?: string };

const NAMN = [
  "Total sjukfrånvaro",
  "Kvinnor",
  "Män",
  "29 år eller yngre",
  "Andel heltidsanställda",
  "Nettokostnad per invånare",
  "Väntetid till särskilt boende",
  "Nöjda brukare",
  "Resultat mot budget",
];
const MALVARDEN: Cell[] = [
  { v: "≤ 7 %" },
  { v: "Minst 80 %" },
  { v: "Högst 60 dagar" },
  { v: "Budget i balans" },
  { v: "Ökar" },
  { v: "Minska med 10 %" },
  { v: "mellan 5 och 10 %" },
  { v: "Bättre än riket" },
  { v: 0.07, f: "0%" },
  { v: 7, f: "0.0" },
  { v: 65, f: "0" },
  { v: 2300, f: "#,##0" },
  { v: "I.U" },
  { v: null },
];
const UTFALL: Cell[] = [
  { v: 0.062, f: "0.0%" },
  { v: 0.81, f: "0%" },
  { v: 6.3 },
  { v: 0.8 },
  { v: 81.5, f: "0.0" },
  { v: 41, f: '0 "dagar"' },
  { v: 8.1, f: '0.0 "mnkr"' },
  { v: 2310, f: "#,##0" },
  { v: -1250, f: '#,##0 "tkr"' },
  { v: "10,5 %" },
  { v: "I.U" },
  { v: "X" },
  { v: null },
];
const JAMFORELSER: Cell[] = [{ v: 0.065, f: "0.0%" }, { v: 7.1 }, { v: 80 }, { v: null }];
const RIKTNINGAR: Cell[] = [{ v: null }, { v: null }, { v: "lägre är bättre" }, { v: "Högre" }, { v: "bra" }];
const UTFALLSRUBRIKER = ["Utfall", "Andel (%)", "Bokslut 2024", "Utfall (tkr)"];
const MAL = ["Friska medarbetare", "Ekonomi i balans", "Nöjda brukare"];

type Radspec =
  | { typ: "rubrik"; text: string; sammanfogad: boolean }
  | { typ: "tom" }
  | {
      typ: "rad";
      namn: string;
      mal: string | null;
      utfall: Cell;
      fore: Cell;
      malvarde: Cell;
      riktning: Cell;
      jamforelse: Cell;
      sammanfogaMalvarde: boolean;
    };

const radspec: fc.Arbitrary<Radspec> = fc.oneof(
  {
    arbitrary: fc.record({
      typ: fc.constant("rubrik" as const),
      text: fc.constantFrom("Hälsa", "Nämndmål: Friska medarbetare", "Målområde: Ekonomi", "Mål 2: Nöjda brukare"),
      sammanfogad: fc.boolean(),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ typ: "tom" as const }), weight: 1 },
  {
    arbitrary: fc.record({
      typ: fc.constant("rad" as const),
      namn: fc.constantFrom(...NAMN),
      mal: fc.constantFrom(null, null, ...MAL),
      utfall: fc.constantFrom(...UTFALL),
      fore: fc.constantFrom(...UTFALL),
      malvarde: fc.constantFrom(...MALVARDEN),
      riktning: fc.constantFrom(...RIKTNINGAR),
      jamforelse: fc.constantFrom(...JAMFORELSER),
      sammanfogaMalvarde: fc.boolean(),
    }),
    weight: 6,
  },
);

interface Layout {
  namndmalkolumn: boolean;
  /** Each nämndmål merged down over the rows under it that leave it blank, as reports print them. */
  namndmalSammanfogat: boolean;
  riktningskolumn: boolean;
  /** A Riket column: the comparison values a target such as `Bättre än riket` needs. */
  jamforelsekolumn: boolean;
  utfallsrubrik: string;
  rader: Radspec[];
}

const layout: fc.Arbitrary<Layout> = fc.record({
  namndmalkolumn: fc.boolean(),
  namndmalSammanfogat: fc.boolean(),
  riktningskolumn: fc.boolean(),
  jamforelsekolumn: fc.boolean(),
  utfallsrubrik: fc.constantFrom(...UTFALLSRUBRIKER),
  rader: fc.array(radspec, { minLength: 2, maxLength: 14 }),
});

/** The sheet: header in row 1, the rows under it, merged areas as the layout says. */
function ark(l: Layout) {
  const rubriker = [
    ...(l.namndmalkolumn ? ["Nämndmål"] : []),
    "Indikator",
    "Föregående",
    l.utfallsrubrik,
    "Målvärde",
    ...(l.riktningskolumn ? ["Riktning"] : []),
    ...(l.jamforelsekolumn ? ["Riket"] : []),
  ];
  const bredd = rubriker.length;
  const varden: unknown[][] = [rubriker];
  const format: (string | null)[][] = [rubriker.map(() => null)];
  const sammanfogade: string[] = [];
  const m = l.namndmalkolumn ? 1 : 0;
  let malvardeStart = -1;
  l.rader.forEach((r, i) => {
    const rad = i + 1;
    if (r.typ === "tom") {
      varden.push([]);
      format.push([]);
      malvardeStart = -1;
      return;
    }
    if (r.typ === "rubrik") {
      varden.push([r.text]);
      format.push([]);
      if (r.sammanfogad) sammanfogade.push(`A${rad + 1}:${adress({ r: rad, c: bredd - 1, rader: 1, kolumner: 1 })}`);
      malvardeStart = -1;
      return;
    }
    const celler: Cell[] = [
      ...(l.namndmalkolumn ? [{ v: r.mal }] : []),
      { v: r.namn },
      r.fore,
      r.utfall,
      r.malvarde,
      ...(l.riktningskolumn ? [r.riktning] : []),
      ...(l.jamforelsekolumn ? [r.jamforelse] : []),
    ];
    // A breakdown row's målvärde merged with the one above it, as reports print them.
    const kolumn = m + 3;
    if (r.sammanfogaMalvarde && malvardeStart >= 0 && /^(Kvinnor|Män|29)/.test(r.namn)) {
      celler[kolumn] = { v: null };
      const forra = sammanfogade.findIndex((a) =>
        a.startsWith(`${adress({ r: malvardeStart, c: kolumn, rader: 1, kolumner: 1 })}:`),
      );
      if (forra >= 0) sammanfogade.splice(forra, 1);
      sammanfogade.push(adress({ r: malvardeStart, c: kolumn, rader: rad - malvardeStart + 1, kolumner: 1 }));
    } else malvardeStart = r.malvarde.v === null ? -1 : rad;
    varden.push(celler.map((c) => c.v));
    format.push(celler.map((c) => c.f ?? null));
  });
  if (l.namndmalkolumn && l.namndmalSammanfogat) {
    // Runs of data rows: a written nämndmål and the blank ones under it.
    let start = -1;
    const avsluta = (slut: number) => {
      if (start >= 0 && slut > start) sammanfogade.push(`A${start + 1}:A${slut + 1}`);
      start = -1;
    };
    l.rader.forEach((r, i) => {
      const rad = i + 1;
      if (r.typ !== "rad") return avsluta(rad - 1);
      if (r.mal !== null) {
        avsluta(rad - 1);
        start = rad;
      } else if (start < 0) return;
    });
    avsluta(l.rader.length);
  }
  return { varden, format, sammanfogade };
}

describe("the sheet's formulas and the pane agree (property)", () => {
  it("on every row and nämndmål of tables held as Excel holds them, and Ta bort restores the workbook", async () => {
    let bedomda = 0;
    await fc.assert(
      fc.asyncProperty(layout, async (l) => {
        const blad = ark(l);
        const { wb } = installera({ Blad1: blad }, { blad: "Blad1", adress: "A1" });
        const fore = ogonblick(wb);
        let las;
        try {
          las = await lasIn();
        } catch (e) {
          if (e instanceof Anvandarfel) return;
          throw e;
        }
        const { tabell, last, utv } = las;
        if (!utv) return;
        bedomda++;
        const { markering } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
        const status = (markering.status ?? "").replace(/\d.*$/, "");
        const mal = (markering.mal ?? "").replace(/\d.*$/, "");
        for (const r of utv.rader) {
          const a = `${status}${r.rad + 1}`;
          expect([a, r.namn, varde(wb, "Blad1", a)]).toEqual([a, r.namn, radensOrd(r)]);
        }
        for (const m of utv.mal) {
          const a = `${mal}${tabell.placering.rad + 2 + m.rader[0]}`;
          expect([a, m.namndmal, varde(wb, "Blad1", a)]).toEqual([a, m.namndmal, m.status]);
        }
        for (const c of wb.blad[0].celler.values())
          if (typeof c.innehall === "string" && c.innehall.startsWith("="))
            expect(formelfel(c.innehall)).toBeUndefined();
        await adapter.taBort({ markeringar: "alla", sammanstallningar: false });
        expect(tillaggsrester(wb)).toEqual([]);
        expect(ogonblick(wb)).toBe(fore);
      }),
      { numRuns: 300 },
    );
    // Most generated tables are judged: the property reaches its comparison.
    expect(bedomda).toBeGreaterThan(150);
  }, 120000);
});
