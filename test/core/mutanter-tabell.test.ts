/**
 * Tests against the mutants of the goal-table reader (src/core/tabell, issue 19): each asserts the exact result a
 * user sees, never only that something was found. One describe per rule:
 * - rubrik.ts: a header's year, period rank, unit and kind, and the cheap header test;
 * - mappning.ts: periods as utfall and föregående (the year before, never an earlier one), ambiguous roles naming
 *   every candidate, a bare Mål decided by its first 200 cells, roles without a header, how a column's numbers are
 *   read, the user's own mapping, required roles and the kind of table;
 * - talformat.ts: sections and literal text of a number format code;
 * - avsnitt.ts: heading texts and what they name;
 * - rader.ts: headings, titles and goals; breakdown rows; riktning and notes; comparison values; the goals;
 * - avgransning.ts: where a table ends, two-row headers, Excel tables, the region around a cell, untrusted input;
 * - lasArk.ts: what the pane says it read, the order of tables, the user's selection;
 * - tabell.ts: the helpers for plain values.
 * Sheets are built as Excel holds them (test/fixtures/layouter: numbers with their number formats), with the
 * layouts and phrasing of real kommuners' reports.
 */
import { ark, cell, las, pct, TOM, type Cellspec } from "../fixtures/layouter";
import { kanVaraRubrik, lasRubrik } from "../../src/core/tabell/rubrik";
import { mappa } from "../../src/core/tabell/mappning";
import { radAvVarden, type Cellrad } from "../../src/core/tabell/celler";
import { lasTalformat } from "../../src/core/tabell/talformat";
import { avsnittstext, lasRubriktext, slagUtanPrefix } from "../../src/core/tabell/avsnitt";
import {
  arAktivitetstabell,
  arBrytrad,
  bedomIgen,
  hittaKolumner,
  lasArk,
  lasTabellVid,
  rakna,
  sammanfattadeMal,
  utvardera,
  type Lastabell,
} from "../../src/core/tabell/tabell";
import type { Arkutsnitt } from "../../src/core/tabell/ark";
import { arRubrikrad, Rutnat } from "../../src/core/tabell/avgransning";
import type { Cellvarde } from "../../src/core/tal/cell";
import { roller, tabell } from "../fixtures/mappning";

const U = "Uppfyllt" as const;
const D = "Delvis uppfyllt" as const;
const E = "Ej uppfyllt" as const;
const K = "Kan ej bedömas" as const;

const en = (v: number) => cell(v, "0.0");

/** The one table of a sheet built from rows (first row the header), read as the batch command reads it. */
function ettBlad(
  namn: string,
  rader: readonly (readonly Cellspec[])[],
  val: Parameters<typeof ark>[2] = {},
): Lastabell {
  const l = lasArk(
    ark(
      namn,
      rader.map((r) => las(...r)),
      val,
    ).utsnitt,
  );
  expect(l.tabeller).toHaveLength(1);
  return l.tabeller[0];
}

const vid = (utsnitt: Arkutsnitt, rad: number, kolumn: number, rader = 1, kolumner = 1) =>
  lasTabellVid(utsnitt, { rad, kolumn, rader, kolumner });

describe("rubrik.ts: a header's year, period, unit and kind", () => {
  it("takes a number header from 1900 to 2099 as a year, and nothing else", () => {
    expect(lasRubrik(1900)).toEqual({ text: "1900", slag: { typ: "period", rang: 4, prognos: false }, ar: 1900 });
    expect(lasRubrik(2099)).toEqual({ text: "2099", slag: { typ: "period", rang: 4, prognos: false }, ar: 2099 });
    expect(lasRubrik(1899)).toEqual({ text: "1899", slag: { typ: "okand" }, ar: undefined });
    expect(lasRubrik(2100)).toEqual({ text: "2100", slag: { typ: "okand" }, ar: undefined });
    expect(lasRubrik(2020.5)).toEqual({ text: "2020.5", slag: { typ: "okand" }, ar: undefined });
  });

  it("ranks the periods of one year: T1 and Jan–apr 1, T2, Delår and augusti 2, T3 3, the whole year 4", () => {
    const rang = (h: string) => {
      const s = lasRubrik(h).slag;
      return s.typ === "period" ? s.rang : s.typ;
    };
    expect(
      [
        "T1 2024",
        "Tertial 1 2024",
        "Utfall jan-apr 2024",
        "Utfall april 2024",
        "T2 2024",
        "Tertial 2",
        "Delårsrapport 2024",
        "Delårsbokslut",
        "Utfall per 31 augusti 2024",
        "Utfall jan-aug 2024",
        "T3 2023",
        "Tertial 3 2023",
        "Bokslut 2023",
        "Utfall jan-dec 2023",
        "Tertial",
      ].map(rang),
    ).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 4]);
  });

  it("marks a prognosis as one, and an outcome as none", () => {
    expect(lasRubrik("Prognos helår 2024").slag).toEqual({ typ: "period", rang: 4, prognos: true });
    expect(lasRubrik("Helårsprognos").slag).toEqual({ typ: "period", rang: 4, prognos: true });
    expect(lasRubrik("Helårsutfall").slag).toEqual({ typ: "period", rang: 4, prognos: false });
  });

  it("reads the last year of a header (2019/2020 is 2020) and drops it before the words", () => {
    expect(lasRubrik("Utfall 2019/2020")).toMatchObject({ ar: 2020, slag: { typ: "period" } });
    expect(lasRubrik("Mål 2024").slag).toEqual({ typ: "malvarde", tvetydig: false });
    expect(lasRubrik("Målsättning 2024").slag).toEqual({ typ: "malvarde", tvetydig: false });
    expect(lasRubrik("Mål").slag).toEqual({ typ: "malvarde", tvetydig: true });
    expect(lasRubrik("Målsättning").slag).toEqual({ typ: "malvarde", tvetydig: true });
    expect(lasRubrik("Budget 2024")).toEqual({
      text: "Budget 2024",
      slag: { typ: "lamnas", ord: "budget" },
      ar: 2024,
      enhet: undefined,
    });
  });

  it("takes the unit of the first parenthesis that names one, else of the last word (after `i`)", () => {
    expect(lasRubrik("Andel (%) (tkr)")).toMatchObject({ enhet: "%", slag: { typ: "okand" } });
    expect(lasRubrik("Kostnad (kr) (%)")).toMatchObject({ enhet: "kr", slag: { typ: "okand" } });
    expect(lasRubrik("Utfall (tkr)")).toMatchObject({ enhet: "tkr", slag: { typ: "period", rang: 4 } });
    expect(lasRubrik("Resultat, mnkr")).toMatchObject({ enhet: "mnkr", slag: { typ: "period", rang: 4 } });
    expect(lasRubrik("Resultat tkr")).toMatchObject({ enhet: "tkr", slag: { typ: "period" } });
    expect(lasRubrik("Målvärde i procent")).toMatchObject({ enhet: "%", slag: { typ: "malvarde", tvetydig: false } });
    expect(lasRubrik("2023 (%)")).toMatchObject({ enhet: "%", ar: 2023, slag: { typ: "period", rang: 4 } });
    // A unit word alone is no header with a unit: there is nothing before it.
    expect(lasRubrik("tkr")).toEqual({ text: "tkr", slag: { typ: "okand" }, ar: undefined, enhet: undefined });
    expect(lasRubrik("Indikator")).toEqual({
      text: "Indikator",
      slag: { typ: "roll", roll: "indikator" },
      ar: undefined,
      enhet: undefined,
    });
  });

  it("knows Målkoll's own columns and the empty header", () => {
    expect(lasRubrik("Status (Målkoll)")).toEqual({ text: "Status (Målkoll)", slag: { typ: "egen" } });
    expect(lasRubrik("  ")).toEqual({ text: "", slag: { typ: "okand" } });
    expect(lasRubrik(null)).toEqual({ text: "", slag: { typ: "okand" } });
    expect(lasRubrik(true)).toEqual({ text: "", slag: { typ: "okand" } });
  });

  it("the cheap test passes every header the rules know and fails names, numbers and blanks", () => {
    const ja = [
      "Indikator",
      " indikator",
      "2020",
      "(tkr)",
      "Målvä-rde",
      "Mål\u00advärde",
      "Utfall\n2020",
      "Övergripande mål",
      "Fg år",
    ];
    const nej = ["Sjukfrånvaro", "1850", "12", "%", "Ärende", "", "   ", "2020a"];
    expect(ja.map(kanVaraRubrik)).toEqual(ja.map(() => true));
    expect(nej.map(kanVaraRubrik)).toEqual(nej.map(() => false));
  });
});

