/**
 * A reviewer's findings on how a whole goal table is read and judged (src/core/tabell), on sheets as Excel holds
 * them (numbers with formats, as test/fixtures/layouter builds them):
 * 1. a riktning cell with a word Målkoll does not know is reported on its row, never silently defaulted;
 * 2. a controller's own Bedömning/Status/Måluppfyllelse column is read as their judgement and compared, never
 *    replaced;
 * 3. Riket / Jämförelse / Länet / Liknande kommuner are the comparison values of `bättre än riket` (spec §6);
 * 4. breakdown rows (Kvinnor, Män) without a målvärde of their own are judged against their indicator's (spec §8);
 * 5. one nämndmål written with other case or white space is one goal.
 */
import { ark, cell, las, pct, type Cellspec } from "../fixtures/layouter";
import { bedomIgen, formelargument, lasArk, malnyckel, type Lastabell } from "../../src/core/tabell/tabell";
import { RIKTNING_TEXT } from "../../src/core/bedomning/riktning";
import { cellAdress } from "../../src/core/skrivning/adress";
import type { Cellvarde } from "../../src/core/tal/cell";
import { kalla, ref } from "../helpers/excel";
import { berakna } from "../helpers/formel";

const U = "Uppfyllt";
const D = "Delvis uppfyllt";
const E = "Ej uppfyllt";
const K = "Kan ej bedömas";

const en = (v: number) => cell(v, "0.0");

/** The one table of a sheet built from rows (first row the header), read as the batch command reads it. */
type Arkcell = Exclude<Cellvarde, undefined>;

function tabell(
  namn: string,
  rader: readonly (readonly Cellspec[])[],
): { t: Lastabell; cellvarde: (a1: string) => Arkcell } {
  const { utsnitt } = ark(
    namn,
    rader.map((r) => las(...r)),
  );
  const l = lasArk(utsnitt);
  expect(l.tabeller).toHaveLength(1);
  const cellvarde = (a1: string): Arkcell => {
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    const v = utsnitt.varden[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
    return v === undefined || v === "" ? null : v;
  };
  return { t: l.tabeller[0], cellvarde };
}

const roller = (t: Lastabell): Record<string, string> =>
  Object.fromEntries(
    Object.entries(t.mappning.val).map(([roll, k]) => [roll, t.mappning.kolumner[k as number].rubrik]),
  );

/** The status KPI.MALUPPFYLLELSE gives for a row from the cells the row was read from (the live formula). */
function formelstatus(t: Lastabell, index: number, cellvarde: (a1: string) => Arkcell) {
  const r = t.utvardering!.rader[index];
  const arg = (roll: "utfall" | "malvarde" | "gransvarde" | "foregaende" | "jamforelse") => {
    const o = r.omvandling[roll];
    const k = r.kallor[roll];
    return o && k ? berakna(formelargument(o, cellAdress(k.rad, k.kolumn)), cellvarde) : undefined;
  };
  return kalla(
    "MALUPPFYLLELSE",
    arg("utfall"),
    arg("malvarde") ?? ref(null),
    RIKTNING_TEXT[r.riktning],
    arg("gransvarde"),
    arg("foregaende"),
    arg("jamforelse"),
  );
}

describe("1. a riktning word Målkoll does not know", () => {
  const rader: Cellspec[][] = [
    ["Indikator", "Utfall 2024", "Målvärde 2024", "Riktning"],
    ["Andel nöjda brukare", pct(0.86), pct(0.85, "0%"), "Neutral"],
    ["Väntetid i dagar", en(12), en(14), "Bibehålla?"],
    ["Andel digitala ärenden", pct(0.4), pct(0.5, "0%"), "ökande trend önskas"],
    ["Sjukfrånvaro", pct(0.081), pct(0.07), "Lägre"],
    ["Andel heltider", pct(0.6), pct(0.65, "0%"), null],
  ];

  it("is reported on its row in Swedish, and the row is judged as its formula judges it: målvärde, else the name", () => {
    const { t } = tabell("Riktning", rader);
    expect(roller(t)).toMatchObject({ riktning: "Riktning" });
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.namn, r.riktning, r.status])).toEqual([
      ["Andel nöjda brukare", "hogre", U],
      ["Väntetid i dagar", "lagre", U],
      ["Andel digitala ärenden", "hogre", E],
      ["Sjukfrånvaro", "lagre", E],
      ["Andel heltider", "hogre", D],
    ]);
    expect(u.rader[0].anmarkning).toMatch(
      /^Okänd riktning "Neutral" i kolumnen Riktning: raden bedömdes med riktningen "högre är bättre"/,
    );
    expect(u.rader[1].anmarkning).toContain('Okänd riktning "Bibehålla?"');
    expect(u.rader[1].anmarkning).toContain('"lägre är bättre"');
    expect(u.rader[2].anmarkning).toContain('Okänd riktning "ökande trend önskas"');
    expect(u.rader[3].anmarkning).toBeUndefined();
    expect(u.rader[4].anmarkning).toBeUndefined();
  });

  it("agrees with the live formula Målkoll writes, which gives the riktning the row was judged by as text", () => {
    const { t } = tabell("Riktning", rader);
    expect(kalla("MALUPPFYLLELSE", 12, 14, "lägre är bättre")).toBe(t.utvardering!.rader[1].status);
    // The unknown word itself is refused by the function, with its reason: the pane never writes it.
    expect(kalla("MALUPPFYLLELSE", 0.86, 0.85, "Neutral")).toMatchObject({ code: "#VALUE!" });
  });

  it("is judged by the riktning the user chooses for the row in the pane, without the note", () => {
    const { t } = tabell("Riktning", rader);
    const igen = bedomIgen(t, { kolumnval: t.mappning.val, riktningar: new Map([[0, "hogre" as const]]) });
    const igen2 = bedomIgen(t, { kolumnval: t.mappning.val, riktningar: new Map([[1, "hogre" as const]]) });
    expect(igen2.utvardering!.rader[1]).toMatchObject({ status: E, riktning: "hogre" });
    expect(igen2.utvardering!.rader[1].anmarkning).toBeUndefined();
    expect(igen.utvardering!.rader[1].anmarkning).toContain('Okänd riktning "Bibehålla?"');
  });
});

