/**
 * Tests against the mutants that survived the mutation run over the row judgement of a goal table
 * (src/core/tabell/rader.ts), with one each for the sick-leave suppression (src/core/nyckeltal/sjukfranvaro.ts;
 * issue 19). Each asserts what a user sees: which nämndmål, målområde and KF-mål a row counts in, which rows are
 * breakdowns of the indicator above, which riktning and status a row gets, the note beside it. Sheets are built as
 * Excel holds them (test/fixtures/layouter: numbers with their number formats), in the layouts of real reports:
 * personalbokslut with sick leave split by kön and ålder, nämndplaner with målområde headings and KF-mål columns,
 * activity tables. The mutants that no input can tell apart are listed with their reasons in docs/kvalitet-rader.md.
 */
import { ark, cell, las, type Cellspec } from "../fixtures/layouter";
import { lasArk, lasTabellVid, type Lastabell } from "../../src/core/tabell/tabell";
import { arBrytrad } from "../../src/core/tabell/rader";
import { malensRader } from "../../src/core/skrivning/malrader";
import { doldaGrupper } from "../../src/core/nyckeltal/sjukfranvaro";

const U = "Uppfyllt" as const;
const D = "Delvis uppfyllt" as const;
const E = "Ej uppfyllt" as const;
const K = "Kan ej bedömas" as const;

/** One decimal, as personalbokslut print sick leave: a plain number, the % in the header. */
const en = (v: number) => cell(v, "0.0");

/** The one table of a sheet built from rows (first row the header, or titles above it), read as the pane reads it. */
function ettBlad(namn: string, rader: readonly (readonly Cellspec[])[]): Lastabell {
  const l = lasArk(
    ark(
      namn,
      rader.map((r) => las(...r)),
    ).utsnitt,
  );
  expect(l.tabeller).toHaveLength(1);
  return l.tabeller[0];
}

describe("titles above the table name the goal of its first rows", () => {
  it("a report title without a prefix names no nämndmål: the rows count in no goal", () => {
    const t = ettBlad("Personal", [
      ["Personalbokslut 2024"],
      ["Nyckeltal", "Utfall 2024", "Målvärde 2024"],
      ["Sjukfrånvaro (%)", en(6.2), en(7)],
    ]);
    expect(t.celler.ovanfor).toEqual(["Personalbokslut 2024"]);
    expect(t.utvardering!.rader.map((r) => [r.namn, r.kommunmal, r.malomrade, r.namndmal, r.status])).toEqual([
      ["Sjukfrånvaro (%)", undefined, undefined, undefined, U],
    ]);
    expect(t.utvardering!.mal).toEqual([]);
  });

  it("a målområde title keeps the first rows of a KF-mål column in its målområde (a bug until issue 19)", () => {
    // Before, the first row's KF-mål cell ended the målområde the title above had just named, as it would for one
    // named further up: the rows and their goal had no målområde.
    const t = ettBlad("Nämndplan", [
      ["Målområde: Medarbetare"],
      ["Uppföljning tertial 2, 2024"],
      ["KF-mål", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Attraktiv arbetsgivare", "Goda arbetsplatser", "Sjukfrånvaro (%)", en(6.2), en(7)],
      [null, null, "Andel heltidsanställda (%)", en(78), en(80)],
    ]);
    // The subtitle under it names nothing and ends nothing.
    expect(t.celler.ovanfor).toEqual(["Målområde: Medarbetare", "Uppföljning tertial 2, 2024"]);
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.namn, r.kommunmal, r.malomrade, r.namndmal])).toEqual([
      ["Sjukfrånvaro (%)", "Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser"],
      ["Andel heltidsanställda (%)", "Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser"],
    ]);
    expect(u.mal.map((m) => [m.kommunmal, m.malomrade, m.namndmal, m.status, m.rader])).toEqual([
      ["Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser", D, [0, 1]],
    ]);
  });

  it("a nämndmål title keeps the first rows of a Målområde column in its goal (a bug until issue 19)", () => {
    // Before, the first row's målområde cell ended the nämndmål of the title: no row counted in any goal.
    const u = ettBlad("Nämndplan", [
      ["Nämndmål 2: Hållbart medarbetarengagemang"],
      ["Målområde", "Indikator", "Utfall", "Målvärde"],
      ["Medarbetare", "HME totalt", en(79), en(78)],
      [null, "Sjukfrånvaro (%)", en(8.1), en(7)],
    ]).utvardering!;
    expect(u.mal.map((m) => [m.malomrade, m.namndmal, m.status, m.motivering, m.rader])).toEqual([
      ["Medarbetare", "Hållbart medarbetarengagemang", D, "1 av 2 indikatorer uppfyllt, 1 ej uppfyllt", [0, 1]],
    ]);
  });
});