describe("mappning.ts: periods give utfall and föregående (the year before, never an earlier year)", () => {
  it("takes the year immediately before the utfall's, and leaves the older years alone", () => {
    const m = tabell(["Indikator", "Bokslut 2021", "Bokslut 2022", "Bokslut 2023", "Målvärde 2023"]);
    expect(roller(m)).toEqual({
      indikator: "Indikator",
      foregaende: "Bokslut 2022",
      utfall: "Bokslut 2023",
      malvarde: "Målvärde 2023",
    });
    expect(m.kolumner.map((k) => [k.lamnas, k.skal])).toEqual([
      [false, 'rubriken "Indikator"'],
      [true, 'rubriken "Bokslut 2021": ett annat år eller en annan period, lämnas orörd'],
      [false, 'rubriken "Bokslut 2022": året före utfallets (2023)'],
      [false, 'rubriken "Bokslut 2023": det senaste året'],
      [false, 'rubriken "Målvärde 2023"'],
    ]);
  });

  it("takes the same period a year earlier as föregående where the table has it: like with like", () => {
    const m = tabell(["Indikator", "Bokslut 2023", "Delår 2023", "Delår 2024", "Målvärde"]);
    expect(roller(m)).toEqual({
      indikator: "Indikator",
      foregaende: "Delår 2023",
      utfall: "Delår 2024",
      malvarde: "Målvärde",
    });
    expect(m.kolumner[1]).toMatchObject({ lamnas: true, roll: undefined });
    // Without that period the year before gives its latest one.
    const utan = tabell(["Indikator", "T1 2023", "Bokslut 2023", "Delår 2024", "Målvärde"]);
    expect(roller(utan).foregaende).toBe("Bokslut 2023");
  });

  it("says nothing about a föregående when there is no older year at all", () => {
    const m = tabell(["Indikator", "Utfall 2023", "Målvärde"]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall 2023", malvarde: "Målvärde" });
    expect(m.kolumner[1].skal).toBe('rubriken "Utfall 2023"');
    expect(m.problem).toEqual([]);
  });

  it("a header Föregående wins over the year before; that year is left alone", () => {
    const m = tabell(["Indikator", "Föregående", "Utfall 2023", "Utfall 2024", "Målvärde"]);
    expect(roller(m)).toEqual({
      indikator: "Indikator",
      foregaende: "Föregående",
      utfall: "Utfall 2024",
      malvarde: "Målvärde",
    });
    expect(m.kolumner[2]).toMatchObject({ lamnas: true, roll: undefined });
    expect(m.kolumner[3].skal).toBe('rubriken "Utfall 2024": det senaste året');
  });

  it("a period without a year is the utfall before any year; then no föregående is guessed", () => {
    const m = tabell(["Indikator", "Bokslut 2022", "Utfall", "Målvärde"]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall", malvarde: "Målvärde" });
    expect(m.kolumner[2].skal).toBe('rubriken "Utfall"');
    expect(m.kolumner[1].lamnas).toBe(true);
  });

  it("two Föregående headers are ambiguous, named both, and do not stop the judgement", () => {
    const m = tabell(["Indikator", "Föregående år", "Fg år", "Utfall", "Målvärde"]);
    expect(m.val).toEqual({ indikator: 0, utfall: 3, malvarde: 4 });
    expect(m.problem).toEqual([
      {
        roll: "foregaende",
        slag: "tvetydig",
        kolumner: [1, 2],
        text: 'Två kolumner kan vara Föregående: "Föregående år" och "Fg år" (samma slags rubrik). Välj en under Kolumner.',
        blockerar: false,
      },
    ]);
    expect(m.kolumner[1].skal).toBe("kan vara Föregående (samma slags rubrik)");
    expect(m.kanBedomas).toBe(true);
  });
});

describe("mappning.ts: an ambiguous role names every candidate and why", () => {
  it("three periods of one rank: Flera kolumner, listed with commas and och", () => {
    const m = tabell(["Indikator", "Utfall 2024", "Prognos 2024", "Resultat 2024", "Målvärde"]);
    expect(m.val).toEqual({ indikator: 0, malvarde: 4 });
    expect(m.problem).toEqual([
      {
        roll: "utfall",
        slag: "tvetydig",
        kolumner: [1, 2, 3],
        text: 'Flera kolumner kan vara Utfall: "Utfall 2024", "Prognos 2024" och "Resultat 2024" (utfall och prognos för samma period). Välj en under Kolumner.',
        blockerar: true,
      },
    ]);
  });

  it("two outcomes of one period without a prognosis: samma period", () => {
    const m = tabell(["Indikator", "Utfall T2 2024", "Delår 2024", "Målvärde"]);
    expect(m.problem.map((p) => p.text)).toEqual([
      'Två kolumner kan vara Utfall: "Utfall T2 2024" och "Delår 2024" (samma period). Välj en under Kolumner.',
    ]);
    expect(m.kolumner[1].skal).toBe("kan vara Utfall (samma period)");
  });

  it("a later period of the same year wins without asking: T3 over Delår, the year over T3", () => {
    expect(roller(tabell(["Indikator", "Delår 2023", "T3 2023", "Målvärde"])).utfall).toBe("T3 2023");
    expect(roller(tabell(["Indikator", "T3 2023", "Bokslut 2023", "Målvärde"])).utfall).toBe("Bokslut 2023");
    expect(roller(tabell(["Indikator", "Tertial 1 2024", "Tertial 2 2024", "Målvärde"])).utfall).toBe("Tertial 2 2024");
  });

  it("columns without a header are named by their number", () => {
    const m = tabell([null, null, null], ["Sjukfrånvaro", 5, 7]);
    expect(m.problem[0]).toEqual({
      roll: "utfall",
      slag: "tvetydig",
      kolumner: [1, 2],
      text: "Två kolumner kan vara Utfall: kolumn 2 och kolumn 3 (kolumner med tal utan rubrik som Utfall). Välj en under Kolumner.",
      blockerar: true,
    });
    expect(m.problem[1]).toMatchObject({ roll: "malvarde", slag: "saknas" });
    expect(m.problem[0].text).not.toContain('""');
  });

  it("several comparison columns without one of the utfall's year are ambiguous, not blocking", () => {
    for (const rubriker of [
      ["Indikator", "Riket", "Länet", "Utfall", "Målvärde"],
      ["Indikator", "Riket 2022", "Riket 2023", "Utfall 2024", "Målvärde"],
    ]) {
      const m = tabell(rubriker);
      expect(m.val).toEqual({ indikator: 0, utfall: 3, malvarde: 4 });
      expect(m.problem).toEqual([
        {
          roll: "jamforelse",
          slag: "tvetydig",
          kolumner: [1, 2],
          text: `Två kolumner kan vara Jämförelse: "${rubriker[1]}" och "${rubriker[2]}" (flera jämförelsekolumner). Välj en under Kolumner.`,
          blockerar: false,
        },
      ]);
      expect(m.kolumner[1]).toMatchObject({ lamnas: false, skal: "kan vara Jämförelse (flera jämförelsekolumner)" });
    }
  });

  it("the comparison of the utfall's year names why; the other year is left alone and says so", () => {
    const m = tabell(["Indikator", "Riket 2023", "Riket 2024", "Utfall 2024", "Målvärde"]);
    expect(m.kolumner[2].skal).toBe('rubriken "Riket 2024": jämförelsevärden för utfallets år');
    expect(m.kolumner[1]).toMatchObject({
      lamnas: true,
      skal: 'rubriken "Riket 2023": ett annat års jämförelse, lämnas orörd',
    });
    expect(tabell(["Indikator", "Utfall", "Riket", "Målvärde"]).kolumner[2].skal).toBe(
      'rubriken "Riket": jämförelsevärden',
    );
  });

  it("several målvärden: the utfall's year says so; two of the next year, or none later, are asked", () => {
    const samma = tabell(["Indikator", "Utfall 2023", "Målvärde 2022", "Målvärde 2023", "Målvärde 2024"]);
    expect(roller(samma).malvarde).toBe("Målvärde 2023");
    expect(samma.kolumner[3].skal).toBe('rubriken "Målvärde 2023": samma år som utfallet');
    // The nearest later year, whatever the order of the columns.
    expect(roller(tabell(["Indikator", "Utfall 2023", "Mål 2026", "Mål 2024", "Mål 2025"])).malvarde).toBe("Mål 2024");
    const sammaTva = tabell(["Indikator", "Utfall 2023", "Målvärde 2023", "Mål 2023"]);
    expect(sammaTva.problem.map((p) => [p.roll, p.kolumner])).toEqual([["malvarde", [2, 3]]]);
    const tva = tabell(["Indikator", "Utfall 2023", "Målvärde 2025", "Mål 2025", "Målvärde 2027"]);
    expect(tva.val.malvarde).toBeUndefined();
    expect(tva.problem.map((p) => [p.roll, p.kolumner])).toEqual([["malvarde", [2, 3, 4]]]);
    const tidigare = tabell(["Indikator", "Utfall 2023", "Målvärde 2021", "Målvärde 2022"]);
    expect(tidigare.val.malvarde).toBeUndefined();
    expect(tidigare.problem.map((p) => [p.roll, p.slag, p.kolumner])).toEqual([["malvarde", "tvetydig", [2, 3]]]);
    // Without a year for the utfall there is nothing to choose by.
    const utanAr = tabell(["Indikator", "Utfall", "Målvärde 2023", "Målvärde 2024"]);
    expect(utanAr.problem.map((p) => [p.roll, p.kolumner])).toEqual([["malvarde", [2, 3]]]);
  });
});

describe("mappning.ts: a bare Mål is decided by what most of its first 200 cells read as", () => {
  const mening = "Alla elever ska känna sig trygga i skolan";

  it("numbers are targets; a column of numbers under Mål is the målvärde", () => {
    const m = tabell(["Indikator", "Utfall", "Mål"], ["Heltider", 81, 80], ["Nöjdhet", 86, 90]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall", malvarde: "Mål" });
    expect(m.kolumner[2].skal).toBe('rubriken "Mål": cellerna läses som målvärden');
  });

  it("half targets and half goal sentences is no majority: the column is the nämndmål", () => {
    const m = tabell(
      ["Mål", "Indikator", "Utfall", "Målvärde"],
      ["Minst 90 %", "Trygghet", 0.84, "Minst 90 %"],
      [mening, "Nöjdhet", 0.86, "Minst 90 %"],
    );
    expect(m.val.namndmal).toBe(0);
  });

  it("a target found only inside a sentence does not count as a målvärde cell", () => {
    const m = tabell(
      ["Mål", "Indikator", "Utfall", "Målvärde"],
      ["Minst 90 % av eleverna ska känna sig trygga", "Trygghet", 0.84, "Minst 90 %"],
      ["Minst 90 %", "Nöjdhet", 0.86, "Minst 90 %"],
      ["Brukarna ska vara nöjda med minst 85 %", "Nöjdhet", 0.86, "Minst 90 %"],
    );
    expect(m.val.namndmal).toBe(0);
  });

  it("beside a Målvärde column, a Mål column of targets in sentences is left alone, not a second målvärde", () => {
    const m = tabell(
      ["Nämndmål", "Indikator", "Utfall", "Målvärde", "Mål"],
      ["Trygg skola", "Trygghet åk 5", 0.84, "Minst 90 %", "Minst 90 % av eleverna ska känna sig trygga"],
    );
    expect(roller(m).malvarde).toBe("Målvärde");
    expect(m.kolumner[4]).toMatchObject({
      lamnas: true,
      skal: 'rubriken "Mål": cellerna är mål i meningar och nämndmålet har redan en kolumn; lämnas orörd',
    });
    expect(m.problem).toEqual([]);
  });

  it("headers alone: a bare Mål is taken at its word", () => {
    const m = tabell(["Indikator", "Utfall", "Mål"]);
    expect(roller(m).malvarde).toBe("Mål");
  });

  it("reads exactly the first 200 written cells: blanks are skipped, the 201st does not count", () => {
    // 100 targets and 100 sentences in the first 200 written cells (blank cells between them do not count), then
    // 300 targets: read whole, the column would be targets.
    const celler: Cellvarde[] = [];
    for (let i = 0; i < 100; i++) celler.push("Minst 90 %", null, mening);
    for (let i = 0; i < 300; i++) celler.push("Minst 90 %");
    const m = tabell(["Mål", "Indikator", "Utfall", "Målvärde"], ...celler.map((c) => [c, "Trygghet", 0.8, "90 %"]));
    expect(m.val.namndmal).toBe(0);
    expect(m.val.malvarde).toBe(3);
    expect(m.kolumner[0].skal).toBe('rubriken "Mål": cellerna är mål i meningar, inte målvärden, så nämndmål');
  });
});

describe("mappning.ts: roles no header names", () => {
  it("an utfall by numbers: a column of half numbers is no column of numbers", () => {
    const halv = tabell(
      ["Nyckeltal", "Andel (%)", "Målvärde"],
      ["Sjukfrånvaro", 6.3, "7"],
      ["Heltider", "se text", "80"],
    );
    expect(halv.val.utfall).toBeUndefined();
    const mest = tabell(
      ["Nyckeltal", "Andel (%)", "Målvärde"],
      ["Sjukfrånvaro", 6.3, "7"],
      ["Heltider", "I.U", "80"],
      ["Omsättning", "se text", "8"],
    );
    expect(roller(mest).utfall).toBe("Andel (%)");
  });

  it("an utfall by numbers is never a column of a year, one left alone, or in an activity table", () => {
    // `Antal 2023` names a year but no period; Kommentar is left alone: neither is the utfall.
    const m = tabell(
      ["Indikator", "Antal 2023", "Kommentar", "Andel (%)", "Målvärde"],
      ["Heltider", 412, 3, 81, "Minst 80 %"],
    );
    expect(roller(m).utfall).toBe("Andel (%)");
    expect(m.problem).toEqual([]);
    const akt = tabell(["Aktivitet", "Antal", "Status"], ["Kampanj", 5, "Pågår"]);
    expect(akt.typ).toBe("aktiviteter");
    expect(akt.val).toEqual({ aktivitet: 0, status: 2 });
    expect(akt.kolumner[1]).toMatchObject({ roll: undefined, lamnas: false, skal: "rubriken känns inte igen" });
    expect(akt.problem).toEqual([]);
  });

  it("an utfall by numbers is never a column whose header names another role, even an ambiguous one", () => {
    const m = tabell(
      ["Nyckeltal", "Andel (%)", "Riket", "Länet", "Målvärde"],
      ["Behöriga lärare", 82, 79, 80, "Minst 80 %"],
    );
    expect(roller(m)).toEqual({ indikator: "Nyckeltal", utfall: "Andel (%)", malvarde: "Målvärde" });
    expect(m.problem.map((p) => [p.roll, p.kolumner])).toEqual([["jamforelse", [2, 3]]]);
  });

  it("an indicator by text: the first column of mostly names, with why; never in an activity table", () => {
    const m = tabell([null, "Utfall", "Målvärde"], ["Sjukfrånvaro", 5, 7], ["Heltider", 81, 80]);
    expect(m.val).toEqual({ indikator: 0, utfall: 1, malvarde: 2 });
    expect(m.kolumner[0].skal).toBe("den första kolumnen med namn utan annan roll (kolumn 1)");
    // A column of half names is not mostly names.
    const halv = tabell([null, "Utfall", "Målvärde"], ["Sjukfrånvaro", 5, 7], [12, 81, 80]);
    expect(halv.val.indikator).toBeUndefined();
    expect(halv.problem.map((p) => [p.roll, p.slag, p.blockerar])).toEqual([["indikator", "saknas", false]]);
  });
});

describe("mappning.ts: how a column's numbers are read", () => {
  const rad = (i: number, v: Cellvarde, f: string): Cellrad => ({
    ...radAvVarden(i, ["A", v, "Minst 60 %"]),
    format: ["General", f, "General"],
  });

  it("lists the most common reading first", () => {
    const m = mappa(
      ["Indikator", "Utfall", "Målvärde"],
      [rad(1, 0.5, "0%"), rad(2, 8, '0.0 "mnkr"'), rad(3, 9, '0.0 "mnkr"')],
    );
    expect(m.kolumner[1].skala).toMatchObject({ blandad: true, text: "blandat per cell: mnkr, procent" });
    expect(m.kolumner[1].skala.vanligast).toMatchObject({ faktor: 1, enhetstext: "mnkr", kalla: "format" });
  });

  it("counts only the first 200 number cells", () => {
    const rader = [
      ...Array.from({ length: 100 }, (_, i) => rad(i + 1, 0.5, "0%")),
      ...Array.from({ length: 100 }, (_, i) => rad(i + 101, 8, '0.0 "mnkr"')),
      ...Array.from({ length: 50 }, (_, i) => rad(i + 201, 8, '0.0 "mnkr"')),
    ];
    // 100 and 100 among the first 200: the first reading seen comes first.
    expect(mappa(["Indikator", "Utfall", "Målvärde"], rader).kolumner[1].skala.text).toBe(
      "blandat per cell: procent, mnkr",
    );
  });

  it("a column without numbers says what its header says, or that it is read as written", () => {
    const m = tabell(["Indikator", "Utfall (tkr)", "Målvärde"], ["Resultat", "I.U", "Budget i balans"]);
    expect(m.kolumner.map((k) => k.skala.text)).toEqual(["", "tkr (rubriken)", "text, läses som skriven"]);
    expect(m.kolumner[1].skala).toMatchObject({ blandad: false, vanligast: { enhetstext: "tkr", kalla: "rubrik" } });
    // A column without a value role shows no reading.
    expect(m.kolumner[0].skala).toEqual({ vanligast: { faktor: 1, enhetstext: "" }, blandad: false, text: "" });
  });
});

describe("mappning.ts: the user's own mapping", () => {
  it("drops indices that are no column (fractions, negatives) and says why each other column has no role", () => {
    const m = mappa(["Indikator", "Utfall", "Målvärde", "Kommentar", "Bokslut 2019", "Mål 2022", null, "x"], [], {
      indikator: 0,
      utfall: 1.5,
      malvarde: 2,
      gransvarde: -1,
    });
    expect(m.val).toEqual({ indikator: 0, malvarde: 2 });
    expect(m.kolumner.map((k) => [k.roll ?? null, k.lamnas, k.skal])).toEqual([
      ["indikator", false, "vald av dig"],
      [null, true, 'rubriken "Utfall": ett annat år eller en annan period, lämnas orörd'],
      ["malvarde", false, "vald av dig"],
      [null, true, 'rubriken "Kommentar": lämnas orörd'],
      [null, true, 'rubriken "Bokslut 2019": ett annat år eller en annan period, lämnas orörd'],
      [null, true, 'rubriken "Mål 2022": ett annat års målvärde, lämnas orörd'],
      [null, false, "ingen rubrik"],
      [null, false, "rubriken känns inte igen"],
    ]);
    expect(m.problem).toEqual([
      {
        roll: "utfall",
        slag: "saknas",
        kolumner: [],
        text: "Ingen kolumn för Utfall: ingen rubrik som Utfall, Bokslut, Resultat, Delår, T1, T2, Prognos eller ett årtal. Välj kolumnen under Kolumner.",
        blockerar: true,
      },
    ]);
  });

  it("never turns an Åtgärd column into the activity when the user mapped the table", () => {
    const m = mappa(["Åtgärd", "Status"], [], { status: 1 });
    expect(m.typ).toBe("aktiviteter");
    expect(m.val).toEqual({ status: 1 });
    expect(m.problem).toEqual([
      {
        roll: "aktivitet",
        slag: "saknas",
        kolumner: [],
        text: "Ingen kolumn för Aktivitet: raderna visas utan namn.",
        blockerar: false,
      },
    ]);
    expect(m.kanBedomas).toBe(true);
  });
});

describe("mappning.ts: required roles and the kind of table", () => {
  it("says when the table has no header row at all", () => {
    const m = tabell([null, null], ["Sjukfrånvaro", "se text"]);
    expect(m.problem.find((p) => p.roll === "utfall")?.text).toBe(
      "Ingen kolumn för Utfall: ingen rubrik som Utfall, Bokslut, Resultat, Delår, T1, T2, Prognos eller ett årtal (tabellen har ingen rubrikrad). Välj kolumnen under Kolumner.",
    );
  });

  it("two Status columns without utfall make an activity table that cannot be judged", () => {
    const m = tabell(["Aktivitet", "Status", "Aktivitetsstatus"]);
    expect(m.typ).toBe("aktiviteter");
    expect(m.problem.map((p) => [p.roll, p.slag, p.blockerar])).toEqual([["status", "tvetydig", true]]);
    expect(m.kanBedomas).toBe(false);
  });

  it("a status column beside utfall but no målvärde is an activity table; with both it is an indicator table", () => {
    expect(tabell(["Indikator", "Utfall", "Status"]).typ).toBe("aktiviteter");
    expect(tabell(["Indikator", "Målvärde", "Status"]).typ).toBe("aktiviteter");
    expect(tabell(["Indikator", "Utfall", "Målvärde", "Status"]).typ).toBe("indikatorer");
    expect(tabell(["Indikator", "Utfall", "Målvärde"]).typ).toBe("indikatorer");
  });

  it("an activity table names its activities by an Åtgärder column, saying why", () => {
    const m = tabell(["Åtgärder", "Ansvarig", "Status"]);
    expect(m.val).toEqual({ aktivitet: 0, status: 2 });
    expect(m.kolumner[0]).toMatchObject({
      roll: "aktivitet",
      lamnas: false,
      skal: 'rubriken "Åtgärder": aktiviteterna i en aktivitetstabell',
    });
    expect(m.kolumner[1]).toMatchObject({ roll: undefined, lamnas: true });
  });
});

describe("talformat.ts: sections and literal text of a format code", () => {
  it("a semicolon inside quotes or after a backslash does not end the first section", () => {
    expect(lasTalformat('"Mål; "0.0%')).toEqual({ procent: "andel", enhet: undefined });
    expect(lasTalformat("0.0\\;0.0%")).toEqual({ procent: "andel", enhet: undefined });
    expect(lasTalformat('0.0;0.0" tkr"')).toEqual({});
  });

  it("fill and width characters are no text: `_)` and `*-` before a % say nothing more", () => {
    expect(lasTalformat("0.0%_)")).toEqual({ procent: "andel", enhet: undefined });
    expect(lasTalformat("_%0.0")).toEqual({});
    expect(lasTalformat("*%0.0")).toEqual({});
  });

  it("a comma before any digit placeholder does not scale", () => {
    expect(lasTalformat(',0 "tkr"')).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat('#,##0,,, "mdkr"')).toEqual({ procent: undefined, enhet: "kr" });
    expect(lasTalformat('#,##0,, "tkr"')).toEqual({});
  });

  it("an unquoted % with a literal % is a fraction; [$…] is read, other brackets are not", () => {
    expect(lasTalformat('0.0%" %"')).toEqual({ procent: "andel", enhet: undefined });
    expect(lasTalformat('[>=100]0" tkr"')).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat("[$tkr]0")).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat("[Red]0")).toEqual({});
  });
});

