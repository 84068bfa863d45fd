/**
 * Tests against the mutants that survived the mutation run over the column mapping and the header reader
 * (src/core/tabell/mappning.ts and rubrik.ts; issue 19). Each asserts what a user sees in the pane's Kolumner
 * list: which column is read as utfall, målvärde, föregående…, why, and which problem asks the user to choose.
 * Headers are those of real tertialrapporter, delårsrapporter and årsredovisningar. The mutants that no input can
 * tell apart are listed with their reasons in docs/kvalitet.md (Kvar, med skäl).
 */
import { ark, cell, las, type Cellspec } from "../fixtures/layouter";
import { mappa, type Mappning } from "../../src/core/tabell/mappning";
import { radAvVarden, type Cellrad } from "../../src/core/tabell/celler";
import { lasArk } from "../../src/core/tabell/tabell";
import { kanVaraRubrik, lasRubrik } from "../../src/core/tabell/rubrik";
import type { Kolumnval } from "../../src/core/tabell/roller";
import type { Cellvarde } from "../../src/core/tal/cell";
import { roller, tabell } from "../fixtures/mappning";

/** The problems as [role, kind, candidate columns]. */
const problem = (m: Mappning) => m.problem.map((p) => [p.roll, p.slag, p.kolumner]);

/** The mapping of the one table on a sheet built as Excel holds it (first row the header). */
const mappningPaBlad = (rader: readonly (readonly Cellspec[])[]): Mappning => {
  const l = lasArk(
    ark(
      "Mål",
      rader.map((r) => las(...r)),
    ).utsnitt,
  );
  expect(l.tabeller).toHaveLength(1);
  return l.tabeller[0].mappning;
};

const en = (v: number) => cell(v, "0.0");