describe("headings and a KF-mål column: which goal a row counts in", () => {
  it("a målområde heading right above the first row of a KF-mål keeps that row in the målområde", () => {
    const u = ettBlad("Nämndplan", [
      ["KF-mål", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Målområde: Medarbetare"],
      ["Attraktiv arbetsgivare", "Goda arbetsplatser", "Sjukfrånvaro (%)", en(6.2), en(7)],
    ]).utvardering!;
    expect(u.mal.map((m) => [m.kommunmal, m.malomrade, m.namndmal, m.status])).toEqual([
      ["Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser", U],
    ]);
  });

  it("a nämndmål heading after rows of a målområde does not carry the målområde into a new KF-mål", () => {
    const u = ettBlad("Nämndplan", [
      ["KF-mål", "Indikator", "Utfall", "Målvärde"],
      ["Målområde: Medarbetare"],
      ["Nämndmål: Goda arbetsplatser"],
      ["Attraktiv arbetsgivare", "Sjukfrånvaro (%)", en(6.2), en(7)],
      ["Nämndmål: Trygg ekonomi"],
      ["God ekonomisk hushållning", "Resultat (mnkr)", en(4.1), en(2)],
    ]).utvardering!;
    expect(u.mal.map((m) => [m.kommunmal, m.malomrade, m.namndmal, m.rader])).toEqual([
      ["Attraktiv arbetsgivare", "Medarbetare", "Goda arbetsplatser", [2]],
      ["God ekonomisk hushållning", undefined, "Trygg ekonomi", [4]],
    ]);
  });

  it("a KF-mål written again on every row keeps the nämndmål its heading named for all of them", () => {
    // A filtered export repeats the KF-mål on each row instead of merging it.
    const u = ettBlad("Nämndplan", [
      ["KF-mål", "Indikator", "Utfall", "Målvärde"],
      ["Nämndmål: Goda arbetsplatser"],
      ["Attraktiv arbetsgivare", "Sjukfrånvaro (%)", en(6.2), en(7)],
      ["Attraktiv arbetsgivare", "Personalomsättning (%)", en(11.4), en(10)],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.namndmal])).toEqual([
      ["Sjukfrånvaro (%)", "Goda arbetsplatser"],
      ["Personalomsättning (%)", "Goda arbetsplatser"],
    ]);
    expect(u.mal.map((m) => [m.namndmal, m.status, m.rader])).toEqual([["Goda arbetsplatser", D, [1, 2]]]);
  });

  it("a new målområde in its column right under a heading without prefix ends the nämndmål above", () => {
    // With both a Målområde and a Nämndmål column, a heading without prefix only divides the table.
    const u = ettBlad("Nämndplan", [
      ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Medarbetare", "Goda arbetsplatser", "Andel heltidsanställda (%)", en(81), en(80)],
      ["Ekonomiska nyckeltal"],
      ["Ekonomi", null, "Resultat (mnkr)", en(4.1), en(2)],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.malomrade, r.namndmal])).toEqual([
      ["Andel heltidsanställda (%)", "Medarbetare", "Goda arbetsplatser"],
      ["Resultat (mnkr)", "Ekonomi", undefined],
    ]);
    expect(u.mal.map((m) => [m.malomrade, m.namndmal, m.rader])).toEqual([["Medarbetare", "Goda arbetsplatser", [0]]]);
  });

  it("one nämndmål name under two KF-mål is two goals", () => {
    const u = ettBlad("Nämndplan", [
      ["KF-mål", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Attraktiv arbetsgivare", "Ökad digitalisering", "Andel e-tjänster för medarbetare (%)", en(40), en(50)],
      ["Service i världsklass", "Ökad digitalisering", "Andel ärenden via e-tjänst (%)", en(65), en(60)],
    ]).utvardering!;
    expect(u.mal.map((m) => [m.kommunmal, m.namndmal, m.status, m.rader])).toEqual([
      ["Attraktiv arbetsgivare", "Ökad digitalisering", E, [0]],
      ["Service i världsklass", "Ökad digitalisering", U, [1]],
    ]);
  });
});