describe("avsnitt.ts: heading texts and what they name", () => {
  it("reads every prefix a kommun writes, with a number, a colon, a dash or only a space after a number", () => {
    expect(
      [
        "Inriktningsmål: Hållbar tillväxt",
        "Kommunfullmäktiges mål – God ekonomisk hushållning",
        "KF mål 3: Trygg uppväxt",
        "Kommunövergripande målområde: Livskvalitet",
        "Fokusområde - Barn och unga",
        "Strategiskt område: Klimat",
        "Verksamhetsmål 2.1 Fler i arbete",
        "Mål 4. Goda arbetsplatser",
      ].map(lasRubriktext),
    ).toEqual([
      { text: "Hållbar tillväxt", slag: "kommunmal" },
      { text: "God ekonomisk hushållning", slag: "kommunmal" },
      { text: "Trygg uppväxt", slag: "kommunmal" },
      { text: "Livskvalitet", slag: "kommunmal" },
      { text: "Barn och unga", slag: "malomrade" },
      { text: "Klimat", slag: "malomrade" },
      { text: "Fler i arbete", slag: "namndmal" },
      { text: "Goda arbetsplatser", slag: "namndmal" },
    ]);
  });

  it("a word that only starts like a prefix, or a prefix without a separator, is no prefix", () => {
    expect(lasRubriktext("Målsättning: fler i arbete")).toEqual({ text: "Målsättning: fler i arbete" });
    expect(lasRubriktext("Målområde Ekonomi")).toEqual({ text: "Målområde Ekonomi" });
    expect(lasRubriktext("  Perspektiv:   Medarbetare  ")).toEqual({ text: "Medarbetare", slag: "malomrade" });
  });

  it("a heading row is one written text cell that is no number and no missing marker", () => {
    const r = (v: Cellvarde[]) => radAvVarden(5, v);
    expect(avsnittstext(r([null, " Medarbetare\u00a0 och  ledarskap ", null]))).toEqual({
      text: "Medarbetare och ledarskap",
      kolumn: 1,
    });
    expect(avsnittstext(r([null, 12, null]))).toBeUndefined();
    expect(avsnittstext(r(["I.U", null]))).toBeUndefined();
    expect(avsnittstext(r(["12,5 %", null]))).toBeUndefined();
    expect(avsnittstext(r(["Ekonomi", "Medarbetare"]))).toBeUndefined();
    expect(avsnittstext(r([null, null]))).toBeUndefined();
  });

  it("a heading without prefix names the målområde, else the nämndmål, else nothing", () => {
    expect(slagUtanPrefix(false, false)).toBe("malomrade");
    expect(slagUtanPrefix(false, true)).toBe("malomrade");
    expect(slagUtanPrefix(true, false)).toBe("namndmal");
    expect(slagUtanPrefix(true, true)).toBeUndefined();
  });
});