describe("periods: which column is utfall and which föregående", () => {
  it.each([
    "Utfall apr {år}",
    "Utfall aug {år}",
    "Utfall delår {år}",
    "Utfall (T2) {år}",
    "Utfall T2 {år}, tkr",
    "Utfall T2 {år} i procent",
  ])("%s: compared with the same period a year earlier, not with Bokslut 2023", (mall) => {
    const [fore, utfall] = ["2023", "2024"].map((ar) => mall.replace("{år}", ar));
    const m = tabell(["Indikator", "Bokslut 2023", fore, utfall, "Målvärde 2024"]);
    expect(roller(m)).toEqual({ indikator: "Indikator", foregaende: fore, utfall, malvarde: "Målvärde 2024" });
    expect(m.kolumner[1]).toMatchObject({ roll: undefined, lamnas: true });
  });

  it("a table without years names its utfall by the header alone, not as the latest year", () => {
    const m = tabell(["Nyckeltal", "Utfall", "Målvärde"]);
    expect(m.kolumner[1]).toMatchObject({ roll: "utfall", skal: 'rubriken "Utfall"' });
  });

  it("two columns of the year before (outcome and prognosis) give no föregående, and no claim that the year is missing", () => {
    const m = tabell(["Indikator", "Utfall 2023", "Prognos 2023", "Utfall T2 2024", "Målvärde 2024"]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall T2 2024", malvarde: "Målvärde 2024" });
    expect(m.kolumner[3].skal).toBe('rubriken "Utfall T2 2024": det senaste året');
  });

  it("one Föregående år column is föregående, and says it is so by its header", () => {
    const m = tabell(["Indikator", "Föregående år", "Utfall T2 2024", "Målvärde 2024"]);
    expect(m.kolumner[1]).toMatchObject({ roll: "foregaende", skal: 'rubriken "Föregående år"' });
  });

  it("a comparison of the region beside the utfall is no second utfall: Utfall riket 2024", () => {
    const m = tabell(["Indikator", "Utfall 2024", "Utfall riket 2024", "Målvärde 2024"]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall 2024", malvarde: "Målvärde 2024" });
    expect(m.problem).toEqual([]);
  });

  it("a numbering column headed # is no period, even before the utfall", () => {
    const m = tabell(["#", "Indikator", "Utfall 2024", "Målvärde"], [1, "Sjukfrånvaro", 7.9, 7]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall 2024", malvarde: "Målvärde" });
  });

  it("a bare year and a Bokslut of that year are the same period; neither is called a prognosis", () => {
    const m = tabell(["Nyckeltal", "2024 (tkr)", "Bokslut 2024 (tkr)", "Målvärde"]);
    expect(m.problem.map((p) => p.text)).toEqual([
      'Två kolumner kan vara Utfall: "2024 (tkr)" och "Bokslut 2024 (tkr)" (samma period). Välj en under Kolumner.',
    ]);
  });
});

describe("header words: units, white space and text pasted from PDFs", () => {
  it.each([
    ["Utfall %", "utfall", "procentenheter (rubriken)"],
    ["Utfall, mnkr", "utfall", "mnkr (rubriken)"],
    ["Utfall i procent", "utfall", "procentenheter (rubriken)"],
    ["Målvärde i procent", "malvarde", "procentenheter (rubriken)"],
  ])("%s: a unit as the last word is the column's unit, the rest names its role", (rubrik, roll, skala) => {
    const m = tabell(["Indikator", rubrik, roll === "utfall" ? "Målvärde" : "Utfall"], ["Andel heltider", 81, 80]);
    const k = m.kolumner[1];
    expect([k.roll, k.skala.text]).toEqual([roll, skala]);
  });

  it("a header typed over two lines or with double spaces is shown with single spaces", () => {
    const m = tabell(["Indikator", "Utfall\n\n2024", "Målvärde  2024"]);
    expect(m.kolumner.map((k) => [k.rubrik, k.roll])).toEqual([
      ["Indikator", "indikator"],
      ["Utfall 2024", "utfall"],
      ["Målvärde 2024", "malvarde"],
    ]);
  });

  it.each(["Utfall(tkr)T2 2024", "Utfall2024T2", "Utfall T2(tkr)2024"])(
    "spaces lost in a PDF paste still leave the words apart: %s is the T2 outcome",
    (rubrik) => {
      const m = tabell(["Indikator", "Bokslut 2024", rubrik, "Målvärde"]);
      expect(roller(m).utfall).toBe("Bokslut 2024");
      expect(m.kolumner[2]).toMatchObject({ roll: undefined, lamnas: true });
      expect(tabell(["Indikator", rubrik, "Målvärde"]).val.utfall).toBe(1);
    },
  );

  it("a column read one way only is not called mixed", () => {
    const rad = (i: number, v: number): Cellrad => ({
      ...radAvVarden(i, ["Andel heltider", v, "Minst 80 %"]),
      format: ["General", "0.0%", "General"],
    });
    const m = mappa(["Indikator", "Utfall T2 2024", "Målvärde"], [rad(1, 0.81), rad(2, 0.79)]);
    expect(m.kolumner[1].skala).toMatchObject({ blandad: false, text: "procent (cellformat)" });
  });
});

describe("headers on a sheet", () => {
  it.each(["T1 2024", "T2 2024", "T3 2023"])("a tertial header such as %s is read as the utfall", (rubrik) => {
    const m = mappningPaBlad([
      ["Indikator", rubrik, "Målvärde"],
      ["Sjukfrånvaro", en(7.9), en(7)],
    ]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: rubrik, malvarde: "Målvärde" });
  });

  it("a header row whose every header starts with a mark (emoji, bullet, footnote) is found and read", () => {
    const m = mappningPaBlad([
      ["📌 Indikator", "📊 Utfall 2024", "🎯 Målvärde 2024"],
      ["Sjukfrånvaro", en(7.9), en(7)],
    ]);
    expect(m.val).toEqual({ indikator: 0, utfall: 1, malvarde: 2 });
  });

  it.each(["Indikator", "* Utfall 2024", "🎯 Målvärde", "• Kommentar", "T2 2024", "2024"])(
    "the cheap test before reading a header lets %s through",
    (rubrik) => {
      expect(lasRubrik(rubrik).slag.typ).not.toBe("okand");
      expect(kanVaraRubrik(rubrik)).toBe(true);
    },
  );

  it.each(["* Målvärde 2024", "🎯 Målvärde 2024", "• Målvärde 2024"])(
    "a header with a footnote mark, emoji or bullet before it is read: %s",
    (rubrik) => {
      const m = mappningPaBlad([
        ["Indikator", "Utfall 2024", rubrik],
        ["Sjukfrånvaro", en(7.9), en(7)],
      ]);
      expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Utfall 2024", malvarde: rubrik });
    },
  );
});

describe("a bare Mål beside a Nämndmål column and no Målvärde", () => {
  it.each([
    ["targets inside sentences: the målvärde", "Minst 90 % av eleverna ska känna sig trygga", "malvarde"],
    ["goals without any target: left alone", "Alla elever ska känna sig trygga i skolan", undefined],
  ])("%s", (_fall, text, roll) => {
    const m = tabell(["Nämndmål", "Indikator", "Utfall 2024", "Mål"], ["Trygg skola", "Trygghet åk 5", 0.84, text]);
    expect(m.kolumner[3].roll).toBe(roll);
    if (roll) expect(m.kolumner[3].skal).toBe('rubriken "Mål": målvärden skrivna som meningar');
    else {
      expect(m.kolumner[3].lamnas).toBe(true);
      expect(problem(m)).toEqual([["malvarde", "saknas", []]]);
    }
  });
});

describe("several målvärde columns", () => {
  it("two of the utfall's year are asked about, also when a later year has one", () => {
    const m = tabell(["Indikator", "Utfall 2023", "Målvärde 2023", "Mål 2023", "Målvärde 2024"]);
    expect(m.val.malvarde).toBeUndefined();
    expect(m.problem.map((p) => [p.roll, p.kolumner, p.text])).toEqual([
      [
        "malvarde",
        [2, 3, 4],
        'Flera kolumner kan vara Målvärde: "Målvärde 2023", "Mål 2023" och "Målvärde 2024" (flera målvärdeskolumner). Välj en under Kolumner.',
      ],
    ]);
  });

  it("one later year only: that year's målvärde", () => {
    const m = tabell(["Indikator", "Utfall 2024", "Målvärde 2023", "Målvärde 2025"]);
    expect(m.kolumner[3]).toMatchObject({
      roll: "malvarde",
      skal: 'rubriken "Målvärde 2025": närmaste året efter utfallets (2024)',
    });
  });

  it("an utfall without a year does not pick the målvärde without a year", () => {
    const m = tabell(["Indikator", "Utfall", "Målvärde", "Målvärde 2025"]);
    expect(problem(m)).toEqual([["malvarde", "tvetydig", [2, 3]]]);
  });

  it("an ambiguous utfall leaves the målvärden to the user too", () => {
    const m = tabell(["Indikator", "Utfall 2024", "Prognos 2024", "Målvärde 2024", "Målvärde 2025"]);
    expect(problem(m)).toEqual([
      ["utfall", "tvetydig", [1, 2]],
      ["malvarde", "tvetydig", [3, 4]],
    ]);
  });
});

describe("comparison columns", () => {
  it.each(["Jmf riket", "Jämförelse riket", "Jmf länet", "Jmf liknande kommuner"])(
    "%s is the comparison, not a second column of numbers beside the utfall",
    (rubrik) => {
      const m = tabell(["Nyckeltal", "Andel (%)", rubrik, "Målvärde"], ["Behöriga lärare", 82, 79, "Bättre än riket"]);
      expect(roller(m)).toEqual({
        indikator: "Nyckeltal",
        utfall: "Andel (%)",
        jamforelse: rubrik,
        malvarde: "Målvärde",
      });
      expect(m.problem).toEqual([]);
    },
  );

  it("an utfall without a year does not pick the comparison without a year", () => {
    const m = tabell(["Indikator", "Utfall", "Riket", "Riket 2023", "Målvärde"]);
    expect(m.val.jamforelse).toBeUndefined();
    expect(problem(m)).toEqual([["jamforelse", "tvetydig", [2, 3]]]);
  });
});

describe("roles no header names", () => {
  it("an ambiguous utfall is never replaced by another column of numbers", () => {
    const m = tabell(
      ["Indikator", "Utfall T2 2024", "Delår 2024", "Antal svar", "Målvärde"],
      ["Nöjdhet", 81, 80, 412, 85],
    );
    expect(m.val.utfall).toBeUndefined();
    expect(problem(m)).toEqual([["utfall", "tvetydig", [1, 2]]]);
  });

  it("an unnamed indicator column is found also when another role is ambiguous", () => {
    const m = tabell(
      [null, "Utfall 2024", "Riket", "Länet", "Målvärde"],
      ["Behöriga lärare", 82, 79, 80, "Minst 80 %"],
    );
    expect(m.val.indikator).toBe(0);
  });

  it("two indicator headers are asked about; a text column beside them is not taken instead", () => {
    const m = tabell(
      ["Indikator", "Nyckeltal", "Målgrupp", "Utfall 2024", "Målvärde"],
      ["Trygghet", "Andel trygga", "Elever åk 5", 0.84, 0.9],
    );
    expect(m.val.indikator).toBeUndefined();
    expect(problem(m)).toEqual([["indikator", "tvetydig", [0, 1]]]);
  });

  it.each<[string, Cellvarde[], Cellvarde[][]]>([
    [
      "numbering written as text (1.1, 1.2)",
      [null, null],
      [
        ["1.1", "Sjukfrånvaro"],
        ["1.2", "Heltider"],
      ],
    ],
    [
      "an Excel checkbox column (TRUE/FALSE)",
      ["Rapporteras", null],
      [
        [true, "Sjukfrånvaro"],
        [false, "Heltider"],
      ],
    ],
  ])("the indicator is the column of names, not %s before it", (_fall, forsta, data) => {
    const m = tabell([...forsta, "Utfall 2024", "Målvärde 2024"], ...data.map((r) => [...r, 7.9, 7]));
    expect(m.val.indikator).toBe(1);
  });

  it("Målkoll's own status column is never the indicator; the table says the indicator is missing", () => {
    const m = tabell(["Utfall 2024", "Målvärde 2024", "Status (Målkoll)"], [7.9, 7, "Ej uppfyllt"]);
    expect(m.val).toEqual({ utfall: 0, malvarde: 1 });
    expect(m.problem.map((p) => [p.roll, p.text])).toEqual([
      [
        "indikator",
        "Ingen kolumn för Indikator: riktningen (högre eller lägre är bättre) kan inte läsas ur namnen och uppdelningar (Kvinnor, Män) känns inte igen.",
      ],
    ]);
  });
});

describe("activity tables", () => {
  it.each<[string[], Kolumnval]>([
    [["Uppdrag", "Åtgärd", "Ansvarig", "Status"], { aktivitet: 1, status: 3 }],
    [["Ansvarig", "Åtgärd", "Status"], { aktivitet: 1, status: 2 }],
    [["Aktivitet", "Status", "Åtgärd"], { aktivitet: 0, status: 1 }],
    [["Aktivitet", "Genomförs av", "Status"], { aktivitet: 0, status: 2 }],
  ])("%j: the activities are %j", (rubriker, val) => {
    const m = tabell(
      rubriker,
      rubriker.map((r) => (r === "Status" ? "Pågår" : `${r}: text`)),
    );
    expect(m.typ).toBe("aktiviteter");
    expect(m.val).toEqual(val);
  });

  it("two Status columns in an indicator table are asked about with why", () => {
    const m = tabell(["Indikator", "Utfall 2024", "Målvärde", "Status", "Bedömning"]);
    expect(m.problem.map((p) => p.text)).toEqual([
      'Två kolumner kan vara Status: "Status" och "Bedömning" (samma slags rubrik). Välj en under Kolumner.',
    ]);
  });
});

describe("the user's own mapping", () => {
  const rubriker = ["Indikator", "Föregående år", "Utfall T2 2024", "Budget 2024", "Målvärde 2024"];

  it("keeps the column chosen for a role whatever its header says, and leaves the others alone with why", () => {
    const m = mappa(rubriker, [], { indikator: 0, utfall: 2, malvarde: 3 });
    expect(m.kolumner.map((k) => [k.roll ?? null, k.lamnas, k.skal])).toEqual([
      ["indikator", false, "vald av dig"],
      [null, true, 'rubriken "Föregående år": ett annat år eller en annan period, lämnas orörd'],
      ["utfall", false, "vald av dig"],
      ["malvarde", false, "vald av dig"],
      [null, true, 'rubriken "Målvärde 2024": ett annat års målvärde, lämnas orörd'],
    ]);
  });

  it("a saved choice of a column the table no longer has (one was deleted) is dropped", () => {
    const m = mappa(rubriker, [], { indikator: 0, utfall: 2, malvarde: 5 });
    expect(m.val).toEqual({ indikator: 0, utfall: 2 });
    expect(problem(m)).toEqual([["malvarde", "saknas", []]]);
  });

  it("one column chosen for two roles names that column in the problem", () => {
    const m = mappa(rubriker, [], { indikator: 0, utfall: 2, malvarde: 2 });
    expect(problem(m)).toEqual([["malvarde", "tvetydig", [2]]]);
  });
});