describe("2. the controller's own judgement column", () => {
  const rader = (rubrik: string): Cellspec[][] => [
    ["Nämndmål", "Indikator", "Utfall 2024", "Målvärde 2024", rubrik],
    ["Goda arbetsplatser", "Sjukfrånvaro", pct(0.074), pct(0.07), "Uppfyllt"],
    [null, "Andel heltider", pct(0.7), pct(0.65, "0%"), "Uppfyllt – se analysen"],
    [null, "Personalomsättning", pct(0.12), pct(0.08), "Bra"],
    [null, "Medarbetarindex (HME)", en(78), en(75), null],
  ];

  it.each(["Bedömning", "Måluppfyllelse", "Egen bedömning", "Status"])(
    '"%s" is the user\'s judgement: kept, compared, and a difference noted on the row',
    (rubrik) => {
      const { t } = tabell("Bedömning", rader(rubrik));
      expect(t.mappning.typ).toBe("indikatorer");
      expect(roller(t)).toMatchObject({ status: rubrik, utfall: "Utfall 2024", malvarde: "Målvärde 2024" });
      const u = t.utvardering!;
      // Målkoll's own statuses: the user's typed text never replaces them.
      expect(u.rader.map((r) => [r.status, r.egenStatus, r.egenBedomning])).toEqual([
        [D, U, "Uppfyllt"],
        [U, U, "Uppfyllt – se analysen"],
        [E, undefined, "Bra"],
        [U, undefined, undefined],
      ]);
      expect(u.rader[0].anmarkning).toBe(`Er bedömning: Uppfyllt; Målkoll: Delvis uppfyllt – ${u.rader[0].motivering}`);
      expect(u.rader[1].anmarkning).toBeUndefined();
      expect(u.rader[2].anmarkning).toMatch(/^Er bedömning "Bra" läses inte som en status/);
      expect(u.rader[3].anmarkning).toBeUndefined();
      // The goal is Målkoll's proposal, as its goal formula in the sheet counts it, with the disagreements listed.
      expect(u.mal).toEqual([
        expect.objectContaining({ namndmal: "Goda arbetsplatser", status: D, avvikelser: [0, 2] }),
      ]);
    },
  );

  it("is the activity status in an activity table, as before", () => {
    const { t } = tabell("Aktiviteter", [
      ["Aktivitet", "Måluppfyllelse"],
      ["Rekryteringskampanj", "Genomförd"],
    ]);
    expect(t.mappning.typ).toBe("aktiviteter");
    expect(t.utvardering!.rader[0]).toMatchObject({ status: U, aktivitetsstatus: "Genomförd" });
    expect(t.utvardering!.rader[0].anmarkning).toBeUndefined();
  });
});