describe("rader.ts: headings and titles give the rows below their kommunmål, målområde and nämndmål", () => {
  it("a title above the table, then headings: a new kommunövergripande mål ends the målområde and nämndmål", () => {
    const t = ettBlad("Mål", [
      ["Kommunövergripande mål: Trygg uppväxt"],
      ["Indikator", "Utfall", "Målvärde"],
      ["Målområde: Medarbetare"],
      ["Nämndmål: Goda arbetsplatser"],
      ["Sjukfrånvaro", en(6), en(7)],
      ["Kommunövergripande mål: Hållbar kommun"],
      ["Resultat", en(5), en(0)],
    ]);
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.index, r.rad, r.namn, r.kommunmal, r.malomrade, r.namndmal, r.status])).toEqual([
      [2, 4, "Sjukfrånvaro", "Trygg uppväxt", "Medarbetare", "Goda arbetsplatser", U],
      [4, 6, "Resultat", "Hållbar kommun", undefined, undefined, U],
    ]);
    expect(u.avsnitt).toEqual([
      { index: 0, rad: 2, text: "Målområde: Medarbetare", namn: "Medarbetare", slag: "malomrade" },
      { index: 1, rad: 3, text: "Nämndmål: Goda arbetsplatser", namn: "Goda arbetsplatser", slag: "namndmal" },
      { index: 3, rad: 5, text: "Kommunövergripande mål: Hållbar kommun", namn: "Hållbar kommun", slag: "kommunmal" },
    ]);
    expect(u.hoppade).toEqual([
      { index: 0, rad: 2, skal: "Rubrikrad: Målområde: Medarbetare" },
      { index: 1, rad: 3, skal: "Rubrikrad: Nämndmål: Goda arbetsplatser" },
      { index: 3, rad: 5, skal: "Rubrikrad: Kommunövergripande mål: Hållbar kommun" },
    ]);
    // Only rows with a nämndmål make goals; the goal keeps the kommunmål and målområde it was named under.
    expect(u.mal).toEqual([
      {
        namndmal: "Goda arbetsplatser",
        malomrade: "Medarbetare",
        kommunmal: "Trygg uppväxt",
        status: U,
        motivering: "1 av 1 indikator uppfyllt",
        rader: [2],
        avvikelser: [],
      },
    ]);
    expect(t.beskrivning).toBe("A2:C7, 5 rader varav 3 rubrikrader");
  });

  it("a new målområde in its column ends the nämndmål above, unless a heading just named the nämndmål", () => {
    const t = ettBlad("Mål", [
      ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Medarbetare", "Goda arbetsplatser", "Sjukfrånvaro", en(6), en(7)],
      ["Ekonomi", null, "Resultat", en(5), en(0)],
      ["Nämndmål: Nöjda brukare"],
      ["Verksamhet", null, "Nöjdhet", en(80), en(75)],
      ["Verksamhet", null, "Väntetid", en(20), en(14)],
    ]);
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.namn, r.malomrade, r.namndmal])).toEqual([
      ["Sjukfrånvaro", "Medarbetare", "Goda arbetsplatser"],
      ["Resultat", "Ekonomi", undefined],
      ["Nöjdhet", "Verksamhet", "Nöjda brukare"],
      ["Väntetid", "Verksamhet", "Nöjda brukare"],
    ]);
    expect(u.mal.map((m) => [m.malomrade, m.namndmal, m.status, m.rader])).toEqual([
      ["Medarbetare", "Goda arbetsplatser", U, [0]],
      ["Verksamhet", "Nöjda brukare", D, [3, 4]],
    ]);
    // With both columns, a heading without prefix names nothing: it only divides the table.
    const delar = ettBlad("Mål", [
      ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Medarbetare", "Goda arbetsplatser", "Sjukfrånvaro", en(6), en(7)],
      ["Hälsa"],
      [null, null, "Korttidsfrånvaro", en(2), en(3)],
    ]);
    expect(delar.utvardering!.avsnitt).toEqual([{ index: 1, rad: 2, text: "Hälsa", namn: "Hälsa", slag: undefined }]);
    expect(delar.utvardering!.rader.map((r) => [r.malomrade, r.namndmal])).toEqual([
      ["Medarbetare", "Goda arbetsplatser"],
      ["Medarbetare", "Goda arbetsplatser"],
    ]);
  });

  it("a nämndmål heading right above the first row of a KF-mål column keeps its rows (a bug until issue 19)", () => {
    // Before, the first row's KF-mål cell ended the nämndmål the heading had just named: no row had a nämndmål and no
    // goal was judged.
    const u = ettBlad("Mål", [
      ["KF-mål", "Indikator", "Utfall", "Målvärde"],
      ["Målområde: Medarbetare"],
      ["Nämndmål: Goda arbetsplatser"],
      ["Attraktiv arbetsgivare", "Sjukfrånvaro", en(6), en(7)],
      [null, "Andel heltider", en(78), en(80)],
      ["Hållbar kommun", "Avgångar inom ett år", en(12), en(10)],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.kommunmal, r.malomrade, r.namndmal])).toEqual([
      ["Sjukfrånvaro", "Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser"],
      ["Andel heltider", "Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser"],
      // A new KF-mål in the column, with no heading since, ends them.
      ["Avgångar inom ett år", "Hållbar kommun", undefined, undefined],
    ]);
    expect(u.mal.map((m) => [m.kommunmal, m.malomrade, m.namndmal, m.status, m.rader])).toEqual([
      ["Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser", D, [2, 3]],
    ]);
  });

  it("a goal is named as first written, white space folded", () => {
    const u = ettBlad("Mål", [
      ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
      [" Trygg   vård ", "Nöjdhet", en(80), en(75)],
      ["trygg vård", "Väntetid", en(20), en(14)],
    ]).utvardering!;
    expect(u.rader.map((r) => r.namndmal)).toEqual(["Trygg vård", "Trygg vård"]);
    expect(u.mal.map((m) => [m.namndmal, m.rader])).toEqual([["Trygg vård", [0, 1]]]);
  });

  it("one nämndmål under two målområden is two goals", () => {
    const u = ettBlad("Mål", [
      ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Medborgare", "God kvalitet", "Nöjdhet", en(80), en(75)],
      ["Verksamhet", "God kvalitet", "Väntetid", en(20), en(14)],
    ]).utvardering!;
    expect(u.mal.map((m) => [m.malomrade, m.namndmal, m.status, m.rader])).toEqual([
      ["Medborgare", "God kvalitet", U, [0]],
      ["Verksamhet", "God kvalitet", E, [1]],
    ]);
  });

  it("in an activity table, only a merged, prefixed or off-column row is a heading; an activity alone is judged", () => {
    const t = ettBlad(
      "Aktiviteter",
      [
        ["Aktivitet", "Ansvarig", "Status"],
        ["Trygg vård"],
        ["Ny rutin för läkemedel", "MAS", "Genomförd"],
        [null, "Ekonomi"],
        ["Rekryteringskampanj", "HR", "Pågår"],
        ["Mål 2: Goda arbetsplatser"],
        ["Introduktionsprogram", null, "Ej påbörjad"],
        ["Utbildning i dokumentation"],
      ],
      { sammanfogade: ["A2:C2"] },
    );
    const u = t.utvardering!;
    expect(u.avsnitt.map((a) => [a.index, a.namn, a.slag])).toEqual([
      [0, "Trygg vård", "malomrade"],
      [2, "Ekonomi", "malomrade"],
      [4, "Goda arbetsplatser", "namndmal"],
    ]);
    expect(u.rader.map((r) => [r.index, r.namn, r.malomrade, r.namndmal, r.aktivitetsstatus, r.status])).toEqual([
      [1, "Ny rutin för läkemedel", "Trygg vård", undefined, "Genomförd", U],
      [3, "Rekryteringskampanj", "Ekonomi", undefined, "Pågår", D],
      [5, "Introduktionsprogram", "Ekonomi", "Goda arbetsplatser", "Ej påbörjad", E],
      [6, "Utbildning i dokumentation", "Ekonomi", "Goda arbetsplatser", "Okänd", K],
    ]);
    expect(u.rader[3].motivering).toBe(
      "Statusen är tom: skriv Genomförd, Pågår, Planerad, Delvis genomförd, Ej påbörjad, Pausad, Försenad, Inställd, Ej genomförd eller Utgår",
    );
    expect(u.rader[0].motivering).toBe("Aktiviteten: Genomförd");
    expect(u.mal).toEqual([
      {
        namndmal: "Goda arbetsplatser",
        malomrade: "Ekonomi",
        kommunmal: undefined,
        status: E,
        motivering: "1 av 2 aktiviteter ej påbörjad, 1 med okänd status",
        rader: [5, 6],
        avvikelser: [],
      },
    ]);
    expect(t.beskrivning).toBe("A1:C8, 7 rader varav 3 rubrikrader");
  });

  it("a row whose only cell is a number or a missing marker is a row to judge, not a heading", () => {
    const u = ettBlad("Mål", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Sjukfrånvaro", en(6), en(7)],
      ["I.U", null, null],
      [12, null, null],
    ]).utvardering!;
    expect(u.avsnitt).toEqual([]);
    expect(u.rader.map((r) => [r.index, r.namn, r.status])).toEqual([
      [0, "Sjukfrånvaro", U],
      [1, "I.U", K],
      [2, "12", K],
    ]);
  });
});

