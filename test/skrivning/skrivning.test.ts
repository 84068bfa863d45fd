/** The write plan, ownership and the record, without Office (src/core/skrivning, src/taskpane/markering.ts). */
import fc from "fast-check";
import {
  bandtext,
  malformel,
  skapaPlan,
  STANDARDINSTALLNINGAR,
  tolkaInstallningar,
} from "../../src/core/skrivning/plan";
import { arEgetVillkor, arMalformel, arStatusformel, klassa, type Spar } from "../../src/core/skrivning/agande";
import { malensStatusar } from "../../src/core/skrivning/malrader";
import { beskrivLamnade } from "../../src/core/skrivning/beskrivning";
import { tolkaPoster } from "../../src/taskpane/markering";
import { utvardera } from "../../src/core/tabell/tabell";
import { cell, pct } from "../fixtures/layouter";
import { lasTabellIA1, SPAR } from "./fixturer";
import { formelfel } from "../fake";

describe("the delvis band and settings from a workbook", () => {
  it("writes only a finite number from 0 to 1, formatted by Målkoll", () => {
    expect(bandtext(0.15)).toBe("0.15");
    expect(bandtext(1 / 3)).toBe("0.333333");
    expect(bandtext(0)).toBe("0");
    for (const fel of [
      NaN,
      Infinity,
      -0.1,
      1.5,
      "0.1" as unknown as number,
      '0.1,WEBSERVICE("x")' as unknown as number,
    ])
      expect(() => bandtext(fel)).toThrow(RangeError);
  });

  it("keeps each valid setting and replaces each bad one with the default, saying so", () => {
    expect(tolkaInstallningar(null)).toEqual({ installningar: STANDARDINSTALLNINGAR, fel: [] });
    expect(tolkaInstallningar([1, 2]).fel).toHaveLength(1);
    expect(tolkaInstallningar("x").installningar).toEqual(STANDARDINSTALLNINGAR);
    const r = tolkaInstallningar({ helRad: true, symboler: 1, delvisAndel: 0.2, annat: "x" });
    expect(r.installningar).toEqual({ helRad: true, symboler: true, delvisAndel: 0.2 });
    expect(r.fel).toEqual(["Inställningen ”Visa symboler” i arbetsboken var ogiltig; standardvärdet används."]);
    expect(tolkaInstallningar({ delvisAndel: "0.2" }).installningar.delvisAndel).toBe(0.1);
  });
});

const lasAr = lasTabellIA1;

