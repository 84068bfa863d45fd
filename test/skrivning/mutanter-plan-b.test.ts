/**
 * The survivors of the mutation run over the write plan (src/core/skrivning/plan.ts), the formula reader (formel.ts)
 * and the record in hidden names (src/taskpane/markering.ts), issue 19. Each test is about what a user sees: the goal
 * formula Färgmarkera writes must count exactly the rows the pane counted, read the sheet as Excel holds it (a merged
 * area's value in its top-left cell only, text as typed, NBSP and invisible characters included); a formula a person
 * wrapped around Målkoll's is theirs; a record that is malformed or half deleted is read without a crash and never
 * trusted beyond what it says. The survivors no input can tell apart are listed in docs/kvalitet-plan.md.
 */
import { klassa } from "../../src/core/skrivning/agande";
import { konstantText, tolkaAnrop } from "../../src/core/skrivning/formel";
import { skapaPlan, STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { lasTabellVid, type Lastabell } from "../../src/core/tabell/tabell";
import { skopatId, tolkaPoster, type Lastnamn } from "../../src/taskpane/markering";
import { ark, las, omrade, type Cellspec } from "../fixtures/layouter";
import { SPAR } from "./fixturer";

/** The table the user selected at `vid` (A1) of a sheet given as rows, with merged areas as Excel holds them. */
function lasVid(rader: readonly Cellspec[][], vid: string, sammanfogade: string[] = []): Lastabell {
  const { utsnitt } = ark(
    "Blad1",
    rader.map((r) => las(...r)),
    { sammanfogade },
  );
  const svar = lasTabellVid(utsnitt, omrade(vid));
  if (!svar.tabell) throw new Error(svar.fel);
  return svar.tabell;
}

/** The goal column Färgmarkera plans for the table, status column at sheet column `statuskolumn` (0-based). */
const malkolumnen = (t: Lastabell, statuskolumn: number) => skapaPlan(t, STANDARDINSTALLNINGAR, statuskolumn).mal;

describe("plan.ts: a goal formula counts exactly the rows the pane counted, as Excel holds the sheet (spec §8)", () => {
  it("a blank row inside a goal counts for neither: the goal's own rows in the criteria form", () => {
    const t = lasVid(
      [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        [],
        [null, "Andel heltider", "70 %", "≥ 65 %"],
        ["Mål B", "Nöjda brukare", "80", "≥ 75"],
      ],
      "A1",
    );
    expect(malkolumnen(t, 4)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD.OM($E$2:$E$4,$A$2:$A$4,A2,$B$2:$B$4)",
      "",
      "",
      "=KPI.SAMMANVAGD.OM($E$5:$E$5,$A$5:$A$5,A5,$B$5:$B$5)",
    ]);
  });

  it("a goal name written once with a no-break space: the pane reads one goal, so its rows are summed as a stretch", () => {
    // KPI.SAMMANVAGD.OM compares the text as typed and would count the first row only.
    const t = lasVid(
      [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        ["Mål\u00a0A", "Andel heltider", "70 %", "≥ 65 %"],
      ],
      "A1",
    );
    expect(malkolumnen(t, 4)).toEqual(["Målstatus (Målkoll)", "=KPI.SAMMANVAGD.INDIKATORER($E$2:$E$3,$B$2:$B$3)", ""]);
  });

  it("the same goal name under two målområden: each goal sums its own rows, never the other's between them", () => {
    const t = lasVid(
      [
        ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Medarbetare", "Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        ["Ekonomi", "Mål A", "Resultat", "5", "≥ 0"],
        ["Medarbetare", "Mål\u00a0A", "Andel heltider", "70 %", "≥ 65 %"],
      ],
      "A1",
    );
    expect(t.utvardering?.mal.map((m) => [m.malomrade, m.rader])).toEqual([
      ["Medarbetare", [0, 2]],
      ["Ekonomi", [1]],
    ]);
    expect(malkolumnen(t, 5)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD(KPI.SAMMANVAGD.INDIKATORER($F$2,$C$2),KPI.SAMMANVAGD.INDIKATORER($F$4,$C$4))",
      "=KPI.SAMMANVAGD.OM($F$3:$F$3,$B$3:$B$3,B3,$C$3:$C$3)",
      "",
    ]);
  });

  it("a goal whose first row's nämndmål cell holds only an invisible character gets no formula reading that cell", () => {
    // Row 3 (Kvinnor) is a breakdown of row 2's indicator, so Mål A's first counted row is row 4, whose cell holds a
    // zero-width space pasted from a PDF: blank to the pane (spec §2), not to a criteria formula.
    const t = lasVid(
      [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Mål Z", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        ["Mål A", "Kvinnor", "6 %", "≤ 7 %"],
        ["\u200b", "Andel heltider", "70 %", "≥ 65 %"],
        [null, "Nöjda brukare", "70 %", "≥ 65 %"],
      ],
      "A1",
    );
    expect(t.utvardering?.mal.map((m) => [m.namndmal, m.rader])).toEqual([
      ["Mål Z", [0]],
      ["Mål A", [2, 3]],
    ]);
    expect(malkolumnen(t, 4)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD.OM($E$2:$E$2,$A$2:$A$2,A2,$B$2:$B$2)",
      "",
      "=KPI.SAMMANVAGD.INDIKATORER($E$4:$E$5,$B$4:$B$5)",
      "",
    ]);
  });

  it("a table from column B with merged cells: formulas read each merged area's top-left cell, goals count as Excel does", () => {
    // Kvinnor is merged over C3:C4 and the riktning over D2:D4: Excel holds each value in the area's top-left cell
    // only, so C4 is empty to KPI.SAMMANVAGD.OM and row 4 would count there, while the pane reads it as a breakdown.
    const t = lasVid(
      [
        [null, "Nämndmål", "Indikator", "Riktning", "Utfall", "Målvärde"],
        [null, "Mål A", "Sjukfrånvaro", "lägre", "6 %", "≤ 7 %"],
        [null, null, "Kvinnor", null, "8 %", "≤ 7 %"],
        [null, null, null, null, "5 %", "≤ 7 %"],
        [null, null, "Andel heltider", "högre", "70 %", "≥ 65 %"],
        [null, "Mål B", "Nöjda brukare", "högre", "80", "≥ 75"],
      ],
      "B1",
      ["C3:C4", "D2:D4"],
    );
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 6);
    expect(plan.roller).toEqual({ namndmal: 1, indikator: 2, riktning: 3, utfall: 4, malvarde: 5 });
    expect(plan.status).toEqual([
      "Status (Målkoll)",
      "=KPI.MALUPPFYLLELSE(E2,F2,D2)",
      "=KPI.MALUPPFYLLELSE(E3,F3,D2)",
      "=KPI.MALUPPFYLLELSE(E4,F4,D2)",
      "=KPI.MALUPPFYLLELSE(E5,F5,D5)",
      "=KPI.MALUPPFYLLELSE(E6,F6,D6)",
    ]);
    expect(plan.mal).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD($G$2,$G$5)",
      "",
      "",
      "",
      "=KPI.SAMMANVAGD.OM($G$6:$G$6,$B$6:$B$6,B6,$C$6:$C$6)",
    ]);
  });
});

