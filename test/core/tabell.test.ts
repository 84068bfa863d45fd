import { hittaKolumner, utvardera, normaliseraRubrik, rakna, sammanfattadeMal } from "../../src/core/tabell/tabell";
import { lasCsv, lasRubriker } from "../helpers/csv";

function somTabell(fil: string, utan: string[] = []) {
  const rader = lasCsv(fil);
  const rubriker = lasRubriker(fil).filter((k) => !utan.includes(k));
  return { rubriker, data: rader.map((r) => rubriker.map((k) => r[k])), rader };
}

describe("hittaKolumner", () => {
  it("maps the indikator table, taking the latest year as utfall", () => {
    const { rubriker } = somTabell("indikatorer-2020.csv", ["forvantad_status"]);
    expect(hittaKolumner(rubriker)).toEqual({
      malomrade: 0,
      namndmal: 1,
      indikator: 2,
      foregaende: 4,
      utfall: 5,
      malvarde: 6,
    });
  });

  it("reads headers broken over lines and numeric year headers", () => {
    expect(normaliseraRubrik("Målvä-\nrde")).toBe("målvärde");
    expect(hittaKolumner(["Nämnd-indikator", 2019, 2020, "Målvä-rde", "Gränsvärde"])).toEqual({
      indikator: 0,
      foregaende: 1,
      utfall: 2,
      malvarde: 3,
      gransvarde: 4,
    });
    expect(hittaKolumner(["Nyckeltal", "Bokslut 2020", "Bokslut 2019", "Målvärde helår"])).toMatchObject({
      indikator: 0,
      utfall: 1,
      foregaende: 2,
      malvarde: 3,
    });
  });
});

describe("utvardera", () => {
  it("gives every row of indikatorer-2020.csv the file's status, and every goal maluppfyllelse-2020.csv's", () => {
    const { rubriker, data, rader } = somTabell("indikatorer-2020.csv", ["forvantad_status"]);
    const u = utvardera(data, hittaKolumner(rubriker));
    expect(u.rader.map((r) => r.status)).toEqual(rader.map((r) => r.forvantad_status));
    const mal = lasCsv("maluppfyllelse-2020.csv");
    expect(u.mal.map((m) => [m.namndmal, m.status])).toEqual(mal.map((m) => [m.namndmal, m.forvantad_status]));
    expect(u.rader.filter((r) => r.brytrad).map((r) => r.namn)).toEqual(
      Array(8)
        .fill(0)
        .map((_, i) => (i % 2 ? "Kvinnor" : "Män")),
    );
    expect(u.rader.find((r) => r.namn === "Total sjukfrånvaro")?.riktning).toBe("lagre");
    expect(rakna(u.mal.map((m) => m.status))).toEqual({
      Uppfyllt: 2,
      "Delvis uppfyllt": 3,
      "Ej uppfyllt": 1,
      "Kan ej bedömas": 5,
    });
  });

  it("lets the user change a row's riktning", () => {
    const u = utvardera(
      [["Andel heltider", 60, 65]],
      { indikator: 0, utfall: 1, malvarde: 2 },
      new Map([[0, "lagre"]]),
    );
    expect(u.rader[0]).toMatchObject({ riktning: "lagre", status: "Uppfyllt" });
  });

  it("treats a table with a status column and no utfall as activities", () => {
    const { rubriker, data, rader } = somTabell("aktiviteter-2020.csv", ["normaliserad_status", "farg"]);
    const val = hittaKolumner(rubriker);
    expect(val).toEqual({ aktivitet: 0, status: 2 });
    const u = utvardera(data, val);
    expect(u.typ).toBe("aktiviteter");
    expect(u.rader.map((r) => [r.aktivitetsstatus, r.status])).toEqual(
      rader.map((r) => [r.normaliserad_status, r.farg]),
    );
  });
});

describe("an activity's reason", () => {
  it("says what was written and which words are read when the status is not recognised", () => {
    const u = utvardera(
      [
        ["Ny larmrutin", "Oklart läge"],
        ["Utbildning", ""],
        ["Webbplats", "Pågår"],
      ],
      { aktivitet: 0, status: 1 },
    );
    expect(u.typ).toBe("aktiviteter");
    expect(u.rader.map((r) => [r.status, r.motivering])).toEqual([
      [
        "Kan ej bedömas",
        expect.stringMatching(/^Statusen "Oklart läge" känns inte igen: skriv Genomförd, Pågår, .* eller Utgår$/),
      ],
      ["Kan ej bedömas", expect.stringMatching(/^Statusen är tom: skriv Genomförd/)],
      ["Delvis uppfyllt", "Aktiviteten: Pågår"],
    ]);
  });
});

describe("the cases of issue 16, through the functions the pane called then", () => {
  it("never maps Målvärde 2021 as utfall", () => {
    expect(hittaKolumner(["Indikator", "Bokslut 2019", "Bokslut 2020", "Målvärde 2021"])).toEqual({
      indikator: 0,
      foregaende: 1,
      utfall: 2,
      malvarde: 3,
    });
  });

  it("reads a Mål column of goal sentences as nämndmål, not målvärde", () => {
    const val = hittaKolumner(
      ["Mål", "Indikator", "Utfall", "Målvärde"],
      [
        ["Alla elever ska känna sig trygga i skolan", "Trygghet åk 5", "84 %", "Minst 95 %"],
        ["Brukarna ska vara nöjda med äldreomsorgen", "Nöjdhet", "86 %", "Minst 90 %"],
      ],
    );
    expect(val).toEqual({ namndmal: 0, indikator: 1, utfall: 2, malvarde: 3 });
  });

  it("does not judge section heading rows, and gives the rows below their målområde", () => {
    const u = utvardera(
      [
        ["Medarbetare", null, null],
        ["Total sjukfrånvaro", "10,5 %", "≤ 7 %"],
        ["Ekonomi", "", ""],
        ["Ekonomiskt resultat", "8,0 mnkr", "Budget i balans"],
      ],
      { indikator: 0, utfall: 1, malvarde: 2 },
    );
    expect(u.rader.map((r) => [r.index, r.namn, r.malomrade, r.status])).toEqual([
      [1, "Total sjukfrånvaro", "Medarbetare", "Ej uppfyllt"],
      [3, "Ekonomiskt resultat", "Ekonomi", "Uppfyllt"],
    ]);
    expect(sammanfattadeMal(u).map((m) => m.namndmal)).toEqual(["Total sjukfrånvaro", "Ekonomiskt resultat"]);
  });

  it("judges a row whose only text is its målvärde (no utfall yet): no heading, and the goal goes on", () => {
    const u = utvardera(
      [
        ["Mål A", "Total sjukfrånvaro", "6 %", "≤ 7 %"],
        ["", "", "", "≤ 7 %"],
        ["Mål A", "Andel heltider", "8 %", "≤ 7 %"],
      ],
      { namndmal: 0, indikator: 1, utfall: 2, malvarde: 3 },
    );
    expect(u.avsnitt).toEqual([]);
    expect(u.rader.map((r) => [r.index, r.namndmal, r.malomrade, r.status])).toEqual([
      [0, "Mål A", undefined, "Uppfyllt"],
      [1, "Mål A", undefined, "Kan ej bedömas"],
      [2, "Mål A", undefined, "Ej uppfyllt"],
    ]);
    expect(u.mal.map((m) => [m.namndmal, m.rader])).toEqual([["Mål A", [0, 1, 2]]]);
  });
});