describe("rader.ts: breakdown rows belong to the indicator above", () => {
  it("a breakdown right under a heading has no indicator to belong to: it is an indicator of its own", () => {
    const u = ettBlad("Personal", [
      ["Indikator", "Utfall", "Målvärde", "Gränsvärde"],
      ["Sjukfrånvaro", en(7.5), "Högst 7", en(8)],
      ["Kvinnor", en(7.9), null, en(7.2)],
      ["Ekonomi"],
      ["Kvinnor", en(5), "Högst 7", null],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.index, r.namn, r.brytrad, r.indikator, r.malomrade, r.status, r.arvda])).toEqual([
      [0, "Sjukfrånvaro", false, undefined, undefined, D, undefined],
      // Its own gränsvärde stays its own: only the målvärde is the indicator's.
      [1, "Kvinnor", true, "Sjukfrånvaro", undefined, E, ["malvarde"]],
      [3, "Kvinnor", false, undefined, "Ekonomi", U, undefined],
    ]);
    expect(u.rader[1].motivering).toBe("Utfallet 7,9 är högre än målvärdet 7 (gränsvärde 7,2)");
    expect(u.rader[1].kallor).toEqual({
      utfall: { rad: 2, kolumn: 1 },
      malvarde: { rad: 1, kolumn: 2 },
      gransvarde: { rad: 2, kolumn: 3 },
    });
    expect(u.rader[1].varden).toEqual({ utfall: 7.9, malvarde: "Högst 7", gransvarde: 7.2 });
  });

  it("a breakdown label right under a heading that names the key figure takes its riktning from the heading", () => {
    const u = ettBlad("Personal", [
      ["Nyckeltal", "2024", "Målvärde"],
      ["Sjukfrånvaro (%)"],
      ["Kvinnor", en(9.5), en(7)],
      ["Män", en(5.1), en(7)],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.brytrad, r.riktning, r.status])).toEqual([
      ["Kvinnor", false, "lagre", E],
      ["Män", true, "lagre", U],
    ]);
  });

  it("a heading that names a goal never gives a Totalt row its riktning", () => {
    const u = ettBlad("Mål", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Målområde: Hälsa och sjukfrånvaro"],
      ["Totalt", en(74), en(80)],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.malomrade, r.riktning, r.status])).toEqual([
      ["Totalt", "Hälsa och sjukfrånvaro", "hogre", D],
    ]);
  });

  it("a second breakdown takes the indicator's målvärde, not the one the breakdown above has of its own", () => {
    const u = ettBlad("Personal", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Sjukfrånvaro", en(6.5), en(7)],
      ["Kvinnor", en(7.8), en(8)],
      ["Män", en(7.5), null],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.status, r.varden.malvarde, r.arvda])).toEqual([
      ["Sjukfrånvaro", U, 7, undefined],
      ["Kvinnor", U, 8, undefined],
      ["Män", D, 7, ["malvarde"]],
    ]);
    expect(u.rader[2].kallor.malvarde).toEqual({ rad: 1, kolumn: 2 });
  });

  it("a breakdown takes nothing from an indicator without a målvärde, and only the roles the table has", () => {
    const u = ettBlad("Personal", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Sjukfrånvaro", en(6.5), null],
      ["Kvinnor", en(7.8), null],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.status, r.arvda, r.kallor.malvarde])).toEqual([
      ["Sjukfrånvaro", K, undefined, { rad: 1, kolumn: 2 }],
      ["Kvinnor", K, undefined, { rad: 2, kolumn: 2 }],
    ]);
  });

  it("a breakdown follows the riktning the user chose for its indicator, not one set on itself", () => {
    const { utsnitt } = ark(
      "Personal",
      [
        las("Indikator", "Utfall", "Målvärde"),
        las("Andel heltider", en(60), en(65)),
        las("Kvinnor", en(66), null),
        las("Sjukfrånvaro", en(6), en(7)),
      ].map((r) => r),
    );
    const t = vid(utsnitt, 1, 0).tabell!;
    expect(t.utvardering!.rader.map((r) => [r.namn, r.brytrad, r.riktning, r.status])).toEqual([
      ["Andel heltider", false, "hogre", D],
      ["Kvinnor", true, "hogre", U],
      ["Sjukfrånvaro", false, "lagre", U],
    ]);
    const lagre = bedomIgen(t, { riktningar: new Map([[0, "lagre" as const]]) });
    expect(lagre.utvardering!.rader.map((r) => [r.riktning, r.status])).toEqual([
      ["lagre", U],
      ["lagre", D],
      ["lagre", U],
    ]);
    expect(lagre.utvardering!.rader[1].motivering).toBe(
      "Utfallet 66 är högre än målvärdet 65 men inom gränsvärdet 71,5",
    );
    // A choice on the breakdown row itself is not its own: it follows its indicator's.
    const egen = bedomIgen(t, { riktningar: new Map([[1, "lagre" as const]]) });
    expect(egen.utvardering!.rader.map((r) => r.riktning)).toEqual(["hogre", "hogre", "lagre"]);
  });

  it("names a row by the Aktivitet column when the user maps one in an indicator table", () => {
    const { utsnitt } = ark("Mål", [las("Namn", "Utfall", "Målvärde"), las("Andel heltider", en(60), en(65))]);
    const t = vid(utsnitt, 1, 1).tabell!;
    const satt = bedomIgen(t, { kolumnval: { aktivitet: 0, utfall: 1, malvarde: 2 } });
    expect(satt.mappning.typ).toBe("indikatorer");
    expect(satt.utvardering!.rader.map((r) => [r.namn, r.status, r.aktivitetsstatus])).toEqual([
      ["Andel heltider", D, undefined],
    ]);
  });

  it("recognises the breakdown labels of real reports, and never a long name or a number", () => {
    expect(
      ["därav män", "– Kvinnor", "Varav flickor", "  Pojkar ", "50 år eller äldre", "30–49 år", "upp till 29 år"].map(
        arBrytrad,
      ),
    ).toEqual([true, true, true, true, true, true, true]);
    expect(
      [
        "Kvinnor och män i chefsposition, andel",
        "Kvinnors sjukfrånvaro",
        "-Kvinnor",
        "49",
        "Flickor och pojkar",
        "varav",
      ].map(arBrytrad),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe("rader.ts: activities", () => {
  it("an activity named like a breakdown is an activity of its own and counts in its goal", () => {
    const u = ettBlad("Aktiviteter", [
      ["Nämndmål", "Aktivitet", "Status"],
      ["Jämställd rekrytering", "Chefsutbildning", "Genomförd"],
      [null, "Kvinnor", "Pågår"],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.brytrad, r.indikator])).toEqual([
      ["Chefsutbildning", false, undefined],
      ["Kvinnor", false, undefined],
    ]);
    expect(u.mal.map((m) => [m.status, m.rader])).toEqual([[D, [0, 1]]]);
  });

  it("an activity whose name is merged down over two rows, without a status, is an activity, not a heading", () => {
    const u = ettBlad(
      "Aktiviteter",
      [
        ["Aktivitet", "Ansvarig", "Status"],
        ["Ny rutin för läkemedel", "MAS", "Genomförd"],
        ["Utbildning i dokumentation för all personal i hemtjänsten", null, null],
        [null, null, null],
      ],
      { sammanfogade: ["A3:A4"] },
    ).utvardering!;
    expect(u.avsnitt).toEqual([]);
    expect(u.rader.map((r) => [r.index, r.aktivitetsstatus])).toEqual([
      [0, "Genomförd"],
      [1, "Okänd"],
    ]);
  });
});

describe("rader.ts: riktning, comparison values and the user's own judgement on a row", () => {
  it("an unknown riktning and a differing own judgement are both noted, the riktning first", () => {
    const u = ettBlad("Jämförelse", [
      ["Indikator", "Utfall", "Riket", "Målvärde", "Riktning", "Bedömning"],
      ["Andel behöriga lärare", pct(0.8), "I.U", "Bättre än riket", "Neutral", "Uppfyllt"],
      ["Andel godkända", pct(0.8), pct(0.75), "Bättre än riket", null, "Delvis"],
    ]).utvardering!;
    expect(u.rader[0]).toMatchObject({
      status: K,
      motivering: "Jämförelsevärden saknas",
      egenStatus: U,
      egenBedomning: "Uppfyllt",
      varden: { utfall: "80 %", jamforelse: "I.U", malvarde: "Bättre än riket" },
    });
    expect(u.rader[0].anmarkning).toBe(
      'Okänd riktning "Neutral" i kolumnen Riktning: raden bedömdes med riktningen "högre är bättre" (från målvärdet eller indikatorns namn). Skriv "högre är bättre" eller "lägre är bättre" (eller Högre/Lägre, Öka/Minska), eller välj riktningen för raden här. Er bedömning: Uppfyllt; Målkoll: Kan ej bedömas – Jämförelsevärden saknas',
    );
    expect(u.rader[1]).toMatchObject({ status: U, egenStatus: D, egenBedomning: "Delvis" });
    expect(u.rader[1].anmarkning).toBe(`Er bedömning: Delvis uppfyllt; Målkoll: Uppfyllt – ${u.rader[1].motivering}`);
  });
});

describe("rader.ts: where a row's values are read from", () => {
  it("each cell is read by its own number format: a fraction formatted as %, mnkr, % as literal text", () => {
    const u = ettBlad("Indikatorer", [
      ["Indikator", "Utfall 2023", "Utfall 2024", "Målvärde 2024"],
      ["Total sjukfrånvaro", pct(0.079), pct(0.081), "Högst 7 %"],
      ["Ekonomiskt resultat", cell(-25.2, '0.0 "mnkr"'), cell(8, '0.0 "mnkr"'), "Budget i balans"],
      ["Andel heltidsanställda", cell(58.5, '0.0" %"'), cell(58.9, '0.0" %"'), pct(0.65, "0%")],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.varden, r.status])).toEqual([
      ["Total sjukfrånvaro", { foregaende: "7.9 %", utfall: "8.1 %", malvarde: "Högst 7 %" }, E],
      ["Ekonomiskt resultat", { foregaende: "-25.2 mnkr", utfall: "8 mnkr", malvarde: "Budget i balans" }, U],
      ["Andel heltidsanställda", { foregaende: "58.5 %", utfall: "58.9 %", malvarde: "65 %" }, D],
    ]);
    expect(u.rader.map((r) => [r.omvandling.utfall, r.omvandling.malvarde])).toEqual([
      [
        { faktor: 100, enhetstext: "%", kalla: "format" },
        { faktor: 1, enhetstext: "" },
      ],
      [
        { faktor: 1, enhetstext: "mnkr", kalla: "format" },
        { faktor: 1, enhetstext: "" },
      ],
      [
        { faktor: 1, enhetstext: "%", kalla: "format" },
        { faktor: 100, enhetstext: "%", kalla: "format" },
      ],
    ]);
  });

  it("a table away from A1 gives each value the sheet cell it came from, and indices from the row under the header", () => {
    const t = ettBlad("Mål", [
      [],
      [],
      [null, "Indikator", "Utfall", "Målvärde"],
      [null, "Sjukfrånvaro", en(6), en(7)],
      [null, "Kvinnor", en(8), null],
      [null, "Indikator", "Utfall", "Målvärde"],
      [null, "Heltider", en(80), en(70)],
    ]);
    expect(t.adress).toBe("'Mål'!B3:D7");
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.index, r.rad, r.namn, r.brytrad, r.kallor])).toEqual([
      [0, 3, "Sjukfrånvaro", false, { utfall: { rad: 3, kolumn: 2 }, malvarde: { rad: 3, kolumn: 3 } }],
      [1, 4, "Kvinnor", true, { utfall: { rad: 4, kolumn: 2 }, malvarde: { rad: 3, kolumn: 3 } }],
      [3, 6, "Heltider", false, { utfall: { rad: 6, kolumn: 2 }, malvarde: { rad: 6, kolumn: 3 } }],
    ]);
    expect(u.hoppade).toEqual([{ index: 2, rad: 5, skal: "Rubrikraden upprepas" }]);
  });
});

