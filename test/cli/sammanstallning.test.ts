/** The roll-up counts what the core judged: goals, indicators without breakdown rows, activities, per group. */
import { beskrivAntal, sammanstall, summa, UTAN_KOMMUNMAL, UTAN_MALOMRADE } from "../../src/cli/sammanstallning";
import { enhetensMal } from "../../src/cli/mal";
import { bladnamnFor } from "../../src/cli/rapport";
import { enhetsnamn, gruppera } from "../../src/cli/bedom";
import { lasTabeller, type LastTabell } from "../../src/cli/tabeller";
import type { Filresultat } from "../../src/cli/resultat";

/** A judged table as the command reads one: plain values in a sheet from A1, through the core's lasArk. */
function tabell(blad: string, rader: unknown[][]): LastTabell {
  const varden = rader.map((r) => r.map((v) => (v === "" ? null : v))) as any[][];
  const bredd = Math.max(...varden.map((r) => r.length));
  const r = lasTabeller({
    blad,
    rad: 0,
    kolumn: 0,
    varden: varden.map((rad) => Array.from({ length: bredd }, (_, k) => rad[k] ?? null)),
    format: varden.map(() => Array<string>(bredd).fill("General")),
    sammanfogade: [],
    tabeller: [],
  });
  expect(r.problem).toEqual([]);
  return r.tabeller[0];
}

const social = tabell("Mål", [
  ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
  ["Medarbetare", "Goda arbetsplatser", "Total sjukfrånvaro", 0.09, "≤ 7 %"],
  ["Medarbetare", "Goda arbetsplatser", "Kvinnor", 0.05, "≤ 7 %"],
  ["Medarbetare", "Goda arbetsplatser", "Andel heltider", 0.8, "Minst 70 %"],
  ["Ekonomi", "Budget i balans", "Resultat", 3, "Budget i balans"],
  ["", "Nöjda brukare", "NKI", "I.U", "75"],
]);
const kultur = tabell("Styrkort", [
  ["Perspektiv", "Nämndmål", "Nyckeltal", "Utfall", "Målvärde"],
  ["MEDARBETARE ", "Friska medarbetare", "Sjukfrånvaro", 0.05, "≤ 6 %"],
]);
const aktiviteter = tabell("Aktiviteter", [
  ["Aktivitet", "Status"],
  ["Införa e-tjänst", "Genomförd"],
  ["Ny rutin", "Pausat pga. Corona"],
]);