describe("3. comparison columns: Riket, Länet, Jämförelse, Liknande kommuner", () => {
  it.each(["Riket", "Länet", "Jämförelse", "Liknande kommuner", "Riket (%)"])(
    '"%s" gives `bättre än riket` its comparison value and is never utfall or målvärde',
    (rubrik) => {
      const { t, cellvarde } = tabell("Jämförelse", [
        ["Indikator", "Utfall 2024", rubrik, "Målvärde 2024"],
        ["Andel behöriga lärare", pct(0.82), pct(0.79), "Bättre än riket"],
        ["Andel elever med godkänt", pct(0.6), pct(0.75), "Bättre än riket"],
        ["Nöjda brukare", pct(0.9), pct(0.8), pct(0.85, "0%")],
      ]);
      expect(roller(t)).toMatchObject({ utfall: "Utfall 2024", malvarde: "Målvärde 2024", jamforelse: rubrik });
      const u = t.utvardering!;
      expect(u.rader.map((r) => r.status)).toEqual([U, E, U]);
      expect(u.rader[0].motivering).not.toMatch(/saknas/);
      // The live formula with the comparison cell as its jamforelse argument says the same.
      for (let i = 0; i < 3; i++) expect(formelstatus(t, i, cellvarde)).toBe(u.rader[i].status);
    },
  );

  it("is not taken as the utfall when no header names one", () => {
    const { t } = tabell("Utan utfall", [
      ["Indikator", "Andel (%)", "Riket (%)", "Målvärde"],
      ["Andel behöriga lärare", 82, 79, "Minst 80 %"],
    ]);
    expect(roller(t)).toMatchObject({ utfall: "Andel (%)", jamforelse: "Riket (%)" });
    expect(t.utvardering!.rader[0].status).toBe(U);
  });

  it("of several years, takes the utfall's year and leaves the other alone", () => {
    const { t } = tabell("År", [
      ["Indikator", "Riket 2023", "Riket 2024", "Utfall 2023", "Utfall 2024", "Målvärde 2024"],
      ["Andel behöriga lärare", pct(0.85), pct(0.79), pct(0.8), pct(0.82), "Bättre än riket"],
    ]);
    expect(roller(t)).toMatchObject({ jamforelse: "Riket 2024", utfall: "Utfall 2024", foregaende: "Utfall 2023" });
    expect(t.mappning.kolumner[1]).toMatchObject({ lamnas: true });
    expect(t.utvardering!.rader[0].status).toBe(U);
  });
});

describe("4. breakdown rows without a målvärde of their own", () => {
  const rader: Cellspec[][] = [
    ["Nämndmål", "Indikator", "Utfall 2024", "Målvärde 2024", "Gränsvärde"],
    ["Goda arbetsplatser", "Total sjukfrånvaro", pct(0.079), "Högst 7 %", pct(0.08)],
    [null, "Kvinnor", pct(0.085), null, null],
    [null, "Män", pct(0.061), null, null],
    [null, "29 år eller yngre", "..", null, null],
    [null, "Andel heltider", pct(0.6), pct(0.65, "0%"), null],
    [null, "Kvinnor", pct(0.55), pct(0.7, "0%"), null],
  ];

  it("are judged against their indicator's målvärde and gränsvärde, and do not count in the goal", () => {
    const { t } = tabell("Uppdelning", rader);
    const u = t.utvardering!;
    expect(u.rader.map((r) => [r.namn, r.brytrad, r.status, r.arvda])).toEqual([
      ["Total sjukfrånvaro", false, D, undefined],
      ["Kvinnor", true, E, ["malvarde", "gransvarde"]],
      ["Män", true, U, ["malvarde", "gransvarde"]],
      // A figure not shown (spec §3) is no broken row either: it says why.
      ["29 år eller yngre", true, K, ["malvarde", "gransvarde"]],
      ["Andel heltider", false, D, undefined],
      // Its own målvärde is its own.
      ["Kvinnor", true, E, undefined],
    ]);
    expect(u.rader[3].motivering).toMatch(/Uppgift saknas/);
    expect(u.mal).toEqual([expect.objectContaining({ status: D, rader: [0, 4] })]);
    // Only the figure that may not be shown is left without a status: no breakdown row is "Målvärde saknas".
    expect(u.rader.filter((r) => r.status === K).map((r) => r.namn)).toEqual(["29 år eller yngre"]);
  });

  it("read the indicator's cells, so the live formula gives the preview's status", () => {
    const { t, cellvarde } = tabell("Uppdelning", rader);
    const u = t.utvardering!;
    expect(u.rader[1].kallor.malvarde).toEqual({ rad: 1, kolumn: 3 });
    expect(u.rader[1].kallor.gransvarde).toEqual({ rad: 1, kolumn: 4 });
    for (let i = 0; i < u.rader.length; i++) expect(formelstatus(t, i, cellvarde)).toBe(u.rader[i].status);
  });

  it("follow their indicator's riktning cell when their own is blank", () => {
    const { t } = tabell("Riktning", [
      ["Indikator", "Utfall 2024", "Målvärde 2024", "Riktning"],
      ["Antal timmar i veckan", en(30), en(32), "Lägre"],
      ["Kvinnor", en(33), null, null],
    ]);
    expect(t.utvardering!.rader.map((r) => [r.riktning, r.status])).toEqual([
      ["lagre", U],
      ["lagre", D],
    ]);
  });
});