describe("formulas of a fixed length", () => {
  it("writes the status formula for its own row, leaving out empty trailing arguments", () => {
    const t = lasAr([
      ["Nämndmål", "Indikator", "2019", "2020", "Målvärde"],
      ["Mål A", "Sjukfrånvaro", "8 %", "6 %", "≤ 7 %"],
      ["", "Andel heltider", "", "70 %", "65 %"],
    ]);
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 5);
    expect(plan.status.slice(1)).toEqual([
      '=KPI.MALUPPFYLLELSE(D2,E2,"lägre är bättre",,C2)',
      '=KPI.MALUPPFYLLELSE(D3,E3,"högre är bättre",,C3)',
    ]);
    expect(skapaPlan(t, { ...STANDARDINSTALLNINGAR, delvisAndel: 0.2 }, 5).status[2]).toBe(
      '=KPI.MALUPPFYLLELSE(D3,E3,"högre är bättre",,C3,,0.2)',
    );
    const aktiviteter = lasAr([
      ["Aktivitet", "Slutdatum", "Status"],
      ["Ny e-tjänst", "2020-12-31", "Genom-förd"],
    ]);
    expect(skapaPlan(aktiviteter, STANDARDINSTALLNINGAR, 3).status[1]).toBe("=KPI.AKTIVITETSSTATUS(C2)");
  });

  it("gives each value to the function as the preview read it: formats, (%) headers, merged cells, riktning", () => {
    const t = lasAr(
      [
        ["Indikator", "Andel (%)", "Föregående", "Målvärde", "Riktning"],
        ["Sjukfrånvaro", 6.3, pct(0.069), "≤ 6,5 %", null],
        ["Kvinnor", 7.1, pct(0.072), null, null],
        ["Nöjda brukare", cell(0.8, "0%"), pct(0.75), pct(0.9, "0%"), "högre är bättre"],
        ["Väntetid", cell(41, '0 "dagar"'), 58, "Högst 60 dagar", "lägre"],
      ],
      { sammanfogade: ["D2:D3"] },
    );
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 6);
    expect(plan.status.slice(1)).toEqual([
      // 6,3 under Andel (%): percentage points; the föregående formatted as percent: the fraction times 100.
      '=KPI.MALUPPFYLLELSE(IF(ISNUMBER(B2),B2&" %",B2&""),D2,"lägre är bättre",,IF(ISNUMBER(C2),C2*100&" %",C2&""))',
      // The målvärde merged down over the breakdown row is read at its top-left cell, D2.
      '=KPI.MALUPPFYLLELSE(IF(ISNUMBER(B3),B3&" %",B3&""),D2,"lägre är bättre",,IF(ISNUMBER(C3),C3*100&" %",C3&""))',
      // A riktning cell that says what the pane used is referred to.
      '=KPI.MALUPPFYLLELSE(IF(ISNUMBER(B4),B4*100&" %",B4&""),IF(ISNUMBER(D4),D4*100&" %",D4&""),E4,,IF(ISNUMBER(C4),C4*100&" %",C4&""))',
      '=KPI.MALUPPFYLLELSE(IF(ISNUMBER(B5),B5&" dagar",B5&""),D5,E5,,C5)',
    ]);
  });

  it("keeps the goal formula under Excel's limits at any table size", () => {
    const f = malformel(7, 1, 1_048_575, 1, "B500001", 2);
    expect(f).toBe("=KPI.SAMMANVAGD.OM($H$2:$H$1048576,$B$2:$B$1048576,B500001,$C$2:$C$1048576)");
    expect(formelfel(f)).toBeUndefined();
  });

  it("plans the status column, goal column, legend and rules next to the table", () => {
    const t = lasAr([
      ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
      ["Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
      ["", "Kvinnor", "8 %", "≤ 7 %"],
      ["Mål B", "Andel heltider", "70 %", "≥ 65 %"],
    ]);
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 4);
    expect(plan.status).toEqual([
      "Status (Målkoll)",
      '=KPI.MALUPPFYLLELSE(C2,D2,"lägre är bättre")',
      '=KPI.MALUPPFYLLELSE(C3,D3,"lägre är bättre")',
      '=KPI.MALUPPFYLLELSE(C4,D4,"högre är bättre")',
    ]);
    expect(plan.mal).toEqual([
      "Målstatus (Målkoll)",
      // Each goal over its own rows (from its nämndmål cell to its last counted row).
      "=KPI.SAMMANVAGD.OM($E$2:$E$2,$A$2:$A$2,A2,$B$2:$B$2)",
      "",
      "=KPI.SAMMANVAGD.OM($E$4:$E$4,$A$4:$A$4,A4,$B$4:$B$4)",
    ]);
    expect(plan.forklaringRad).toBe(5);
    expect(plan.forklaring).toEqual([
      "Förklaring (Målkoll):",
      '="Uppfyllt"',
      '="Delvis uppfyllt"',
      '="Ej uppfyllt"',
      '="Kan ej bedömas"',
    ]);
    expect(plan.villkor.map((v) => v.omrade)).toEqual(Array(4).fill("E2:F10"));
    expect(plan.roller).toEqual({ utfall: 2, malvarde: 3, namndmal: 0, indikator: 1 });
  });

  it("writes goals named by section headings over their stretch of the table, without breakdown rows", () => {
    const t = lasAr([
      ["Målområde", "Indikator", "Utfall", "Målvärde"],
      ["Nämndmål: Friska medarbetare"],
      [null, "Sjukfrånvaro", "6 %", "≤ 7 %"],
      [null, "Kvinnor", "8 %", "≤ 7 %"],
      [null, "Korttidsfrånvaro", "2 %", "≤ 3 %"],
      ["Nämndmål: Ekonomi i balans"],
      [null, "Resultat", "5", "Budget i balans"],
      [],
      ["Nämndmål: Friska medarbetare"],
      [null, "Långtidsfrånvaro", "40 %", "≤ 35 %"],
    ]);
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 4);
    expect(plan.mal?.filter((f) => f.startsWith("="))).toEqual([
      "=KPI.SAMMANVAGD(KPI.SAMMANVAGD.INDIKATORER($E$3:$E$5,$B$3:$B$5),KPI.SAMMANVAGD.INDIKATORER($E$10,$B$10))",
      "=KPI.SAMMANVAGD.INDIKATORER($E$7,$B$7)",
    ]);
    expect(plan.utanMalformel).toEqual([]);
  });
});