describe("formel.ts: only the shapes Målkoll writes are read back as its formulas", () => {
  it.each([
    ["a text joined after a reference", '=KPI.X(A1&"x")'],
    ["a text joined before a reference", '=KPI.X("x"&A1)'],
    ["a number in a calculation", "=KPI.X(0.2*2)"],
    ["a number in exponent form", "=KPI.X(1E5)"],
  ])("refuses %s as an argument", (_, formel) => {
    expect(tolkaAnrop(formel)).toBeUndefined();
  });

  it.each([
    ["before", '=1+KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)'],
    ["after", '=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)*2'],
  ])("a status formula a person extended %s is theirs, never Målkoll's to clear (spec §13.1)", (_, formel) => {
    expect(klassa('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)', 9, 7, [SPAR])).toBe("formel");
    expect(klassa(formel, 9, 7, [SPAR])).toBe("anvandare");
    expect(tolkaAnrop(formel)).toBeUndefined();
  });

  it("reads a text constant only from a formula text, not from a value of another kind that prints like one", () => {
    expect(konstantText('="Uppfyllt"')).toBe("Uppfyllt");
    expect(konstantText(['="Uppfyllt"'])).toBeUndefined();
    expect(konstantText({ toString: () => '="Uppfyllt"' })).toBeUndefined();
  });
});

