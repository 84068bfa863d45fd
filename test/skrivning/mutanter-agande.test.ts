/**
 * What Målkoll takes as its own, at the edges the first tests left open (issue 19: the survivors of agande.ts). A
 * remover clears a cell, and deletes a conditional format, only when agande.ts says it is Målkoll's (spec §13.1,
 * §13.3), so each case here is either the user's work that must never be taken (a formula or rule that only looks
 * like Målkoll's) or Målkoll's own that must still be found after Excel moved or shrank it. The record is the one of
 * test/skrivning/fixturer.ts: table A1:G27, status column H, goal column I, legend H29:H33; utfall F, målvärde G,
 * föregående E.
 */
import {
  arEgetVillkor,
  arMalformel,
  arStatusformel,
  klassa,
  type LastVillkor,
  type Rekt,
  type Spar,
} from "../../src/core/skrivning/agande";
import { SPAR } from "./fixturer";

describe("agande.ts: a value read at a merged area's top-left cell (spec §13.1)", () => {
  /** Målkoll's status formula on sheet row 10 (0-based 9), reading its utfall at `utfall`. */
  const formelPaRad10 = (utfall: string) => `=KPI.MALUPPFYLLELSE(${utfall},G10,"lägre är bättre",,E10)`;
  const rekt = (rad: number, kolumn: number, rader: number, kolumner: number): Rekt => ({ rad, kolumn, rader, kolumner });

  it.each([
    ["F9:F10, read at F9 above the row", rekt(8, 5, 2, 1), "F9"],
    ["E10:F10, read at E10 left of the utfall column", rekt(9, 4, 1, 2), "E10"],
  ])("is Målkoll's when the area %s covers the row's utfall cell", (_, area, utfall) => {
    expect(arStatusformel(formelPaRad10(utfall), 9, { ...SPAR, sammanfogade: [area] })).toBe(true);
  });

  it.each([
    ["F3:F4, above the row", rekt(2, 5, 2, 1), "F3"],
    ["F8:F9, ending on the row above", rekt(7, 5, 2, 1), "F8"],
    ["F11:F12, below the row", rekt(10, 5, 2, 1), "F11"],
    ["D9:D10, left of the utfall column", rekt(8, 3, 2, 1), "D9"],
    ["E9:E10, ending just left of the utfall column", rekt(8, 4, 2, 1), "E9"],
    ["G9:G10, right of the utfall column", rekt(8, 6, 2, 1), "G9"],
  ])("is the user's when it reads the top-left cell of %s, which does not cover the row's utfall cell", (_, area, utfall) => {
    expect(arStatusformel(formelPaRad10(utfall), 9, { ...SPAR, sammanfogade: [area] })).toBe(false);
  });
});

describe("agande.ts: formulas that only look like Målkoll's are the user's (spec §13.1)", () => {
  const medGransvarde: Spar = { ...SPAR, roller: { utfall: 5, malvarde: 6, gransvarde: 3 } };

  it.each([
    ["a föregående", SPAR],
    ["a gränsvärde", medGransvarde],
  ])("a status formula that stops before %s column the record has", (_, spar) => {
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre")', 9, spar)).toBe(false);
  });

  it.each([
    "=KPI.SAMMANVAGD.OM($G$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)",
    "=KPI.SAMMANVAGD($G$5:$H$8)",
    "=KPI.SAMMANVAGD(KPI.MEDEL($H$5:$H$8,$C$5:$C$8))",
    "=COUNTIFS($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)",
  ])("a goal formula of another shape or function over Målkoll's columns: %s", (formel) => {
    expect(arMalformel(formel, 9, SPAR)).toBe(false);
  });

  it("takes the indicator form inside a joined goal formula, as Målkoll writes it", () => {
    expect(arMalformel("=KPI.SAMMANVAGD(KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$C$5:$C$8))", 9, SPAR)).toBe(true);
  });

  it.each([
    ["a locked status", '="Uppfyllt"'],
    ["a status formula for its row", '=KPI.MALUPPFYLLELSE(F29,G29,"lägre är bättre",,E29)'],
  ])("keeps %s pasted onto the legend's title cell as the user's", (_, innehall) => {
    expect(klassa("Förklaring (Målkoll):", 28, 7, [SPAR])).toBe("forklaring");
    expect(klassa(innehall, 28, 7, [SPAR])).toBe("anvandare");
  });
});