describe("avgransning.ts: where a table ends", () => {
  it("a new header row right under the last row starts the next table", () => {
    const l = lasArk(
      ark("Delår", [
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(5), "Högst 7"),
        las("Nyckeltal", "Bokslut 2023", "Målnivå"),
        las("Heltider", en(80), "Minst 75"),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.beskrivning, t.celler.rubriker])).toEqual([
      ["'Delår'!A1:C2", "A1:C2, 1 rad", ["Indikator", "Utfall", "Målvärde"]],
      ["'Delår'!A3:C4", "A3:C4, 1 rad", ["Nyckeltal", "Bokslut 2023", "Målnivå"]],
    ]);
    expect(l.tabeller.map((t) => t.utvardering!.rader.map((r) => [r.namn, r.status]))).toEqual([
      [["Sjukfrånvaro", U]],
      [["Heltider", U]],
    ]);
  });

  it("a row after a blank row that writes left of the table's columns is another region", () => {
    const { utsnitt } = ark("Mål", [
      las(null, "Indikator", "Utfall", "Målvärde"),
      las(null, "Sjukfrånvaro", en(5), "Högst 7"),
      TOM,
      las("Not", "Heltider", en(80), "Minst 75"),
    ]);
    expect(lasArk(utsnitt).tabeller.map((t) => t.adress)).toEqual(["'Mål'!B1:D2"]);
    expect(vid(utsnitt, 1, 1).tabell!.adress).toBe("'Mål'!B1:D2");
  });

  it("a title with a blank row before the next header ends the table above; the title goes to that header", () => {
    const l = lasArk(
      ark("Mål", [
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(5), "Högst 7"),
        TOM,
        las("Målområde: Ekonomi"),
        TOM,
        las("Indikator", "Utfall", "Målvärde"),
        las("Resultat", en(5), "Minst 0"),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.celler.ovanfor])).toEqual([
      ["'Mål'!A1:C2", []],
      ["'Mål'!A6:C7", ["Målområde: Ekonomi"]],
    ]);
    expect(l.tabeller[1].utvardering!.rader.map((r) => [r.namn, r.malomrade])).toEqual([["Resultat", "Ekonomi"]]);
  });

  it("a title is read only from the rows right above the header, above the table before it", () => {
    const l = lasArk(
      ark("Mål", [
        las("Kommunövergripande mål: Trygg uppväxt"),
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(5), "Högst 7"),
        TOM,
        TOM,
        las("Indikator", "Utfall", "Målvärde"),
        las("Resultat", en(5), "Minst 0"),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.celler.ovanfor])).toEqual([
      ["'Mål'!A2:C3", ["Kommunövergripande mål: Trygg uppväxt"]],
      ["'Mål'!A6:C7", []],
    ]);
    expect(l.tabeller[1].utvardering!.rader[0].kommunmal).toBeUndefined();
  });

  it("a heading that ends the table above is not the title of the next table", () => {
    const l = lasArk(
      ark("Mål", [
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(5), "Högst 7"),
        las("Målområde: Ekonomi"),
        TOM,
        TOM,
        las("Indikator", "Utfall", "Målvärde"),
        las("Resultat", en(5), "Minst 0"),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.celler.ovanfor])).toEqual([
      ["'Mål'!A1:C3", []],
      ["'Mål'!A6:C7", []],
    ]);
    expect(l.tabeller[1].utvardering!.rader[0].malomrade).toBeUndefined();
  });

  it("header words spread over separate one-column stretches make no table", () => {
    const l = lasArk(ark("Anteckningar", [las("Indikator", null, "Målvärde"), las("Se bilaga")]).utsnitt);
    expect(l.tabeller).toEqual([]);
    expect(l.meddelanden).toEqual([
      "Ingen måltabell hittades på bladet Anteckningar: ingen rubrikrad med till exempel Indikator, Utfall och Målvärde.",
    ]);
  });
});

describe("avgransning.ts: what makes a header row", () => {
  const ar = (...celler: Cellvarde[]) => {
    const rutnat = new Rutnat(ark("Blad1", [las(...celler)]).utsnitt);
    return arRubrikrad(rutnat, 0, 0, rutnat.bredd - 1);
  };

  it("two known headers, one a word that names a role or period and one a value column", () => {
    expect(ar("Indikator", 2023)).toBe(true);
    expect(ar("Aktivitet", "Status")).toBe(true);
    expect(ar("Kommentar", "Analys", "Utfall")).toBe(true);
    expect(ar("Nyckeltal", "Målvärde")).toBe(true);
    expect(ar("Nyckeltal", "Fg år")).toBe(true);
  });

  it("years alone, a role without a value column, one known header or Målkoll's own columns are none", () => {
    expect(ar(2022, 2023)).toBe(false);
    expect(ar("2022", "2023")).toBe(false);
    expect(ar("Indikator", "Kommentar")).toBe(false);
    expect(ar("Indikator", "Nämndmål")).toBe(false);
    expect(ar("Indikator", "Sjukfrånvaro")).toBe(false);
    expect(ar("Kommentar", 2023)).toBe(false);
    expect(ar("Indikator", "Status (Målkoll)", "Målstatus (Målkoll)")).toBe(false);
  });
});