describe("sammanstall", () => {
  const o = sammanstall([
    { namn: "Socialnämnden", tabeller: [social, aktiviteter] },
    { namn: "Kulturnämnden", tabeller: [aktiviteter, kultur] },
  ]);

  it("counts goals, indicators without their breakdown rows, and activities per unit", () => {
    expect(o.enheter[0].namn).toBe("Socialnämnden");
    expect(o.enheter[0].antal.namndmal).toEqual({
      Uppfyllt: 1,
      "Delvis uppfyllt": 1,
      "Ej uppfyllt": 0,
      "Kan ej bedömas": 1,
    });
    // Kvinnor (Uppfyllt) is a breakdown of Total sjukfrånvaro and is not counted.
    expect(o.enheter[0].antal.indikatorer).toEqual({
      Uppfyllt: 2,
      "Delvis uppfyllt": 0,
      "Ej uppfyllt": 1,
      "Kan ej bedömas": 1,
    });
    expect(o.enheter[1].antal.aktiviteter).toEqual({
      Uppfyllt: 1,
      "Delvis uppfyllt": 0,
      "Ej uppfyllt": 1,
      "Kan ej bedömas": 0,
    });
    expect(o.enheter[1].antal.namndmal.Uppfyllt).toBe(1);
    expect(summa(o.enheter[1].antal.namndmal)).toBe(1);
  });

  it("gives the kommun total as the sum of the units", () => {
    expect(o.totalt.namndmal).toEqual({ Uppfyllt: 2, "Delvis uppfyllt": 1, "Ej uppfyllt": 0, "Kan ej bedömas": 1 });
    expect(summa(o.totalt.indikatorer)).toBe(5);
    expect(o.totalt.aktiviteter).toEqual({ Uppfyllt: 2, "Delvis uppfyllt": 0, "Ej uppfyllt": 2, "Kan ej bedömas": 0 });
  });

  it("groups by målområde whatever the case and spacing, with rows without one apart", () => {
    expect(o.malomraden.map((g) => g.namn)).toEqual(["Medarbetare", "Ekonomi", UTAN_MALOMRADE]);
    const medarbetare = o.malomraden[0].antal;
    // Socialnämnden's Medarbetare and Kulturnämnden's "MEDARBETARE " are one målområde.
    expect(medarbetare.namndmal).toEqual({ Uppfyllt: 1, "Delvis uppfyllt": 1, "Ej uppfyllt": 0, "Kan ej bedömas": 0 });
    expect(medarbetare.indikatorer).toEqual({
      Uppfyllt: 2,
      "Delvis uppfyllt": 0,
      "Ej uppfyllt": 1,
      "Kan ej bedömas": 0,
    });
    // A row with no målområde of its own keeps the one above it, as the core carries it down.
    expect(o.malomraden[1].antal.indikatorer.Uppfyllt + o.malomraden[1].antal.indikatorer["Kan ej bedömas"]).toBe(2);
    expect(summa(o.malomraden[2].antal.aktiviteter)).toBe(4);
  });

  it("has no målområde section when no table names one, and none per kommunövergripande mål", () => {
    expect(sammanstall([{ namn: "K", tabeller: [aktiviteter] }]).malomraden).toEqual([]);
    expect(o.kommunmal).toEqual([]);
  });

  it("counts per kommunövergripande mål when a table names one (a KF-mål column)", () => {
    const kf = tabell("Delår", [
      ["KF-mål", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["En ekonomi i balans", "Hålla budgetramen", "Resultat mot budget", 620, "Minst 0"],
      ["Attraktiv arbetsgivare", "Friska medarbetare", "Sjukfrånvaro", 0.08, "≤ 6 %"],
    ]);
    const m = sammanstall([{ namn: "Socialnämnden", tabeller: [aktiviteter, kf] }]).kommunmal;
    expect(
      m.map((g) => [g.namn, g.antal.namndmal.Uppfyllt, g.antal.namndmal["Ej uppfyllt"], summa(g.antal.aktiviteter)]),
    ).toEqual([
      ["En ekonomi i balans", 1, 0, 0],
      ["Attraktiv arbetsgivare", 0, 1, 0],
      ["(inget kommunövergripande mål)", 0, 0, 2],
    ]);
  });

  it("describes a count in one line, leaving out empty statuses", () => {
    expect(beskrivAntal(o.totalt.namndmal, "nämndmål")).toBe(
      "4 nämndmål (2 uppfyllt, 1 delvis uppfyllt, 1 kan ej bedömas)",
    );
    expect(beskrivAntal(o.enheter[1].antal.aktiviteter, "aktivitet", "aktiviteter")).toBe(
      "2 aktiviteter (1 uppfyllt, 1 ej uppfyllt)",
    );
  });
});

describe("a nämndmål in several tables of one unit (spec §8)", () => {
  // The indicators of a goal on one sheet, its activities on another: the same goal, written with other case and
  // spacing, and without the KF-mål and målområde the indicator table gives it.
  const indikatorer = tabell("Mål", [
    ["KF-mål", "Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
    ["Trygghet", "Medborgare", "Trygg omsorg", "Nöjda brukare", 0.92, "Minst 90 %"],
    ["Trygghet", "Medborgare", "Trygg omsorg", "Kontinuitet", 12, "Högst 15"],
    ["Trygghet", "Ekonomi", "Budget i balans", "Resultat", 3, "Budget i balans"],
  ]);
  const atgarder = tabell("Aktiviteter", [
    ["Nämndmål", "Aktivitet", "Status"],
    ["trygg  OMSORG", "Ny larmrutin", "Ej påbörjad"],
    ["trygg  OMSORG", "Fler nattpatruller", "Försenad"],
    ["Budget i balans", "Översyn av inköp", "Utgår"],
  ]);

  it("is one goal judged over all its rows, with the other table's KF-mål and målområde", () => {
    // Alone, the indicator table says Uppfyllt and the activity table Ej uppfyllt.
    expect(indikatorer.utv.mal.map((m) => m.status)).toEqual(["Uppfyllt", "Uppfyllt"]);
    expect(atgarder.utv.mal.map((m) => m.status)).toEqual(["Ej uppfyllt", "Kan ej bedömas"]);
    const mal = enhetensMal([indikatorer, atgarder]);
    expect(mal.map((m) => [m.namndmal, m.malomrade, m.kommunmal, m.status, m.delar.length])).toEqual([
      // Two indicators Uppfyllt, two activities Ej uppfyllt: Delvis uppfyllt (§8).
      ["Trygg omsorg", "Medborgare", "Trygghet", "Delvis uppfyllt", 2],
      // An activity that no longer applies (Utgår) does not count (§9): the indicator decides.
      ["Budget i balans", "Ekonomi", "Trygghet", "Uppfyllt", 2],
    ]);
    // Whichever table comes first: the one that names none takes the other's.
    expect(enhetensMal([atgarder, indikatorer]).map((m) => [m.namndmal, m.malomrade, m.kommunmal, m.status])).toEqual([
      ["trygg OMSORG", "Medborgare", "Trygghet", "Delvis uppfyllt"],
      ["Budget i balans", "Ekonomi", "Trygghet", "Uppfyllt"],
    ]);
  });

  it("is counted once, under its målområde and KF-mål, beside every row", () => {
    const o = sammanstall([{ namn: "Omsorgsnämnden", tabeller: [indikatorer, atgarder] }]);
    expect(o.enheter[0].antal.namndmal).toEqual({
      Uppfyllt: 1,
      "Delvis uppfyllt": 1,
      "Ej uppfyllt": 0,
      "Kan ej bedömas": 0,
    });
    expect(summa(o.enheter[0].antal.indikatorer)).toBe(3);
    expect(summa(o.enheter[0].antal.aktiviteter)).toBe(3);
    expect(o.kommunmal.map((g) => [g.namn, summa(g.antal.namndmal), summa(g.antal.aktiviteter)])).toEqual([
      ["Trygghet", 2, 0],
      [UTAN_KOMMUNMAL, 0, 3],
    ]);
    expect(o.malomraden.map((g) => [g.namn, g.antal.namndmal["Delvis uppfyllt"], g.antal.namndmal.Uppfyllt])).toEqual([
      ["Medborgare", 1, 0],
      ["Ekonomi", 0, 1],
      [UTAN_MALOMRADE, 0, 0],
    ]);
  });

  it("stays two goals when the tables give it different målområden or KF-mål", () => {
    const annat = tabell("Aktiviteter", [
      ["Målområde", "Nämndmål", "Aktivitet", "Status"],
      ["Verksamhet", "Trygg omsorg", "Ny larmrutin", "Genomförd"],
    ]);
    expect(enhetensMal([indikatorer, annat]).map((m) => [m.namndmal, m.malomrade, m.status])).toEqual([
      ["Trygg omsorg", "Medborgare", "Uppfyllt"],
      ["Budget i balans", "Ekonomi", "Uppfyllt"],
      ["Trygg omsorg", "Verksamhet", "Uppfyllt"],
    ]);
  });

  it("names the activities of a goal over several tables as activities in its reason", () => {
    const [trygg] = enhetensMal([indikatorer, atgarder]);
    expect(trygg.motivering).toMatch(/indikator/);
    expect(trygg.motivering).toMatch(/aktivitet/);
  });

  it("keeps the core's judgement and reason for a goal in one table", () => {
    const mal = enhetensMal([social]);
    expect(mal.map((m) => [m.namndmal, m.status, m.motivering])).toEqual(
      social.utv.mal.map((m) => [m.namndmal, m.status, m.motivering]),
    );
  });
});

describe("units", () => {
  it("are named after their files", () => {
    expect(enhetsnamn("nämnder/T2/Barn_och_utbildningsnämnden.xlsx")).toBe("Barn och utbildningsnämnden");
    expect(enhetsnamn("/x/Socialnämnden 2024.XLSX")).toBe("Socialnämnden 2024");
  });

  it("keep two files of the same name apart, and merge sheets of one name with --enhet blad", () => {
    const fil = (f: string, tabeller: LastTabell[]): Filresultat => ({
      fil: f,
      enhet: enhetsnamn(f),
      tabeller,
      problem: [],
      misslyckad: false,
    });
    const filer = [fil("T1/Socialnämnden.xlsx", [social]), fil("T2/socialnämnden.xlsx", [social, aktiviteter])];
    expect(gruppera(filer, "fil").map((e) => [e.namn, e.kallor.length])).toEqual([
      ["Socialnämnden", 1],
      ["socialnämnden (2)", 2],
    ]);
    expect(gruppera(filer, "blad").map((e) => [e.namn, e.kallor.map((k) => k.fil)])).toEqual([
      ["Mål", ["T1/Socialnämnden.xlsx", "T2/socialnämnden.xlsx"]],
      ["Aktiviteter", ["T2/socialnämnden.xlsx"]],
    ]);
  });
});

describe("bladnamnFor", () => {
  it("gives names Excel accepts: 31 characters, no : \\ / ? * [ ], unique whatever the case", () => {
    const tagna = new Set(["översikt"]);
    expect(bladnamnFor("Översikt", tagna)).toBe("Översikt (2)");
    expect(bladnamnFor("Bygg/miljö: [T2]?", tagna)).toBe("Bygg miljö T2");
    const lang = "Barn- och utbildningsnämnden – Nämndmål 2024";
    expect(bladnamnFor(lang, tagna)).toBe(lang.slice(0, 31).trimEnd());
    expect(bladnamnFor(lang, tagna)).toBe(`${lang.slice(0, 27).trimEnd()} (2)`);
    expect(bladnamnFor("'History'", tagna)).toBe("Enhet History");
    for (const n of tagna) expect(n.length).toBeLessThanOrEqual(31);
  });
});
