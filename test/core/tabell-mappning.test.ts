/** Column mapping that cannot go wrong silently: years, periods, Mål by content, left-alone columns, problems. */
import { mappa, sattRoll, type Kolumnval, type Mappning } from "../../src/core/tabell/tabell";
import { radAvVarden } from "../../src/core/tabell/celler";
import type { Cellvarde } from "../../src/core/tal/cell";

const tabell = (rubriker: Cellvarde[], ...data: Cellvarde[][]): Mappning =>
  mappa(
    rubriker,
    data.map((r, i) => radAvVarden(i + 1, r, rubriker.length)),
  );

const roller = (m: Mappning) =>
  Object.fromEntries(m.kolumner.filter((k) => k.roll).map((k) => [k.roll, k.rubrik])) as Record<string, string>;
const lamnade = (m: Mappning) => m.kolumner.filter((k) => k.lamnas).map((k) => k.rubrik);

describe("years and periods", () => {
  it("Bokslut 2019 | Bokslut 2020 | Målvärde 2021: the latest outcome is utfall, the target is never utfall", () => {
    const m = tabell(["Indikator", "Bokslut 2019", "Bokslut 2020", "Målvärde 2021", "Kommentar"]);
    expect(roller(m)).toEqual({
      indikator: "Indikator",
      foregaende: "Bokslut 2019",
      utfall: "Bokslut 2020",
      malvarde: "Målvärde 2021",
    });
    expect(lamnade(m)).toEqual(["Kommentar"]);
    expect(m.kolumner[2].skal).toBe('rubriken "Bokslut 2020": det senaste året');
    expect(m.kolumner[1].skal).toBe('rubriken "Bokslut 2019": året före utfallets (2020)');
    expect(m.problem).toEqual([]);
  });

  it("gives no föregående when the year before is missing, and says so", () => {
    const m = tabell(["Indikator", "Bokslut 2018", "Bokslut 2020", "Målvärde"]);
    expect(roller(m)).toEqual({ indikator: "Indikator", utfall: "Bokslut 2020", malvarde: "Målvärde" });
    expect(m.kolumner[2].skal).toContain("ingen kolumn för 2019, så ingen föregående");
    expect(lamnade(m)).toEqual(["Bokslut 2018"]);
  });

  it("reads years typed as numbers, and the words of real reports", () => {
    expect(roller(tabell(["Nyckeltal", 2019, 2020, 2021, "Mål 2021"]))).toMatchObject({
      foregaende: "2020",
      utfall: "2021",
      malvarde: "Mål 2021",
    });
    for (const [fore, utfall] of [
      ["Resultat 2022", "Resultat 2023"],
      ["Utfall 2022", "Utfall 2023"],
      ["Årsutfall 2022", "Delår 2023"],
      ["Bokslut 2022", "Utfall jan-aug 2023"],
    ]) {
      expect(roller(tabell(["Indikator", fore, utfall, "Målvärde"]))).toMatchObject({ foregaende: fore, utfall });
    }
  });

  it("takes the latest period of a year: T2 after T1, Prognos helår after Delår; the earlier is left alone", () => {
    const t = tabell(["Indikator", "T1 2024", "T2 2024", "Mål 2024"]);
    expect(roller(t)).toMatchObject({ utfall: "T2 2024", malvarde: "Mål 2024" });
    expect(roller(t).foregaende).toBeUndefined();
    expect(lamnade(t)).toEqual(["T1 2024"]);
    expect(t.kolumner[2].skal).toBe('rubriken "T2 2024": den senaste perioden av 2024');
    expect(roller(tabell(["Indikator", "Delår 2024", "Prognos helår 2024", "Målvärde 2024"])).utfall).toBe(
      "Prognos helår 2024",
    );
    expect(roller(tabell(["Indikator", "Utfall T1", "Utfall T2", "Målvärde"])).utfall).toBe("Utfall T2");
  });

  it("does not take comparison columns with a year (Riket, Budget) as utfall", () => {
    const m = tabell(["Indikator", "Riket 2023", "Utfall 2023", "Budget 2024", "Målvärde 2024"]);
    expect(roller(m)).toMatchObject({ utfall: "Utfall 2023", malvarde: "Målvärde 2024" });
    expect(roller(m)).toMatchObject({ jamforelse: "Riket 2023" });
    expect(lamnade(m)).toEqual(["Budget 2024"]);
  });

  it("an outcome and a prognosis of the same period are ambiguous: no utfall, and why", () => {
    const m = tabell(["Indikator", "Utfall 2024", "Prognos 2024", "Målvärde"]);
    expect(m.val.utfall).toBeUndefined();
    expect(m.kanBedomas).toBe(false);
    expect(m.problem).toEqual([
      {
        roll: "utfall",
        slag: "tvetydig",
        kolumner: [1, 2],
        text: 'Två kolumner kan vara Utfall: "Utfall 2024" och "Prognos 2024" (utfall och prognos för samma period). Välj en under Kolumner.',
        blockerar: true,
      },
    ]);
  });

  it("with several målvärde columns, takes the utfall's year, else the next year, else asks", () => {
    expect(roller(tabell(["Indikator", "Utfall 2023", "Mål 2023", "Mål 2026"])).malvarde).toBe("Mål 2023");
    const nasta = tabell(["Indikator", "Utfall 2023", "Målvärde 2024", "Målvärde 2026"]);
    expect(roller(nasta).malvarde).toBe("Målvärde 2024");
    expect(nasta.kolumner[2].skal).toBe('rubriken "Målvärde 2024": närmaste året efter utfallets (2023)');
    const fraga = tabell(["Indikator", "Utfall", "Målvärde", "Målnivå"]);
    expect(fraga.val.malvarde).toBeUndefined();
    expect(fraga.problem.map((p) => [p.roll, p.slag, p.blockerar])).toEqual([["malvarde", "tvetydig", true]]);
  });
});