describe("avgransning.ts: the columns of a table", () => {
  it("a column without a header belongs to the table when it holds data right under the header", () => {
    const t = ettBlad("Mål", [
      ["Indikator", "Utfall", "Målvärde", null],
      ["Sjukfrånvaro", en(6), en(7), "Se analys"],
    ]);
    expect(t.adress).toBe("'Mål'!A1:D2");
    expect(t.mappning.kolumner[3]).toMatchObject({ rubrik: "", roll: undefined, skal: "ingen rubrik" });
  });

  it("a name column merged over two sheet columns in every row is one column of the table (a bug until issue 19)", () => {
    // Before, column B (merged away in every row) split the header row: the table was read as C1:D3 without its
    // names, so Sjukfrånvaro was judged as higher is better: Ej uppfyllt.
    const { utsnitt } = ark(
      "Mål",
      [
        las("Indikator", null, "Utfall 2024", "Målvärde 2024"),
        las("Sjukfrånvaro", null, en(6), en(7)),
        las("Andel heltidsanställda", null, en(81), en(80)),
      ],
      { sammanfogade: ["A1:B1", "A2:B2", "A3:B3"] },
    );
    const t = lasArk(utsnitt).tabeller;
    expect(t.map((x) => [x.adress, x.mappning.val, x.mappning.problem])).toEqual([
      ["'Mål'!A1:D3", { indikator: 0, utfall: 2, malvarde: 3 }, []],
    ]);
    expect(t[0].utvardering!.rader.map((r) => [r.namn, r.riktning, r.status])).toEqual([
      ["Sjukfrånvaro", "lagre", U],
      ["Andel heltidsanställda", "hogre", U],
    ]);
    // The pane reads the same table from a name cell.
    expect(vid(utsnitt, 2, 0).tabell!.adress).toBe("'Mål'!A1:D3");
  });

  it("a header merged over two columns is no two-row header when the row under it is blank", () => {
    const t = ettBlad("Mål", [["Indikator", null, "Utfall", "Målvärde"], [], ["Sjukfrånvaro", null, en(6), en(7)]], {
      sammanfogade: ["A1:B1"],
    });
    expect(t.celler.rubrikrader).toBe(1);
    expect([t.adress, t.beskrivning]).toEqual(["'Mål'!A1:D3", "A1:D3, 1 rad; 1 tom rad hoppades över"]);
    expect(t.utvardering!.rader.map((r) => [r.index, r.namn, r.status])).toEqual([[1, "Sjukfrånvaro", U]]);
  });

  it("a source line after a blank row is left out, also when rows after an earlier blank row belong", () => {
    const t = ettBlad("Mål", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Sjukfrånvaro", en(6), en(7)],
      [],
      ["Heltider", en(81), en(80)],
      [],
      ["Källa: Kolada och egen uppföljning"],
    ]);
    expect([t.adress, t.beskrivning]).toEqual(["'Mål'!A1:C4", "A1:C4, 2 rader; 1 tom rad hoppades över"]);
  });
});

describe("avgransning.ts: a header on two rows", () => {
  it("`Utfall` merged over `2022 | 2023`, with Indikator written in the lower row, is read as one header", () => {
    const t = ettBlad(
      "Bokslut",
      [
        [null, "Utfall", null, "Målvärde"],
        ["Indikator", 2022, 2023, null],
        ["Sjukfrånvaro", en(8), en(6), en(7)],
      ],
      { sammanfogade: ["B1:C1"] },
    );
    expect(t.celler.rubrikrader).toBe(2);
    expect(t.celler.rubriker).toEqual(["Indikator", "Utfall 2022", "Utfall 2023", "Målvärde"]);
    expect(t.mappning.val).toEqual({ indikator: 0, foregaende: 1, utfall: 2, malvarde: 3 });
    expect(t.beskrivning).toBe("A1:D3, 1 rad");
    expect(t.utvardering!.rader.map((r) => [r.index, r.rad, r.namn, r.status, r.varden])).toEqual([
      // Indices count from the row under the first header row, as the write plan places its formulas.
      [1, 2, "Sjukfrånvaro", U, { utfall: 6, foregaende: 8, malvarde: 7 }],
    ]);
  });

  it("a lower row with a word no header has is a row of data, not the header's second row", () => {
    const t = ettBlad(
      "Bokslut",
      [
        ["Indikator", "Utfall", null, "Målvärde"],
        [null, "Totalt", 2023, null],
        ["Sjukfrånvaro", en(8), en(6), en(7)],
      ],
      { sammanfogade: ["B1:C1"] },
    );
    expect(t.celler.rubrikrader).toBe(1);
    expect(t.celler.rubriker).toEqual(["Indikator", "Utfall", null, "Målvärde"]);
    expect(t.beskrivning).toBe("A1:D3, 2 rader");
  });

  it("an Excel table with a two-row header is read the same way", () => {
    const t = ettBlad(
      "Bokslut",
      [
        ["Indikator", "Utfall", null, "Målvärde"],
        [null, 2022, 2023, null],
        ["Sjukfrånvaro", en(8), en(6), en(7)],
      ],
      { sammanfogade: ["B1:C1"], tabeller: [{ namn: "Bokslut", omrade: "A1:D3" }] },
    );
    expect(t.excelTabell).toBe("Bokslut");
    expect(t.celler.rubrikrader).toBe(2);
    expect(t.celler.rubriker).toEqual(["Indikator", "Utfall 2022", "Utfall 2023", "Målvärde"]);
    expect(t.utvardering!.rader.map((r) => [r.rad, r.status])).toEqual([[2, U]]);
  });

  it("a selection of the header rows and one row reads the two-row header; of the header rows alone, one row", () => {
    const { utsnitt } = ark(
      "Bokslut",
      [
        las("Indikator", "Utfall", null, "Målvärde"),
        las(null, 2022, 2023, null),
        las("Sjukfrånvaro", en(8), en(6), en(7)),
      ],
      { sammanfogade: ["B1:C1"] },
    );
    const alla = vid(utsnitt, 0, 0, 3, 4).tabell!;
    expect([alla.adress, alla.celler.rubrikrader, alla.celler.rubriker]).toEqual([
      "Bokslut!A1:D3",
      2,
      ["Indikator", "Utfall 2022", "Utfall 2023", "Målvärde"],
    ]);
    const tva = vid(utsnitt, 0, 0, 2, 4).tabell!;
    expect([tva.adress, tva.celler.rubrikrader, tva.celler.rubriker]).toEqual([
      "Bokslut!A1:D2",
      1,
      ["Indikator", "Utfall", null, "Målvärde"],
    ]);
  });
});

describe("avgransning.ts: Excel tables", () => {
  it("an Excel table that starts with Målkoll's own column is not read as an Excel table", () => {
    const l = lasArk(
      ark(
        "Mål",
        [las("Status (Målkoll)", "Indikator", "Utfall", "Målvärde"), las(null, "Sjukfrånvaro", en(8), "Högst 7")],
        { tabeller: [{ namn: "Tabell1", omrade: "A1:D2" }] },
      ).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.excelTabell])).toEqual([["'Mål'!B1:D2", undefined]]);
    expect(l.meddelanden).toEqual([]);
  });

  it("an Excel table outside the part of the sheet read is skipped; one cut by its edge is read to the edge", () => {
    const rader = [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(8), "Högst 7")];
    const { utsnitt } = ark("Mål", rader, {
      tabeller: [
        { namn: "Utanfor", omrade: "A40:C41" },
        { namn: "Stor", omrade: "A1:E90" },
      ],
    });
    const l = lasArk(utsnitt);
    expect(l.tabeller.map((t) => [t.adress, t.excelTabell, t.beskrivning])).toEqual([
      ["'Mål'!A1:C2", "Stor", "A1:C2, 1 rad"],
    ]);
    // Nothing is said about the table outside: it was not read at all.
    expect(l.meddelanden).toEqual([]);
  });

  it("an Excel table without a name is named by the empty text, and the sheet says why it was not read", () => {
    const u = ark("Blad1", [las("Namn", "Värde"), las("Sjukfrånvaro", 6)], { tabeller: [] }).utsnitt;
    const utanNamn: Arkutsnitt = {
      ...u,
      tabeller: [{ namn: null as unknown as string, omrade: { rad: 0, kolumn: 0, rader: 2, kolumner: 2 } }],
    };
    expect(lasArk(utanNamn).meddelanden).toEqual([
      'Excel-tabellen "" (Blad1!A1:B2) lästes inte: ingen rubrik som Indikator, Utfall, Målvärde eller Status.',
    ]);
  });
});

describe("avgransning.ts: the region around a cell when no header is known", () => {
  const { utsnitt } = ark("Blad1", [
    las("Namn", "Värde", "Krav"),
    las("Sjukfrånvaro", en(6), "Högst 7"),
    TOM,
    las("Heltider", en(81), "Minst 80"),
  ]);

  it.each([
    [0, 0],
    [0, 2],
    [1, 2],
    [3, 2],
  ])("from cell (%i, %i) is the whole region across the blank row", (r, c) => {
    const t = vid(utsnitt, r, c).tabell!;
    expect([t.adress, t.beskrivning, t.mappning.kanBedomas]).toEqual([
      "Blad1!A1:C4",
      "A1:C4, 2 rader; 1 tom rad hoppades över",
      false,
    ]);
  });

  it("takes in a name merged over two columns from any cell (a bug until issue 19)", () => {
    // Before, the merged-away column B counted as empty: from A2 the region was A1:A3, from C2 it was C1:D3.
    const { utsnitt: u } = ark(
      "Blad1",
      [
        las("Namn", null, "Värde", "Krav"),
        las("Sjukfrånvaro", null, en(6), "Högst 7"),
        las("Andel heltider", null, en(81), "Minst 80"),
      ],
      { sammanfogade: ["A1:B1", "A2:B2", "A3:B3"] },
    );
    for (const [r, c] of [
      [1, 0],
      [1, 2],
      [2, 3],
    ]) {
      const t = vid(u, r, c).tabell!;
      expect([t.adress, t.mappning.val]).toEqual(["Blad1!A1:D3", { indikator: 0, utfall: 2 }]);
    }
  });

  it("does not take in a row beyond the blank row that writes outside the columns, nor a header of its own", () => {
    const { utsnitt: u } = ark("Blad1", [
      las("Namn", "Värde", "Krav"),
      las("Sjukfrånvaro", en(6), "Högst 7"),
      TOM,
      las("Heltider", en(81), "Minst 80", "Not"),
    ]);
    expect(vid(u, 0, 0).tabell!.adress).toBe("Blad1!A1:C2");
    const { utsnitt: h } = ark("Blad1", [
      las("Namn", "Värde", "Krav"),
      las("Sjukfrånvaro", en(6), "Högst 7"),
      TOM,
      las("Indikator", "Utfall", "Målvärde"),
      las("Heltider", en(81), "Minst 80"),
    ]);
    expect(vid(h, 0, 0).tabell!.adress).toBe("Blad1!A1:C2");
  });
});