describe("what is still Målkoll's", () => {
  it("recognises its status formula for the cell's own row where the columns are now, and nothing else", () => {
    const f = '=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)';
    expect(arStatusformel(f, 9, SPAR)).toBe(true);
    // Another row's formula: Excel moved its references (cells inserted or deleted in the table's columns only).
    expect(arStatusformel(f, 10, SPAR)).toBe(true);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F11,G10,"lägre är bättre",,E10)', 10, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G11,"lägre är bättre",,E10)', 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,)', 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"sämre",,E10)', 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE($F$10,G10,"lägre är bättre",,E10)', 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,0.2)', 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,0.2)', 9, { ...SPAR, band: 0.2 })).toBe(
      true,
    );
    expect(arStatusformel('=IF(F10>G10,"Ej uppfyllt","Uppfyllt")', 9, SPAR)).toBe(false);
    // After the user deleted the målvärde column, Excel shows #REF!: still Målkoll's formula.
    const utanMal = { ...SPAR, roller: { ...SPAR.roller, malvarde: null } };
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,#REF!,"lägre är bättre",,E10)', 9, utanMal)).toBe(true);
  });

  it("recognises its goal formula, also with its status column deleted", () => {
    const f = "=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)";
    expect(arMalformel(f, 9, SPAR)).toBe(true);
    // On another row than its goal's cell, or with its ranges moved apart: cells inserted or deleted in part of the
    // table move the goal's cell and the table's columns but not Målkoll's.
    expect(arMalformel(f, 10, SPAR)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$28,B11,$C$2:$C$28)", 9, SPAR)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,C10,$C$2:$C$27)", 9, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$A$2:$A$27,B10,$C$2:$C$27)", 9, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM(#REF!,$B$2:$B$27,B10,$C$2:$C$27)", 9, { ...SPAR, status: null })).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD(H10,H13)", 9, SPAR)).toBe(false);
  });

  it("recognises the value cells as the preview read them, and nothing looser", () => {
    const spar: Spar = { ...SPAR, tabell: SPAR.tabell, sammanfogade: [{ rad: 8, kolumn: 6, rader: 3, kolumner: 1 }] };
    const wrap = (ref: string, del = '&" %"') => `IF(ISNUMBER(${ref}),${ref}${del},${ref}&"")`;
    const f = (utfall: string, malvarde = "G10", riktning = '"lägre är bättre"') =>
      `=KPI.MALUPPFYLLELSE(${utfall},${malvarde},${riktning},,E${/\d+/.exec(utfall)?.[0] ?? "10"})`;
    expect(arStatusformel(f(wrap("F10")), 9, spar)).toBe(true);
    expect(arStatusformel(f(wrap("F10", '*100&" %"')), 9, spar)).toBe(true);
    expect(arStatusformel(f(wrap("F10", '&" tkr"')), 9, spar)).toBe(true);
    expect(arStatusformel(f(wrap("F10", '*100&" tkr"')), 9, spar)).toBe(false);
    expect(arStatusformel(f(wrap("F10", '&" kilo"')), 9, spar)).toBe(false);
    expect(arStatusformel(f(wrap("F10", '*10&" %"')), 9, spar)).toBe(false);
    expect(arStatusformel(f('IF(ISNUMBER(F10),F11*100&" %",F10&"")'), 9, spar)).toBe(false);
    expect(arStatusformel(f('IF(ISNUMBER(F10),F10*100&" %",F10)'), 9, spar)).toBe(false);
    expect(arStatusformel(f(`${wrap("F10")}+1`), 9, spar)).toBe(false);
    // A målvärde merged down over rows 9–11 is read at its top-left cell G9 — only where the sheet has that area.
    expect(arStatusformel(f("F11", "G9"), 10, spar)).toBe(true);
    // A breakdown row without its own målvärde reads its indicator's, on an earlier row (tabell/rader.ts), merged
    // or not; never a later row's, nor another column's.
    expect(arStatusformel(f("F11", "G9"), 10, SPAR)).toBe(true);
    expect(arStatusformel(f("F11", "G8"), 10, spar)).toBe(true);
    expect(arStatusformel(f("F11", "G12"), 10, spar)).toBe(false);
    expect(arStatusformel(f("F11", "H9"), 10, spar)).toBe(false);
    // Row 9's formula (G9 is the merged area's top cell there too): Målkoll's wherever Excel moved it.
    expect(arStatusformel(f("F10", "G9"), 10, spar)).toBe(true);
    // With a riktning column: its cell, or the pane's riktning as text.
    const medRiktning: Spar = { ...SPAR, roller: { ...SPAR.roller, riktning: 3 } };
    expect(arStatusformel(f("F10", "G10", "D10"), 9, medRiktning)).toBe(true);
    expect(arStatusformel(f("F10", "G10", '"högre är bättre"'), 9, medRiktning)).toBe(true);
    expect(arStatusformel(f("F10", "G10", "D11"), 9, medRiktning)).toBe(false);
    // The utfall column deleted: Excel writes #REF! in all three places.
    const utanUtfall: Spar = { ...SPAR, roller: { ...SPAR.roller, utfall: null } };
    expect(arStatusformel(f(wrap("#REF!")), 9, utanUtfall)).toBe(true);
  });

  it("recognises its goal formulas over stretches of the table", () => {
    const ind = (a: string, b: string) => `KPI.SAMMANVAGD.INDIKATORER($H$${a}:$H$${b},$C$${a}:$C$${b})`;
    expect(arMalformel(`=${ind("5", "8")}`, 4, SPAR)).toBe(true);
    expect(arMalformel(`=KPI.SAMMANVAGD(${ind("5", "8")},${ind("11", "12")})`, 4, SPAR)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5,$C$5)", 4, SPAR)).toBe(true);
    // Ranges moved apart by cells inserted in the table's columns only.
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$C$5:$C$9)", 4, SPAR)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$B$5:$B$8)", 4, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER(H5:H8,C5:C8)", 4, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD($H$5:$H$8,$H$11)", 4, SPAR)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD($H$5:$H$8,$G$11)", 4, SPAR)).toBe(false);
    expect(arMalformel(`=KPI.SAMMANVAGD($H$5:$H$8,${ind("11", "12")})`, 4, SPAR)).toBe(false);
    expect(arMalformel(`=KPI.SAMMANVAGD(${ind("5", "8")},IF(TRUE,"Uppfyllt"))`, 4, SPAR)).toBe(false);
    // The goal's cell B10 for a goal whose first counted row is 11, inside B10:B17 merged.
    const f = "=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)";
    expect(arMalformel(f, 10, { ...SPAR, sammanfogade: [{ rad: 9, kolumn: 1, rader: 8, kolumner: 1 }] })).toBe(true);
    // Without that area too: a goal formula whose goal cell Excel moved off its row is still Målkoll's.
    expect(arMalformel(f, 10, SPAR)).toBe(true);
  });

  it("classifies cells: header and legend text, live formulas, locked values; a typed status is the user's", () => {
    expect(klassa("Status (Målkoll)", 0, 7, [SPAR])).toBe("rubrik");
    expect(klassa("Status (Målkoll)", 0, 9, [SPAR])).toBe("anvandare");
    expect(klassa('="Uppfyllt"', 12, 7, [SPAR])).toBe("varde");
    expect(klassa("Uppfyllt", 12, 7, [SPAR])).toBe("anvandare");
    expect(klassa('="Bra"', 12, 7, [SPAR])).toBe("anvandare");
    expect(klassa('="Genomförd"', 12, 8, [SPAR])).toBe("anvandare"); // the goal column holds only the four statuses
    expect(klassa("Förklaring (Målkoll):", 28, 7, [SPAR])).toBe("forklaring");
    expect(klassa("", 28, 7, [SPAR])).toBe("tom");
    expect(klassa(42, 12, 7, [SPAR])).toBe("anvandare");
  });

  it("recognises its conditional formats by rule, colour and range, never a user's", () => {
    const regel = '=OR(H2="Uppfyllt",H2="Genomförd")';
    const omrade = { rad: 1, kolumn: 7, rader: 32, kolumner: 2 };
    expect(arEgetVillkor({ typ: "Custom", omrade, formel: regel, fyllning: "#c6efce" }, [SPAR])).toBe(true);
    expect(arEgetVillkor({ typ: "Custom", omrade, formel: regel, fyllning: "#FF0000" }, [SPAR])).toBe(false);
    expect(arEgetVillkor({ typ: "Custom", omrade, formel: '=H2="Uppfyllt"', fyllning: "#C6EFCE" }, [SPAR])).toBe(false);
    expect(arEgetVillkor({ typ: "CellValue", omrade, formel: regel, fyllning: "#C6EFCE" }, [SPAR])).toBe(false);
    expect(
      arEgetVillkor({ typ: "Custom", omrade: { ...omrade, kolumn: 0 }, formel: regel, fyllning: "#C6EFCE" }, [SPAR]),
    ).toBe(false);
    const helRad = '=OR($H2="Uppfyllt",$H2="Genomförd")';
    expect(
      arEgetVillkor(
        { typ: "Custom", omrade: { rad: 1, kolumn: 0, rader: 26, kolumner: 9 }, formel: helRad, fyllning: "#C6EFCE" },
        [SPAR],
      ),
    ).toBe(true);
    expect(arEgetVillkor({ typ: "Custom", formel: regel, fyllning: "#C6EFCE" }, [SPAR])).toBe(false);
  });

  it("says in Swedish which cells it left alone", () => {
    expect(
      beskrivLamnade([
        { adress: "H3", blad: "B", kolumn: "H", typ: "andrad" },
        { adress: "H4", blad: "B", kolumn: "H", typ: "andrad" },
        { adress: "H5", blad: "B", kolumn: "H", typ: "andrad" },
        { adress: "I9", blad: "B", kolumn: "I", typ: "skriven" },
      ]),
    ).toEqual([
      "3 celler i H har ändrats av dig och lämnades kvar.",
      "1 status i I är skriven för hand och behölls; den räknas i målens bedömning.",
    ]);
  });
});