describe("Mål: decided by content", () => {
  it("a Mål column of goal sentences beside a målvärde column is the nämndmål", () => {
    const m = tabell(
      ["Mål", "Indikator", "Utfall", "Målvärde"],
      ["Alla elever ska känna sig trygga i skolan", "Trygghet åk 5", 0.84, "Minst 95 %"],
      [null, "Trygghet åk 8", 0.74, "Minst 90 %"],
      ["Brukarna ska vara nöjda med äldreomsorgen", "Nöjdhet", 0.86, "Minst 90 %"],
    );
    expect(roller(m)).toEqual({ namndmal: "Mål", indikator: "Indikator", utfall: "Utfall", malvarde: "Målvärde" });
    expect(m.kolumner[0].skal).toBe('rubriken "Mål": cellerna är mål i meningar, inte målvärden, så nämndmål');
  });

  it("a Mål column that reads as targets is the målvärde", () => {
    const m = tabell(
      ["Nämndmål", "Indikator", "Utfall", "Mål"],
      ["Goda arbetsplatser", "Sjukfrånvaro", "6,3 %", "≤ 6,5 %"],
      [null, "Heltider", "81 %", "Minst 80 %"],
      [null, "HME", 73, "Ökar"],
    );
    expect(roller(m)).toMatchObject({ namndmal: "Nämndmål", malvarde: "Mål" });
    expect(m.kolumner[3].skal).toBe('rubriken "Mål": cellerna läses som målvärden');
  });

  it("goal sentences when the nämndmål already has a column: targets in sentences, or else left alone", () => {
    const meningar = tabell(
      ["Nämndmål", "Indikator", "Utfall", "Mål"],
      ["Digital förvaltning", "Digitala tillsyner", 130, "120 tillsyner ska ske digitalt"],
      [null, "E-tjänster", 14, "Nya e-tjänster ska införas"],
    );
    expect(roller(meningar).malvarde).toBe("Mål");
    const utan = tabell(
      ["Nämndmål", "Indikator", "Utfall", "Målvärde", "Mål"],
      ["Digital förvaltning", "E-tjänster", 14, 12, "Invånarna ska möta en modern kommun"],
    );
    expect(roller(utan).malvarde).toBe("Målvärde");
    expect(lamnade(utan)).toEqual(["Mål"]);
  });
});

describe("columns left alone", () => {
  it("recognises Kommentar, Analys, Åtgärd and Trend and gives them no role", () => {
    const m = tabell(["Indikator", "Utfall", "Målvärde", "Kommentar", "Analys", "Åtgärder", "Trend", "Källa"]);
    expect(lamnade(m)).toEqual(["Kommentar", "Analys", "Åtgärder", "Trend", "Källa"]);
    expect(m.kolumner[3].skal).toBe('rubriken "Kommentar": lämnas orörd');
  });

  it("in an activity table, the Åtgärd column is the activity", () => {
    const m = tabell(["Åtgärd", "Ansvarig", "Status"], ["Rekryteringskampanj", "HR", "Genomförd"]);
    expect(m.typ).toBe("aktiviteter");
    expect(roller(m)).toEqual({ aktivitet: "Åtgärd", status: "Status" });
  });
});