describe("breakdown rows: age groups as personalbokslut write them", () => {
  it.each(["30 - 49 år", "30 – 49 år"])(
    "%s under Total sjukfrånvaro is a breakdown and does not count in the goal",
    (mitten) => {
      const u = ettBlad("Personal", [
        ["Nämndmål", "Nyckeltal", "Utfall", "Målvärde"],
        ["Goda arbetsplatser", "Total sjukfrånvaro (%)", en(6.8), en(7)],
        [null, "29 år eller yngre", en(4.9), null],
        [null, mitten, en(7.5), null],
        [null, "50 år eller äldre", en(6.6), null],
      ]).utvardering!;
      expect(u.rader.map((r) => [r.namn, r.brytrad, r.indikator, r.status])).toEqual([
        ["Total sjukfrånvaro (%)", false, undefined, U],
        ["29 år eller yngre", true, "Total sjukfrånvaro (%)", U],
        [mitten, true, "Total sjukfrånvaro (%)", D],
        ["50 år eller äldre", true, "Total sjukfrånvaro (%)", U],
      ]);
      expect(u.mal.map((m) => [m.namndmal, m.status, m.rader])).toEqual([["Goda arbetsplatser", U, [0]]]);
    },
  );

  it("a label spread with spaces, as KPI.SAMMANVAGD.OM reads the name cell, is still a breakdown", () => {
    // A label pasted from a justified PDF column: 32 characters as typed, `29 år eller yngre` once spaces are folded.
    const etikett = "29 år                eller yngre";
    expect(etikett.length).toBeGreaterThan(30);
    expect(arBrytrad(etikett)).toBe(true);
    expect(
      malensRader([U, E, U], ["Goda arbetsplatser", null, null], "Goda arbetsplatser", [
        "Total sjukfrånvaro",
        etikett,
        "Män",
      ]),
    ).toEqual([0]);
  });
});