describe("markering.ts: a record read back from a workbook is checked, half-deleted parts included (spec §13.2, §13.4)", () => {
  const namn = (name: string, value: unknown, type = "Range", omfang?: string): Lastnamn =>
    omfang === undefined ? { name, value, type, visible: false } : { name, value, type, visible: false, omfang };
  /** Generation `gen` of record `id` on A1:D4 of `blad` (status E, goal F, legend E6:E10), without its info text. */
  const delar = (id: number, gen: number, blad: string, omfang?: string): Lastnamn[] => [
    namn(`_Malkoll_${id}_${gen}_Tabell`, `${blad}!$A$1:$D$4`, "Range", omfang),
    namn(`_Malkoll_${id}_${gen}_Status`, `${blad}!$E$1:$E$4`, "Range", omfang),
    namn(`_Malkoll_${id}_${gen}_Mal`, `${blad}!$F$1:$F$4`, "Range", omfang),
    ...[0, 1, 2, 3, 4].map((i) => namn(`_Malkoll_${id}_${gen}_F${i}`, `${blad}!$E$${6 + i}`, "Range", omfang)),
    namn(`_Malkoll_${id}_${gen}_K_utfall`, `${blad}!$C$1:$C$4`, "Range", omfang),
  ];
  const info = (id: number, gen: number) => namn(`_Malkoll_${id}_${gen}_Info`, "malkoll;v=1;typ=indikatorer", "String");

  it("refuses a goal column two columns wide", () => {
    const namnen = [...delar(1, 1, "Blad1"), info(1, 1)].map((n) =>
      n.name.endsWith("_Mal") ? { ...n, value: "Blad1!$F$1:$G$4" } : n,
    );
    const p = tolkaPoster(namnen);
    expect(p.poster[0].generationer).toEqual([]);
    expect(p.varningar).toEqual([
      "En del av Målkolls markering 1 kunde inte användas (ett område har fel form eller ligger på fel blad).",
    ]);
  });

  it("takes an id as used only from a name that starts with Målkoll's prefix", () => {
    const p = tolkaPoster([
      { name: "Kopia_Malkoll_7_1_Status", value: "Blad1!$E$1:$E$4", type: "Range", visible: true },
      { name: "x_Malkoll_S9_Blad", value: "Blad1!$A$1", type: "Range", visible: true },
      { name: "_Malkoll_3_1_Status", value: "Blad1!$E$1:$E$4", type: "Range", visible: true },
    ]);
    expect(p.upptagnaId).toEqual([3]);
    expect(p.upptagnaSammanstallningsId).toEqual([]);
  });

  it("reads a copied sheet's generation the original no longer has from the columns its formulas read", () => {
    // The original (workbook names) has generation 1 only; the copy on sheet Kopia has generation 2.
    const p = tolkaPoster([...delar(2, 1, "Blad1"), info(2, 1), ...delar(2, 2, "Kopia", "Kopia")]);
    expect(p.varningar).toEqual([]);
    expect(p.poster.map((x) => [x.id, x.blad, x.generationer.map((g) => [g.gen, g.typ, g.spar.band])])).toEqual([
      [2, "Blad1", [[1, "indikatorer", undefined]]],
      [skopatId("Kopia", 2), "Kopia", [[2, "indikatorer", undefined]]],
    ]);
  });

  it("keeps a copy whose ranges were all deleted as a generation without a sheet, so Ta bort can still remove it", () => {
    const borta = delar(2, 1, "Kopia", "Kopia").map((n) => ({ ...n, type: "Error", value: "=#REF!" }));
    const p = tolkaPoster([...delar(2, 1, "Blad1"), info(2, 1), ...borta]);
    expect(p.varningar).toEqual([]);
    const kopia = p.poster[1];
    expect([kopia.omfang, kopia.blad, kopia.generationer.map((g) => [g.gen, g.blad, g.spar.status])]).toEqual([
      "Kopia",
      undefined,
      [[1, undefined, null]],
    ]);
    expect(kopia.namn).toEqual(borta.map((n) => n.name));
  });

  it.each([
    ["no info name", []],
    ["an info text of another version", [namn("_Malkoll_S6_Info", "malkoll;v=2;fa=0badf00d", "String")]],
    ["a fingerprint of nine hex digits", [namn("_Malkoll_S6_Info", "malkoll;v=1;fa=0badf00d1", "String")]],
    ["a fingerprint after another letter", [namn("_Malkoll_S6_Info", "malkoll;v=1;fa=x0badf00d", "String")]],
    ["a fingerprint followed by another letter", [namn("_Malkoll_S6_Info", "malkoll;v=1;fa=0badf00dx", "String")]],
  ])("reads a summary sheet with %s without a fingerprint", (_, andra) => {
    const p = tolkaPoster([namn("_Malkoll_S6_Blad", "'Sammanställning'!$A$1:$F$20"), ...andra]);
    expect(p.sammanstallningar).toEqual([
      {
        id: 6,
        blad: "Sammanställning",
        omrade: { rad: 0, kolumn: 0, rader: 20, kolumner: 6 },
        fingeravtryck: undefined,
        namn: ["_Malkoll_S6_Blad", ...andra.map((n) => n.name)],
      },
    ]);
  });
});