describe("the record in the workbook's names", () => {
  const namn = (name: string, value: unknown, type = "Range", visible = false) => ({ name, value, type, visible });

  it("reads generations from hidden names only, and refuses crafted ones", () => {
    const p = tolkaPoster([
      namn("_Malkoll_3_1_Tabell", "'Mål 2020'!$A$1:$G$27"),
      namn("_Malkoll_3_1_Status", "'Mål 2020'!$H$1:$H$27"),
      namn("_Malkoll_3_1_K_utfall", "'Mål 2020'!$F$1:$F$27"),
      namn("_Malkoll_3_1_F0", "#REF!", "Error"),
      namn("_Malkoll_3_1_Info", "malkoll;v=1;typ=indikatorer;band=0.2", "String"),
      // A part on another sheet, a band that is not a number, a visible look-alike, an unknown role.
      namn("_Malkoll_4_1_Status", "Blad2!$H$1:$H$27"),
      namn("_Malkoll_4_1_Tabell", "'Mål 2020'!$A$1:$G$27"),
      namn("_Malkoll_4_1_Info", "malkoll;v=1;typ=indikatorer", "String"),
      namn("_Malkoll_5_1_Status", "Blad1!$H$1:$H$2"),
      namn("_Malkoll_5_1_Info", 'malkoll;v=1;typ=indikatorer;band=WEBSERVICE("x")', "String"),
      namn("_Malkoll_7_1_Status", "Blad1!$H$1:$H$2", "Range", true),
      namn("_Malkoll_8_1_Status", "Blad1!$H$1:$H$2"),
      namn("_Malkoll_8_1_K_losenord", "Blad1!$A$1:$A$2"),
      namn("_Malkoll_8_1_Info", "malkoll;v=1;typ=indikatorer", "String"),
    ]);
    expect(p.poster.map((x) => [x.id, x.generationer.length])).toEqual([
      [3, 1],
      [4, 0],
      [5, 0],
      [8, 0],
    ]);
    expect(p.poster[0].generationer[0]).toMatchObject({
      blad: "Mål 2020",
      spar: { status: { rad: 0, kolumn: 7, rader: 27, kolumner: 1 }, roller: { utfall: 5 }, band: 0.2 },
    });
    expect(p.poster[0].generationer[0].spar.forklaring[0]).toBeNull();
    expect(p.varningar).toHaveLength(3);
    expect([...p.upptagnaId].sort()).toEqual([3, 4, 5, 7, 8]);
  });
});