describe("riktning: from a heading, a riktning column and for activities", () => {
  it("a heading gives its name only to rows named as a whole or a breakdown, never to a named indicator", () => {
    const u = ettBlad("Personal", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Arbetsmiljö och sjukfrånvaro"],
      ["Andel som rekommenderar sin arbetsplats (%)", en(74), en(80)],
      ["Totalt", en(6.5), en(7)],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.riktning, r.status])).toEqual([
      ["Andel som rekommenderar sin arbetsplats (%)", "hogre", D],
      ["Totalt", "lagre", U],
    ]);
  });

  it("an unknown riktning on a row is noted alone when the table has no judgement of its own", () => {
    const u = ettBlad("Personal", [
      ["Indikator", "Utfall", "Målvärde", "Riktning"],
      ["Sjukfrånvaro (%)", en(6.5), en(7), "Nedåt"],
    ]).utvardering!;
    expect(u.rader[0]).toMatchObject({ riktning: "lagre", status: U });
    expect(u.rader[0].anmarkning).toBe(
      'Okänd riktning "Nedåt" i kolumnen Riktning: raden bedömdes med riktningen "lägre är bättre" (från målvärdet eller indikatorns namn). Skriv "högre är bättre" eller "lägre är bättre" (eller Högre/Lägre, Öka/Minska), eller välj riktningen för raden här',
    );
  });

  it("a breakdown row's own misspelt riktning is noted on that row, not hidden behind its indicator's", () => {
    const u = ettBlad("Personal", [
      ["Indikator", "Utfall", "Målvärde", "Riktning"],
      ["Andel heltidsanställda (%)", en(78), en(80), "Högre är bättre"],
      ["Kvinnor", en(74), en(80), "Högre är bätre"],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.brytrad, r.riktning, r.status])).toEqual([
      ["Andel heltidsanställda (%)", false, "hogre", D],
      ["Kvinnor", true, "hogre", D],
    ]);
    expect(u.rader[0].anmarkning).toBeUndefined();
    expect(u.rader[1].anmarkning).toMatch(/^Okänd riktning "Högre är bätre" i kolumnen Riktning/);
  });

  it("an activity row is judged by its status word, with riktning higher is better", () => {
    const u = ettBlad("Aktiviteter", [
      ["Nämndmål", "Aktivitet", "Status"],
      ["Goda arbetsplatser", "Införa heltid som norm", "Genomförd"],
      [null, "Friskvårdsbidrag till alla", "Pågår"],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.aktivitetsstatus, r.status, r.riktning])).toEqual([
      ["Införa heltid som norm", "Genomförd", U, "hogre"],
      ["Friskvårdsbidrag till alla", "Pågår", D, "hogre"],
    ]);
  });
});

describe("a header repeated inside the table", () => {
  it("a two-column activity table repeated under a page break is skipped, not judged as an activity", () => {
    const u = ettBlad("Aktiviteter", [
      ["Aktivitet", "Status"],
      ["Införa heltid som norm", "Genomförd"],
      ["Aktivitet", "Status"],
      ["Friskvårdsbidrag till alla", "Pågår"],
    ]).utvardering!;
    expect(u.rader.map((r) => r.namn)).toEqual(["Införa heltid som norm", "Friskvårdsbidrag till alla"]);
    expect(u.hoppade).toEqual([{ index: 1, rad: 2, skal: "Rubrikraden upprepas" }]);
  });

  it("in the table the user selected, a repeated header with its comment cell left blank is still a repeated header", () => {
    const { utsnitt } = ark("Personal", [
      las("Indikator", "Utfall", "Målvärde", "Kommentar"),
      las("Sjukfrånvaro (%)", en(6.5), en(7), "Lägre än 2023"),
      las("Indikator", "Utfall", "Målvärde"),
      las("Personalomsättning (%)", en(9.8), en(10)),
    ]);
    const t = lasTabellVid(utsnitt, { rad: 0, kolumn: 0, rader: 4, kolumner: 4 }).tabell!;
    expect(t.adress).toBe("Personal!A1:D4");
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.namn, r.status])).toEqual([
      ["Sjukfrånvaro (%)", U],
      ["Personalomsättning (%)", U],
    ]);
    expect(u.hoppade).toEqual([{ index: 1, rad: 2, skal: "Rubrikraden upprepas" }]);
  });

  it("one cell that equals its header is an activity to judge, not a repeated header", () => {
    // An activity written as its column's header, its status not yet set: the user sees it and its reason.
    const u = ettBlad("Aktiviteter", [
      ["Aktivitet", "Status"],
      ["Införa heltid som norm", "Genomförd"],
      ["Aktivitet", null],
    ]).utvardering!;
    expect(u.rader.map((r) => [r.namn, r.status])).toEqual([
      ["Införa heltid som norm", U],
      ["Aktivitet", K],
    ]);
    expect(u.rader[1].motivering).toMatch(/^Statusen är tom: skriv /);
    expect(u.hoppade).toEqual([]);
  });
});

describe("sjukfrånvaro: the groups to hide", () => {
  it("a split of a single group of at most ten hides that group and answers nothing else", () => {
    expect(doldaGrupper([8])).toStrictEqual([true]);
    expect(Object.keys(doldaGrupper([8]))).toEqual(["0"]);
  });
});