describe("avgransning.ts: a sheet from someone else's file", () => {
  it("reads no rows from values that are no array, and a start that is no whole number as 0", () => {
    const skrap = {
      blad: "Skräp",
      rad: 1.5,
      kolumn: "B",
      varden: "A1:C3",
      format: null,
      sammanfogade: {},
      tabeller: 7,
    };
    const l = lasArk(skrap as unknown as Arkutsnitt);
    expect(l).toEqual({
      blad: "Skräp",
      tabeller: [],
      meddelanden: [
        "Ingen måltabell hittades på bladet Skräp: ingen rubrikrad med till exempel Indikator, Utfall och Målvärde.",
      ],
    });
    const { utsnitt } = ark("Mål", [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(6), en(7))]);
    const skrap2 = ark("Mål", [las("Indikator", "Utfall", "Målvärde"), las(null, en(6), en(7))]).utsnitt;
    const medObjekt = { ...skrap2, varden: [skrap2.varden[0], [{ inte: "ett värde" }, 6, 7]] } as unknown as Arkutsnitt;
    expect(lasArk(medObjekt).tabeller[0].utvardering!.rader.map((r) => [r.namn, r.status])).toEqual([["", E]]);
    const tomExcel = { ...utsnitt, tabeller: [{ namn: "Tom", omrade: { rad: 0, kolumn: 0, rader: 0, kolumner: 3 } }] };
    expect(lasArk(tomExcel).tabeller.map((t) => [t.adress, t.excelTabell])).toEqual([["'Mål'!A1:C2", undefined]]);
    const flyttad = { ...utsnitt, rad: 2.5, kolumn: Number.NaN } as Arkutsnitt;
    expect(lasArk(flyttad).tabeller.map((t) => t.adress)).toEqual(["'Mål'!A1:C2"]);
  });
});

describe("lasArk.ts: what the pane reads and says", () => {
  it("lists the tables of a sheet top to bottom, then left to right, Excel tables among them", () => {
    const l = lasArk(
      ark(
        "Delår",
        [
          las("Indikator", "Utfall", "Målvärde", null, "Indikator", "Utfall", "Målvärde"),
          las("A", en(5), en(7), null, "B", en(5), en(7)),
          TOM,
          TOM,
          las("Indikator", "Utfall", "Målvärde"),
          las("C", en(5), en(7)),
        ],
        { tabeller: [{ namn: "Hoger", omrade: "E1:G2" }] },
      ).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.excelTabell])).toEqual([
      ["'Delår'!A1:C2", undefined],
      ["'Delår'!E1:G2", "Hoger"],
      ["'Delår'!A5:C6", undefined],
    ]);
  });

  it("a selection of several cells drops trailing blank rows; a header alone is refused", () => {
    const { utsnitt } = ark("Mål", [
      las("Indikator", "Utfall", "Målvärde"),
      las("Sjukfrånvaro", en(6), en(7)),
      TOM,
      TOM,
    ]);
    const t = vid(utsnitt, 0, 0, 4, 3).tabell!;
    expect([t.adress, t.beskrivning, t.tommaRader]).toEqual(["'Mål'!A1:C2", "A1:C2, 1 rad", 0]);
    expect(vid(utsnitt, 0, 0, 1, 3).fel).toBe("Markera en tabell med en rubrikrad och minst en rad under den.");
    expect(vid(utsnitt, 2, 0, 2, 3).fel).toBe("Markera en tabell med en rubrikrad och minst en rad under den.");
    // Columns beyond the sheet's are cut at its edge.
    expect(vid(utsnitt, 0, 1, 2, 9).tabell!.adress).toBe("'Mål'!B1:C2");
  });

  it("a selection that cuts a heading merged across the sheet still reads it as the heading", () => {
    const { utsnitt } = ark(
      "Mål",
      [las("Nr", "Indikator", "Utfall", "Målvärde"), las("Medarbetare"), las(1, "Sjukfrånvaro", en(6), en(7))],
      { sammanfogade: ["A2:D2"] },
    );
    const u = vid(utsnitt, 0, 1, 3, 3).tabell!.utvardering!;
    expect(u.avsnitt).toEqual([{ index: 0, rad: 1, text: "Medarbetare", namn: "Medarbetare", slag: "malomrade" }]);
    expect(u.rader.map((r) => [r.namn, r.malomrade, r.status])).toEqual([["Sjukfrånvaro", "Medarbetare", U]]);
  });

  it("an Excel table with a role header and no value column is still read for the user to map", () => {
    const l = lasArk(
      ark("Aktiviteter", [las("Aktivitet", "Ansvarig"), las("Ny rutin", "MAS")], {
        tabeller: [{ namn: "Akt", omrade: "A1:B2" }],
      }).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.excelTabell, t.mappning.kanBedomas])).toEqual([
      ["Aktiviteter!A1:B2", "Akt", false],
    ]);
    expect(l.meddelanden).toEqual([]);
  });

  it("a cell right of or below what was read is outside", () => {
    const { utsnitt } = ark("Mål", [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(6), en(7))]);
    const utanfor = "Markeringen ligger utanför det som lästes från bladet. Markera en cell i måltabellen.";
    expect(vid(utsnitt, 1, 3).fel).toBe(utanfor);
    expect(vid(utsnitt, 2, 0).fel).toBe(utanfor);
    expect(vid(utsnitt, -1, 0).fel).toBe(utanfor);
    expect(vid(utsnitt, 1, 2).tabell!.adress).toBe("'Mål'!A1:C2");
  });

  it("a cell in Målkoll's own status columns beside a table selects that table", () => {
    const { utsnitt } = ark("Mål", [
      las("Indikator", "Utfall", "Målvärde", "Status (Målkoll)", "Målstatus (Målkoll)", null, "Annat"),
      las("Sjukfrånvaro", en(6), en(7), "Uppfyllt", null, null, "x"),
    ]);
    expect(vid(utsnitt, 1, 3).tabell!.adress).toBe("'Mål'!A1:C2");
    expect(vid(utsnitt, 0, 4).tabell!.adress).toBe("'Mål'!A1:C2");
    expect(vid(utsnitt, 1, 6).tabell?.adress).not.toBe("'Mål'!A1:C2");
  });

  it("says how many rows, headings and blank rows it read, in the right number", () => {
    const t = ettBlad("Mål", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Medarbetare"],
      ["Sjukfrånvaro", en(6), en(7)],
      [],
      ["Heltider", en(81), en(80)],
      [],
      ["Omsättning", en(9), en(10)],
    ]);
    expect(t.beskrivning).toBe("A1:C7, 4 rader varav 1 rubrikrad; 2 tomma rader hoppades över");
    expect(t.utvardering!.hoppade).toEqual([
      { index: 0, rad: 1, skal: "Rubrikrad: Medarbetare" },
      { index: 2, rad: 3, skal: "Tom rad" },
      { index: 4, rad: 5, skal: "Tom rad" },
    ]);
    expect(t.tommaRader).toBe(2);
  });

  it("judges again with the user's choices, keeping nothing of the earlier ones", () => {
    const t = ettBlad("Mål", [
      ["Indikator", "Utfall", "Målvärde", "Gränsvärde"],
      ["Sjukfrånvaro", en(7.9), en(7), en(8)],
    ]);
    expect(t.utvardering!.rader[0].status).toBe(D);
    const utanGrans = { indikator: 0, utfall: 1, malvarde: 2 };
    const smal = bedomIgen(t, { kolumnval: utanGrans });
    expect(smal.utvardering!.rader[0]).toMatchObject({
      status: E,
      motivering: "Utfallet 7,9 är högre än målvärdet 7 (gränsvärde 7,7)",
    });
    const bred = bedomIgen(t, { kolumnval: utanGrans, delvisAndel: 0.2 });
    expect(bred.utvardering!.rader[0].status).toBe(D);
    expect(bedomIgen(bred, { kolumnval: utanGrans }).utvardering!.rader[0].status).toBe(E);
    // Without a mapping, the rules' own mapping again: the gränsvärde column is back.
    expect(bedomIgen(smal, {}).mappning.val).toEqual({ indikator: 0, utfall: 1, malvarde: 2, gransvarde: 3 });
  });
});

describe("tabell.ts: helpers for plain values", () => {
  it("an activity table has a status column and lacks utfall or målvärde", () => {
    expect(arAktivitetstabell({ status: 1 })).toBe(true);
    expect(arAktivitetstabell({ status: 1, utfall: 2 })).toBe(true);
    expect(arAktivitetstabell({ status: 1, malvarde: 2 })).toBe(true);
    expect(arAktivitetstabell({ status: 1, utfall: 2, malvarde: 3 })).toBe(false);
    expect(arAktivitetstabell({ utfall: 2 })).toBe(false);
  });

  it("judges plain rows ragged as pasted, as wide as the mapping needs", () => {
    const u = utvardera(
      [
        ["Sjukfrånvaro", "6 %"],
        ["Heltider", "81 %", "Minst 80 %"],
      ],
      {
        indikator: 0,
        utfall: 1,
        malvarde: 2,
      },
    );
    expect(u.rader.map((r) => [r.namn, r.status, r.varden])).toEqual([
      ["Sjukfrånvaro", K, { utfall: "6 %", malvarde: undefined }],
      ["Heltider", U, { utfall: "81 %", malvarde: "Minst 80 %" }],
    ]);
  });

  it("rows shorter than the mapping still have every mapped value role, blank", () => {
    const u = utvardera([["Sjukfrånvaro", "6 %"]], { indikator: 0, utfall: 1, malvarde: 2 });
    expect(Object.keys(u.rader[0].varden)).toEqual(["utfall", "malvarde"]);
    expect(u.rader[0].kallor).toEqual({ utfall: { rad: 1, kolumn: 1 }, malvarde: { rad: 1, kolumn: 2 } });
    expect(u.rader[0].status).toBe(K);
  });

  it("a summary lists the goals, or without nämndmål each indicator but no breakdown", () => {
    const utan = utvardera(
      [
        ["Sjukfrånvaro", "6 %", "≤ 7 %"],
        ["Kvinnor", "8 %", "≤ 7 %"],
      ],
      { indikator: 0, utfall: 1, malvarde: 2 },
    );
    expect(sammanfattadeMal(utan)).toEqual([expect.objectContaining({ namndmal: "Sjukfrånvaro", status: U })]);
    const med = utvardera([["Goda arbetsplatser", "Sjukfrånvaro", "8 %", "≤ 7 %"]], {
      namndmal: 0,
      indikator: 1,
      utfall: 2,
      malvarde: 3,
    });
    expect(sammanfattadeMal(med)).toEqual(med.mal);
    expect(rakna([U, U, K])).toEqual({ Uppfyllt: 2, "Delvis uppfyllt": 0, "Ej uppfyllt": 0, "Kan ej bedömas": 1 });
  });

  it("maps headers alone, or with plain rows", () => {
    expect(
      hittaKolumner(["Mål", "Indikator", "Utfall", "Målvärde"], [["Alla ska vara trygga", "Trygghet", 84, 90]]),
    ).toEqual({
      namndmal: 0,
      indikator: 1,
      utfall: 2,
      malvarde: 3,
    });
  });
});