describe("agande.ts: which conditional formats are Målkoll's, at the edges (spec §13.3)", () => {
  const regel = (ref: string, ord = ["Uppfyllt", "Genomförd"]) => `=OR(${ord.map((o) => `${ref}="${o}"`).join(",")})`;
  const villkor = (rad: number, kolumn: number, rader: number, kolumner: number, formel: string): LastVillkor => ({
    typ: "Custom",
    omrade: { rad, kolumn, rader, kolumner },
    formel,
    fyllning: "#C6EFCE",
  });

  it.each([
    ["inverted, comparing the whole OR", "=FALSE=OR(H2=\"Uppfyllt\",H2=\"Genomförd\")"],
    ["reading two cells joined", '=OR(G2&H2="Uppfyllt",G2&H2="Genomförd")'],
    ["comparing each test again", '=OR(H2="Uppfyllt"=FALSE,H2="Genomförd"=FALSE)'],
    ["on a word that only starts as a status", '=OR(H2="Uppfyllt""",H2="Genomförd")'],
  ])("a user's rule over the block %s is the user's", (_, formel) => {
    expect(arEgetVillkor(villkor(1, 7, 32, 2, regel("H2")), [SPAR])).toBe(true);
    expect(arEgetVillkor(villkor(1, 7, 32, 2, formel), [SPAR])).toBe(false);
  });

  it("finds its rules past column Z, over the block and over whole rows", () => {
    const brett: Spar = {
      tabell: { rad: 0, kolumn: 0, rader: 27, kolumner: 27 },
      status: { rad: 0, kolumn: 27, rader: 27, kolumner: 1 },
      mal: { rad: 0, kolumn: 28, rader: 27, kolumner: 1 },
      forklaring: [0, 1, 2, 3, 4].map((i) => ({ rad: 28 + i, kolumn: 27 })),
      roller: { utfall: 5, malvarde: 6 },
    };
    expect(arEgetVillkor(villkor(1, 27, 32, 2, regel("AB2")), [brett])).toBe(true);
    expect(arEgetVillkor(villkor(1, 0, 26, 29, regel("$AB2")), [brett])).toBe(true);
  });

  it("ends the block at the status column's last row when there is no legend", () => {
    const utanForklaring: Spar = { ...SPAR, forklaring: [] };
    expect(arEgetVillkor(villkor(26, 7, 1, 1, regel("H27")), [utanForklaring])).toBe(true);
    expect(arEgetVillkor(villkor(27, 7, 3, 1, regel("H28")), [utanForklaring])).toBe(false);
  });

  it("never takes a rule in a person's column between the status and goal columns, even one reading #REF!", () => {
    const isar: Spar = { ...SPAR, mal: { ...SPAR.mal!, kolumn: 9 } };
    expect(arEgetVillkor(villkor(1, 8, 26, 1, regel("#REF!")), [isar])).toBe(false);
  });

  it("finds the legend's rules by their rows where the status and goal columns were deleted", () => {
    const ensam: Spar = { ...SPAR, status: null, mal: null };
    expect(arEgetVillkor(villkor(28, 7, 5, 1, regel("#REF!")), [ensam])).toBe(true);
    expect(arEgetVillkor(villkor(24, 7, 5, 1, regel("#REF!")), [ensam])).toBe(true);
    expect(arEgetVillkor(villkor(22, 7, 5, 1, regel("#REF!")), [ensam])).toBe(false);
  });

  it("takes the status column's rule from its first data row where the goal column was moved down", () => {
    const malenLagre: Spar = { ...SPAR, mal: { ...SPAR.mal!, rad: 3, rader: 24 } };
    expect(arEgetVillkor(villkor(1, 7, 32, 1, regel("H2")), [malenLagre])).toBe(true);
  });

  it("takes the goal column's own rules only within its rows, where a person's column lies between", () => {
    const isarLagre: Spar = { ...SPAR, mal: { rad: 3, kolumn: 9, rader: 24, kolumner: 1 } };
    expect(arEgetVillkor(villkor(3, 9, 24, 1, regel("J4")), [isarLagre])).toBe(true);
    expect(arEgetVillkor(villkor(1, 9, 5, 1, regel("J2")), [isarLagre])).toBe(false);
  });

  it("never takes a person's rule in the legend's column above the legend, outside the status and goal columns", () => {
    const forklaringIK: Spar = { ...SPAR, forklaring: [0, 1, 2, 3, 4].map((i) => ({ rad: 28 + i, kolumn: 10 })) };
    expect(arEgetVillkor(villkor(1, 10, 5, 1, regel("K2")), [forklaringIK])).toBe(false);
  });
});