describe("headers with units and without role words", () => {
  it("takes the one unmapped column of numbers as utfall and says why", () => {
    const m = tabell(["Nyckeltal", "Andel (%)", "Målvärde", "Trend"], ["Sjukfrånvaro", 6.3, "≤ 6,5 %", "↘"]);
    expect(roller(m).utfall).toBe("Andel (%)");
    expect(m.kolumner[1].skal).toBe('den enda kolumnen med tal utan annan roll ("Andel (%)")');
    expect(m.kolumner[1].skala.text).toBe("procentenheter (rubriken)");
  });

  it("two such columns are ambiguous", () => {
    const m = tabell(["Nyckeltal", "Andel (%)", "Antal", "Målvärde"], ["Heltider", 81.5, 412, "Minst 80 %"]);
    expect(m.val.utfall).toBeUndefined();
    expect(m.problem[0]).toMatchObject({ roll: "utfall", slag: "tvetydig", kolumner: [1, 2], blockerar: true });
  });

  it("reads the unit of (tkr), (mnkr), Andel %, i procent", () => {
    const m = tabell(
      ["Indikator", "Utfall (tkr)", "Budget, mnkr", "Målvärde i procent", "Andel %"],
      ["Resultat", 620, 3, "Minst 2", 4],
    );
    expect(m.kolumner.map((k) => k.skala.text)).toEqual(["", "tkr (rubriken)", "", "procentenheter (rubriken)", ""]);
  });

  it("shows a column of mixed formats as mixed", () => {
    const m = mappa(
      ["Indikator", "Utfall", "Målvärde"],
      [
        { ...radAvVarden(1, ["A", 0.5, "Minst 60 %"]), format: ["General", "0%", "General"] },
        { ...radAvVarden(2, ["B", 8, "Budget i balans"]), format: ["General", '0.0 "mnkr"', "General"] },
        { ...radAvVarden(3, ["C", 0.7, "Minst 60 %"]), format: ["General", "0.0%", "General"] },
      ],
    );
    expect(m.kolumner[1].skala).toMatchObject({ blandad: true, text: "blandat per cell: procent, mnkr" });
    expect(m.kolumner[2].skala.text).toBe("text, läses som skriven");
  });
});

describe("required roles", () => {
  it("reports a missing målvärde and utfall, and does not judge", () => {
    const m = tabell(["Indikator", "Kommentar"], ["Sjukfrånvaro", "Bra"]);
    expect(m.kanBedomas).toBe(false);
    expect(m.problem.map((p) => [p.roll, p.slag, p.blockerar])).toEqual([
      ["utfall", "saknas", true],
      ["malvarde", "saknas", true],
    ]);
    expect(m.problem[1].text).toBe(
      "Ingen kolumn för Målvärde: ingen rubrik som Målvärde, Målnivå eller Mål med målvärden. Välj kolumnen under Kolumner.",
    );
  });

  it("only a role the kind of table needs stops it: two status columns block an activity table, not an indicator table", () => {
    const indikatorer = tabell(["Indikator", "Utfall", "Målvärde", "Status", "Bedömning"]);
    expect(indikatorer.typ).toBe("indikatorer");
    expect(indikatorer.problem.map((p) => [p.roll, p.slag, p.blockerar])).toEqual([["status", "tvetydig", false]]);
    expect(indikatorer.kanBedomas).toBe(true);
    const aktiviteter = tabell(["Aktivitet", "Status", "Bedömning"]);
    expect(aktiviteter.typ).toBe("aktiviteter");
    expect(aktiviteter.problem.map((p) => [p.roll, p.slag, p.blockerar])).toEqual([["status", "tvetydig", true]]);
    expect(aktiviteter.kanBedomas).toBe(false);
  });

  it("a missing indicator column is a warning, not a stop", () => {
    const m = tabell(["Utfall", "Målvärde"], [5, 7]);
    expect(m.kanBedomas).toBe(true);
    expect(m.problem).toEqual([expect.objectContaining({ roll: "indikator", slag: "saknas", blockerar: false })]);
  });
});

describe("a role is held by at most one column", () => {
  it("sattRoll moves a column's role: one column is never both Utfall and Målvärde", () => {
    // The mapping of issue 16: "Målvärde 2021" (column 3) taken as utfall; the user sets it as målvärde.
    const fel: Kolumnval = { indikator: 0, foregaende: 1, utfall: 3 };
    const val = sattRoll(fel, "malvarde", 3);
    expect(val).toEqual({ indikator: 0, foregaende: 1, malvarde: 3 });
    const m = mappa(["Indikator", "Bokslut 2019", "Bokslut 2020", "Målvärde 2021"], [], val);
    expect(m.kanBedomas).toBe(false);
    expect(m.problem.map((p) => [p.roll, p.slag])).toEqual([["utfall", "saknas"]]);
    expect(
      mappa(["Indikator", "Bokslut 2019", "Bokslut 2020", "Målvärde 2021"], [], sattRoll(val, "utfall", 2)).kanBedomas,
    ).toBe(true);
    expect(sattRoll(val, "malvarde", undefined)).toEqual({ indikator: 0, foregaende: 1 });
  });

  it("a mapping given with two roles on one column keeps the first and reports the second", () => {
    const m = mappa(["Indikator", "Utfall", "Målvärde"], [], { indikator: 0, utfall: 2, malvarde: 2 });
    expect(m.val).toEqual({ indikator: 0, utfall: 2 });
    expect(m.problem).toEqual([
      expect.objectContaining({
        roll: "malvarde",
        slag: "tvetydig",
        blockerar: true,
        text: '"Målvärde" är redan vald som Utfall och kan inte också vara Målvärde. Välj en annan kolumn för Målvärde.',
      }),
    ]);
    expect(m.kanBedomas).toBe(false);
  });

  it("a mapping given with an index outside the table drops it", () => {
    expect(mappa(["Indikator", "Utfall"], [], { indikator: 0, utfall: 1, malvarde: 7 }).val).toEqual({
      indikator: 0,
      utfall: 1,
    });
  });
});