describe("5. one nämndmål however its text is cased or spaced", () => {
  it('"Trygg vård", "trygg vård " and "Trygg\\u00a0vård" are one goal under one målområde', () => {
    const { t } = tabell("Mål", [
      ["Målområde", "Nämndmål", "Indikator", "Utfall 2024", "Målvärde 2024"],
      ["Medborgare", "Trygg vård", "Nöjda brukare", pct(0.9), pct(0.85, "0%")],
      ["medborgare ", "trygg vård ", "Fallskador per 1 000", en(12), en(10)],
      ["Medborgare", "Trygg\u00a0vård", "Andel med genomförandeplan", pct(0.5), pct(0.9, "0%")],
      ["Medborgare", "Delaktighet", "Upplevd delaktighet", pct(0.8), pct(0.8, "0%")],
    ]);
    const u = t.utvardering!;
    expect(u.mal.map((m) => [m.malomrade, m.namndmal, m.status, m.rader])).toEqual([
      ["Medborgare", "Trygg vård", D, [0, 1, 2]],
      ["Medborgare", "Delaktighet", U, [3]],
    ]);
    // Every row names its goal as the goal is named, so a grouping by the row's text agrees.
    expect(new Set(u.rader.slice(0, 3).map((r) => `${r.malomrade}/${r.namndmal}`))).toEqual(
      new Set(["Medborgare/Trygg vård"]),
    );
  });

  it("the key folds case, NBSP, runs of white space and invisible characters, and nothing else", () => {
    expect(malnyckel(" Trygg\u00a0 vård\u200b ")).toBe("trygg vård");
    expect(malnyckel("Trygg vård")).not.toBe(malnyckel("Trygg värd"));
  });
});

describe("6. a personalbokslut: each key figure a heading, then Totalt, Kvinnor, Män", () => {
  const rader: Cellspec[][] = [
    ["Nyckeltal", "2023", "2024", "Målvärde"],
    ["Sjukfrånvaro (%)", null, null, null],
    ["Totalt", en(8.1), en(8.6), en(7)],
    ["Kvinnor", en(9), en(9.5), en(7)],
    ["Män", en(5), en(5.1), en(7)],
    ["Extern personalomsättning (%)", null, null, null],
    ["Totalt", en(9.8), en(11.5), en(10)],
    ["Andel heltidsanställda (%)", null, null, null],
    ["Totalt", en(72), en(74), en(80)],
  ];

  it("takes the riktning from the heading that names the key figure (spec §6: the indicator's name)", () => {
    const { t } = tabell("Personal", rader);
    expect(t.utvardering!.rader.map((r) => [r.namn, r.riktning, r.status])).toEqual([
      ["Totalt", "lagre", E],
      ["Kvinnor", "lagre", E],
      ["Män", "lagre", U],
      ["Totalt", "lagre", E],
      ["Totalt", "hogre", D],
    ]);
  });

  it("never lets a heading that names a nämndmål or målområde decide a named indicator's riktning", () => {
    const { t } = tabell("Mål", [
      ["Indikator", "Utfall", "Målvärde"],
      ["Nämndmål: Minskad sjukfrånvaro", null, null],
      ["Andel heltider", pct(0.74), pct(0.8, "0%")],
      ["Totalt", pct(0.74), pct(0.8, "0%")],
    ]);
    expect(t.utvardering!.rader.map((r) => r.riktning)).toEqual(["hogre", "hogre"]);
  });
});
