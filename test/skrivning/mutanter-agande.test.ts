/**
 * What Målkoll takes as its own, at the edges the first tests left open (issue 19: the survivors of agande.ts). A
 * remover clears a cell, and deletes a conditional format, only when agande.ts says it is Målkoll's (spec §13.1,
 * §13.3), so each case here is either the user's work that must never be taken (a formula or rule that only looks
 * like Målkoll's) or Målkoll's own that must still be found after Excel moved, merged or shrank around it. The record
 * is the one of test/skrivning/fixturer.ts: table A1:G27, status column H, goal column I, legend H29:H33; utfall F,
 * målvärde G, föregående E. The survivors no input can tell apart are listed, with the reason, in
 * docs/kvalitet-agande.md.
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
import { tolkaAdress } from "../../src/core/skrivning/adress";
import { SPAR } from "./fixturer";

/** An A1 range of the sheet as 0-based rows and columns. */
const omrade = (a1: string): Rekt => tolkaAdress(`Blad1!${a1}`);

describe("agande.ts: a value read at a merged area's top-left cell (spec §13.1)", () => {
  /** Målkoll's status formula on sheet row 10 (0-based 9), reading its utfall at `utfall`. */
  const formelPaRad10 = (utfall: string) => `=KPI.MALUPPFYLLELSE(${utfall},G10,"lägre är bättre",,E10)`;
  const sammanfogat = (a1: string): Spar => ({ ...SPAR, sammanfogade: [omrade(a1)] });

  it.each([
    ["F9:F10", "F9"],
    ["E10:F10", "E10"],
  ])(
    "takes a status formula reading the utfall F10 at the top-left cell of the merged area %s (%s)",
    (area, utfall) => {
      expect(arStatusformel(formelPaRad10(utfall), 9, sammanfogat(area))).toBe(true);
    },
  );

  it.each([
    ["F3:F4", "F3", "above the row"],
    ["F8:F9", "F8", "ending on the row above"],
    ["F11:F12", "F11", "below the row"],
    ["D9:D10", "D9", "left of the utfall column"],
    ["E9:E10", "E9", "ending just left of the utfall column"],
    ["G9:G10", "G9", "right of the utfall column"],
  ])("never takes a formula reading the top-left cell of the merged area %s (%s), %s", (area, utfall) => {
    expect(arStatusformel(formelPaRad10(utfall), 9, sammanfogat(area))).toBe(false);
  });
});

describe("agande.ts: formulas that only look like Målkoll's are the user's (spec §13.1)", () => {
  it.each([
    ["föregående", SPAR],
    ["gränsvärde", { ...SPAR, roller: { utfall: 5, malvarde: 6, gransvarde: 3 } }],
  ])("a status formula that stops before the record's %s column", (_, spar) => {
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

  it("keeps a locked status or a status formula pasted onto the legend's title cell as the user's", () => {
    expect(klassa("Förklaring (Målkoll):", 28, 7, [SPAR])).toBe("forklaring");
    expect(klassa('="Uppfyllt"', 28, 7, [SPAR])).toBe("anvandare");
    expect(klassa('=KPI.MALUPPFYLLELSE(F29,G29,"lägre är bättre",,E29)', 28, 7, [SPAR])).toBe("anvandare");
  });
});

describe("agande.ts: which conditional formats are Målkoll's, at the edges (spec §13.3)", () => {
  const regel = (ref: string) => `=OR(${ref}="Uppfyllt",${ref}="Genomförd")`;
  const villkor = (a1: string, formel: string): LastVillkor => ({
    typ: "Custom",
    omrade: omrade(a1),
    formel,
    fyllning: "#C6EFCE",
  });
  const ar = (a1: string, formel: string, spar: Spar) => arEgetVillkor(villkor(a1, formel), [spar]);

  it.each([
    ["that inverts the whole OR", '=FALSE=OR(H2="Uppfyllt",H2="Genomförd")'],
    ["that joins two cells", '=OR(G2&H2="Uppfyllt",G2&H2="Genomförd")'],
    ["that compares each test again", '=OR(H2="Uppfyllt"=FALSE,H2="Genomförd"=FALSE)'],
    ["on a word that only begins as a status", '=OR(H2="Uppfyllt""",H2="Genomförd")'],
  ])("never takes a person's rule over the block %s", (_, formel) => {
    expect(ar("H2:I33", formel, SPAR)).toBe(false);
  });

  it("finds its rules past column Z, over the block and over whole rows", () => {
    const brett: Spar = {
      tabell: omrade("A1:AA27"),
      status: omrade("AB1:AB27"),
      mal: omrade("AC1:AC27"),
      forklaring: ["AB29", "AB30", "AB31", "AB32", "AB33"].map(omrade),
      roller: { utfall: 5, malvarde: 6 },
    };
    expect(ar("AB2:AC33", regel("AB2"), brett)).toBe(true);
    expect(ar("A2:AC27", regel("$AB2"), brett)).toBe(true);
  });

  it("ends the block at the status column's last row when there is no legend", () => {
    const utanForklaring: Spar = { ...SPAR, forklaring: [] };
    expect(ar("H27", regel("H27"), utanForklaring)).toBe(true);
    expect(ar("H28:H30", regel("H28"), utanForklaring)).toBe(false);
  });

  it("never takes a rule in a person's column between the status and goal columns, even one reading #REF!", () => {
    expect(ar("I2:I27", regel("#REF!"), { ...SPAR, mal: omrade("J1:J27") })).toBe(false);
  });

  it("finds the legend's rules by their rows where the status and goal columns were deleted", () => {
    const ensam: Spar = { ...SPAR, status: null, mal: null };
    expect(ar("H29:H33", regel("#REF!"), ensam)).toBe(true);
    expect(ar("H25:H29", regel("#REF!"), ensam)).toBe(true);
    expect(ar("H23:H27", regel("#REF!"), ensam)).toBe(false);
  });

  it("takes the status column's rule from its first data row where the goal column was moved down", () => {
    expect(ar("H2:H33", regel("H2"), { ...SPAR, mal: omrade("I4:I27") })).toBe(true);
  });

  it("takes the goal column's own rules only within its rows, where a person's column lies between", () => {
    const isarLagre: Spar = { ...SPAR, mal: omrade("J4:J27") };
    expect(ar("J4:J27", regel("J4"), isarLagre)).toBe(true);
    expect(ar("J2:J6", regel("J2"), isarLagre)).toBe(false);
  });

  it("never takes a person's rule in the legend's column above the legend, outside the status and goal columns", () => {
    const forklaringIK: Spar = { ...SPAR, forklaring: ["K29", "K30", "K31", "K32", "K33"].map(omrade) };
    expect(ar("K2:K6", regel("K2"), forklaringIK)).toBe(false);
  });
});