describe("plan.ts: survivors of the calm re-run (issue 19), as the user sees the written block", () => {
  it("rules over whole rows span the table's own columns to the goal column, for a table not in column A", () => {
    const t = lasVid(
      [
        [null, "Nämndmål", "Indikator", "Utfall", "Målvärde"],
        [null, "Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        [null, "Mål B", "Nöjda brukare", "80", "≥ 75"],
      ],
      "B1",
    );
    const plan = skapaPlan(t, { ...STANDARDINSTALLNINGAR, helRad: true }, 5);
    expect([...new Set(plan.villkor.map((v) => v.omrade))]).toEqual(["B2:G3", "F2:G9"]);
  });

  it("a table below row 1 reads its direction cell on its own row", () => {
    const t = lasVid(
      [[], [], ["Indikator", "Utfall", "Målvärde", "Riktning"], ["Sjukfrånvaro", "6", "7", "Lägre är bättre"]],
      "A3",
    );
    expect(skapaPlan(t, STANDARDINSTALLNINGAR, 4).status).toEqual([
      "Status (Målkoll)",
      "=KPI.MALUPPFYLLELSE(B4,C4,D4)",
    ]);
  });

  it("an activity table's goal formula names no name column: the criteria form has three arguments", () => {
    const t = lasVid(
      [
        ["Nämndmål", "Aktivitet", "Status"],
        ["Mål A", "Utbildning", "Klar"],
        ["Mål B", "Enkät", "Pågår"],
      ],
      "A1",
    );
    expect(malkolumnen(t, 3)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD.OM($D$2:$D$2,$A$2:$A$2,A2)",
      "=KPI.SAMMANVAGD.OM($D$3:$D$3,$A$3:$A$3,A3)",
    ]);
  });

  it("a merged nämndmål whose top-left cell lies on a row above the goal's first counted row", () => {
    const t = lasVid(
      [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Mål A"],
        [null, "Sjukfrånvaro", "6 %", "≤ 7 %"],
        [null, "Andel heltider", "70 %", "≥ 65 %"],
        ["Mål B", "Nöjda brukare", "80", "≥ 75"],
      ],
      "A1",
      ["A2:A4"],
    );
    expect(malkolumnen(t, 4)).toEqual([
      "Målstatus (Målkoll)",
      "",
      "=KPI.SAMMANVAGD.OM($E$2:$E$4,$A$2:$A$4,A2,$B$2:$B$4)",
      "",
      "=KPI.SAMMANVAGD.OM($E$5:$E$5,$A$5:$A$5,A5,$B$5:$B$5)",
    ]);
  });

  it("a blank row inside a goal summed as a stretch does not split the stretch", () => {
    const t = lasVid(
      [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        [],
        ["Mål\u00a0A", "Andel heltider", "70 %", "≥ 65 %"],
      ],
      "A1",
    );
    expect(malkolumnen(t, 4)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD.INDIKATORER($E$2:$E$4,$B$2:$B$4)",
      "",
      "",
    ]);
  });

  it("an indicator table without a name column: each goal's formula reads its own rows, no name column", () => {
    const t = lasVid(
      [
        ["Nämndmål", "Utfall", "Målvärde"],
        ["Mål A", "6 %", "≤ 7 %"],
        ["Mål B", "80", "≥ 75"],
      ],
      "A1",
    );
    expect(malkolumnen(t, 3)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD.OM($D$2:$D$2,$A$2:$A$2,A2)",
      "=KPI.SAMMANVAGD.OM($D$3:$D$3,$A$3:$A$3,A3)",
    ]);
  });

  it("a heading inside a goal's rows ends a stretch: the breakdown label right under it is an indicator of its own", () => {
    // The heading names no målområde or nämndmål (the table has both columns), so the rows under it stay Mål A's.
    // The pane reads `Kvinnor` right under a heading as an indicator (nothing above it to break down), so the criteria
    // form, which would count it as Sjukfrånvaro's breakdown row, does not fit; the stretch form does, in two stretches.
    const t = lasVid(
      [
        ["Målområde", "Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Medarbetare", "Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
        ["Avdelning Norr"],
        [null, null, "Kvinnor", "70 %", "≥ 65 %"],
        [null, "Mål B", "Nöjda brukare", "80", "≥ 75"],
      ],
      "A1",
    );
    expect(t.utvardering?.rader.map((r) => [r.index, r.brytrad])).toEqual([
      [0, false],
      [2, false],
      [3, false],
    ]);
    expect(malkolumnen(t, 5)).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD(KPI.SAMMANVAGD.INDIKATORER($F$2,$C$2),KPI.SAMMANVAGD.INDIKATORER($F$4,$C$4))",
      "",
      "",
      "=KPI.SAMMANVAGD.OM($F$5:$F$5,$B$5:$B$5,B5,$C$5:$C$5)",
    ]);
  });

  it("refuses a delvis band outside 0–1 before planning, also for a table with nothing to judge yet", () => {
    // An empty template: one section heading under the header, then the source line. No row calls statusformel.
    const t = lasVid([["Indikator", "Utfall", "Målvärde"], ["Medarbetare"], [], ["Källa: Kolada"]], "A1");
    expect(t.utvardering?.rader).toEqual([]);
    expect(skapaPlan(t, STANDARDINSTALLNINGAR, 3).status).toEqual(["Status (Målkoll)", ""]);
    for (const delvisAndel of [2, -0.1, Number.NaN])
      expect(() => skapaPlan(t, { ...STANDARDINSTALLNINGAR, delvisAndel }, 3)).toThrow(
        /Delvisbandet måste vara ett tal från 0 till 1/,
      );
  });
});