describe("the sheet's goal formula and the pane count the same rows (spec §8)", () => {
  it("agrees with utvardera on random tables: blank goal cells continue the goal, breakdown rows do not count", () => {
    const rad = fc.record({
      mal: fc.constantFrom("Mål A", "Mål B", "", " Mål A "),
      indikator: fc.constantFrom("Sjukfrånvaro", "Kvinnor", "Män", "Andel heltider", "30–49 år", ""),
      utfall: fc.constantFrom("5 %", "9 %", "I.U", ""),
    });
    fc.assert(
      fc.property(fc.array(rad, { minLength: 1, maxLength: 15 }), (rader) => {
        const data = rader.map((r) => [r.mal, r.indikator, r.utfall, "≤ 7 %"]);
        const val = { namndmal: 0, indikator: 1, utfall: 2, malvarde: 3 };
        const utv = utvardera(data, val);
        const statusar = data.map((_, i) => utv.rader.find((x) => x.index === i)?.status ?? "");
        for (const m of utv.mal) {
          const pane = m.rader.map((i) => statusar[i]);
          const sheet = malensStatusar(
            statusar,
            data.map((r) => r[0]),
            m.namndmal,
            data.map((r) => r[1]),
          ).filter((s) => s !== "");
          expect(sheet).toEqual(pane);
        }
      }),
    );
  });
});
