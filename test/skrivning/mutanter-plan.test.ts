/**
 * Exact tests of the pane's pure planning and marking code (issue 19, mutation score): what the write plan holds
 * (src/core/skrivning/plan.ts: addresses, formulas, number formats with their symbols, conditional-format rules and
 * their ranges, whole-row rules anchored with `$`, Excel's limits of 8 192 characters and 255 arguments per formula),
 * what Målkoll recognises as its own and so may later clear (agande.ts: cells, formulas, locked values, legend,
 * rules; never a user's), how it reads back the formulas it wrote (formel.ts), and the record in the workbook's
 * hidden names, validated when read back (src/taskpane/markering.ts). Each test asserts the whole result, so that a
 * flipped comparison, a dropped condition, an emptied string or a lost `$` changes what it sees.
 */
import { STATUSAR } from "../../src/core/bedomning/status";
import {
  arGiltigAndel,
  bandtext,
  malformel,
  ordForFarg,
  skapaPlan,
  STANDARDINSTALLNINGAR,
  statusformel,
  statusregler,
  strackformel,
  symbolformat,
  tolkaInstallningar,
} from "../../src/core/skrivning/plan";
import {
  arEgetVillkor,
  arLastVarde,
  arMalformel,
  arSkrivenStatus,
  arStatusformel,
  klassa,
  lastVarde,
  riktningIStatusformel,
  type LastVillkor,
  type Spar,
} from "../../src/core/skrivning/agande";
import { konstantText, textformel, textlitteral, tolkaAnrop } from "../../src/core/skrivning/formel";
import type { Tabellrad } from "../../src/core/tabell/rader";
import {
  fingeravtryck,
  infotext,
  namnFor,
  nastaId,
  sammanstallningsinfo,
  sammanstallningsnamn,
  senaste,
  skopatId,
  tolkaPoster,
} from "../../src/taskpane/markering";
import { type Cellspec } from "../fixtures/layouter";
import { lasTabellIA1, SPAR } from "./fixturer";

const lasAr = lasTabellIA1;

const MED_MAL: Cellspec[][] = [
  ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
  ["Mål A", "Sjukfrånvaro", "6 %", "≤ 7 %"],
  ["", "Kvinnor", "8 %", "≤ 7 %"],
  ["Mål B", "Andel heltider", "70 %", "≥ 65 %"],
];

const FARG = {
  Uppfyllt: ["#C6EFCE", "#006100"],
  "Delvis uppfyllt": ["#FFEB9C", "#9C5700"],
  "Ej uppfyllt": ["#FFC7CE", "#9C0006"],
  "Kan ej bedömas": ["#EDEDED", "#404040"],
} as const;

/** The words of each colour: the status, then the activity statuses of that colour (spec §9). */
const ORD = {
  Uppfyllt: ["Uppfyllt", "Genomförd"],
  "Delvis uppfyllt": ["Delvis uppfyllt", "Pågår", "Planerad", "Delvis genomförd"],
  "Ej uppfyllt": ["Ej uppfyllt", "Ej påbörjad", "Pausad", "Försenad", "Inställd", "Ej genomförd"],
  "Kan ej bedömas": ["Kan ej bedömas", "Utgår", "Okänd"],
};

/** The four rules Målkoll writes over `omrade`, reading `cell`, as plain data. */
function reglerna(omrade: string, cell: string, symboler = false) {
  const symbol = { Uppfyllt: "✔", "Delvis uppfyllt": "◐", "Ej uppfyllt": "✖", "Kan ej bedömas": "○" };
  return STATUSAR.map((status) => ({
    omrade,
    status,
    formel: `=OR(${ORD[status].map((o) => `${cell}="${o}"`).join(",")})`,
    fyllning: FARG[status][0],
    text: FARG[status][1],
    ...(symboler ? { talformat: `General;-General;General;"${symbol[status]} "@` } : {}),
  }));
}

describe("plan.ts: settings read back from a workbook (spec §13.4)", () => {
  it("takes the default for null and undefined, and the caller's default when given", () => {
    const egen = { helRad: true, symboler: false, delvisAndel: 0.25 };
    expect(tolkaInstallningar(undefined)).toEqual({ installningar: STANDARDINSTALLNINGAR, fel: [] });
    expect(tolkaInstallningar(null, egen)).toEqual({ installningar: egen, fel: [] });
    expect(tolkaInstallningar(undefined, egen)).toEqual({ installningar: egen, fel: [] });
    // Missing fields keep the caller's default; present ones of the right type win, false included.
    expect(tolkaInstallningar({}, egen)).toEqual({ installningar: egen, fel: [] });
    expect(tolkaInstallningar({ helRad: false, symboler: true, delvisAndel: 0 }, egen)).toEqual({
      installningar: { helRad: false, symboler: true, delvisAndel: 0 },
      fel: [],
    });
  });

  it("refuses a value that is not an object, and each bad field alone, with its own sentence", () => {
    const hel = "Arbetsbokens sparade inställningar kunde inte läsas och ersattes med standardinställningarna.";
    for (const x of ["x", 3, true, [1, 2]])
      expect(tolkaInstallningar(x)).toEqual({ installningar: STANDARDINSTALLNINGAR, fel: [hel] });
    expect(tolkaInstallningar({ helRad: "ja", symboler: 0, delvisAndel: 2 })).toEqual({
      installningar: STANDARDINSTALLNINGAR,
      fel: [
        "Inställningen ”Färga hela raden” i arbetsboken var ogiltig; standardvärdet används.",
        "Inställningen ”Visa symboler” i arbetsboken var ogiltig; standardvärdet används.",
        "Inställningen för Delvis uppfyllt i arbetsboken var ogiltig; standardvärdet 10 % används.",
      ],
    });
    // The default band in the sentence is written with a decimal comma.
    expect(tolkaInstallningar({ delvisAndel: -1 }, { ...STANDARDINSTALLNINGAR, delvisAndel: 0.125 }).fel).toEqual([
      "Inställningen för Delvis uppfyllt i arbetsboken var ogiltig; standardvärdet 12,5 % används.",
    ]);
  });

  it("accepts a band from 0 to 1 inclusive, and nothing else", () => {
    expect([0, 1e-9, 0.5, 1].map(arGiltigAndel)).toEqual([true, true, true, true]);
    expect([-1e-9, 1 + 1e-9, NaN, Infinity, -Infinity, "0.1", null, undefined].map(arGiltigAndel)).toEqual(
      Array(8).fill(false),
    );
    expect(bandtext(1)).toBe("1");
    expect(bandtext(0.1234567)).toBe("0.123457");
    expect(() => bandtext(1.01)).toThrow("Delvisbandet måste vara ett tal från 0 till 1: 1.01");
  });
});

describe("plan.ts: the colour rules and number formats (spec §9, §10)", () => {
  it("gives each colour its status and the activity statuses of that colour", () => {
    expect(STATUSAR.map(ordForFarg)).toEqual(STATUSAR.map((s) => ORD[s]));
    expect(statusregler("E2:F10", "E2")).toEqual(reglerna("E2:F10", "E2"));
    expect(statusregler("A2:F4", "$E2")).toEqual(reglerna("A2:F4", "$E2"));
  });

  it("shows each status's symbol before its text and leaves numbers in General", () => {
    expect(STATUSAR.map(symbolformat)).toEqual([
      'General;-General;General;"✔ "@',
      'General;-General;General;"◐ "@',
      'General;-General;General;"✖ "@',
      'General;-General;General;"○ "@',
    ]);
  });
});

describe("plan.ts: the formulas, by their parts (spec §7, §8)", () => {
  /** A judged row as far as statusformel reads it: its readings and the riktning the preview used. */
  const rad = (riktning: "hogre" | "lagre", omvandling: Tabellrad["omvandling"] = {}) =>
    ({ riktning, omvandling }) as unknown as Tabellrad;
  const kolumner: Record<string, string> = { utfall: "C5", malvarde: "D5", riktning: "E5", jamforelse: "H5" };

  it("writes the status formula with inner empty arguments kept, the riktning from its cell only when it agrees", () => {
    const kalla = (roll: string) => kolumner[roll];
    expect(statusformel("indikatorer", rad("lagre"), kalla, "lägre", undefined)).toBe(
      "=KPI.MALUPPFYLLELSE(C5,D5,E5,,,H5)",
    );
    // The riktning cell says otherwise (or nothing): the pane's riktning as text, never the cell.
    expect(statusformel("indikatorer", rad("hogre"), kalla, "lägre", undefined)).toBe(
      '=KPI.MALUPPFYLLELSE(C5,D5,"högre är bättre",,,H5)',
    );
    expect(statusformel("indikatorer", rad("hogre"), kalla, null, 0.25)).toBe(
      '=KPI.MALUPPFYLLELSE(C5,D5,"högre är bättre",,,H5,0.25)',
    );
    // No riktning column: the text, whatever the value passed.
    expect(
      statusformel("indikatorer", rad("lagre"), (r) => (r === "riktning" ? undefined : kalla(r)), "lägre", undefined),
    ).toBe('=KPI.MALUPPFYLLELSE(C5,D5,"lägre är bättre",,,H5)');
    // Only utfall and målvärde: the trailing empty arguments are left out.
    expect(
      statusformel(
        "indikatorer",
        rad("hogre"),
        (r) => (r === "utfall" ? "C5" : r === "malvarde" ? "D5" : undefined),
        null,
        undefined,
      ),
    ).toBe('=KPI.MALUPPFYLLELSE(C5,D5,"högre är bättre")');
    expect(statusformel("aktiviteter", rad("hogre"), () => undefined, null, undefined)).toBe("=KPI.AKTIVITETSSTATUS()");
    expect(statusformel("aktiviteter", rad("hogre"), (r) => (r === "status" ? "C7" : "X1"), null, 0.3)).toBe(
      "=KPI.AKTIVITETSSTATUS(C7)",
    );
  });

  it("writes the goal formulas with absolute ranges, a single cell for one row, and the name column when there is one", () => {
    expect(malformel(7, 1, 26, 1, "B10", undefined)).toBe("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10)");
    expect(malformel(27, 9, 9, 26, "AA10", 0)).toBe("=KPI.SAMMANVAGD.OM($AB$10:$AB$10,$AA$10:$AA$10,AA10,$A$10:$A$10)");
    expect(strackformel(4, [[2, 4]], undefined)).toBe("=KPI.SAMMANVAGD($E$3:$E$5)");
    expect(
      strackformel(
        4,
        [
          [2, 2],
          [9, 10],
        ],
        undefined,
      ),
    ).toBe("=KPI.SAMMANVAGD($E$3,$E$10:$E$11)");
    expect(strackformel(4, [[2, 4]], 1)).toBe("=KPI.SAMMANVAGD.INDIKATORER($E$3:$E$5,$B$3:$B$5)");
    expect(
      strackformel(
        4,
        [
          [2, 2],
          [9, 10],
        ],
        1,
      ),
    ).toBe(
      "=KPI.SAMMANVAGD(KPI.SAMMANVAGD.INDIKATORER($E$3,$B$3),KPI.SAMMANVAGD.INDIKATORER($E$10:$E$11,$B$10:$B$11))",
    );
  });
});

describe("plan.ts: the whole plan (spec §12, §13)", () => {
  it("colours whole rows with a rule anchored on the status column ($E2), and the block with symbols", () => {
    const plan = skapaPlan(lasAr(MED_MAL), { helRad: true, symboler: true, delvisAndel: 0.1 }, 4);
    expect(plan.villkor).toEqual([...reglerna("A2:F4", "$E2"), ...reglerna("E2:F10", "E2", true)]);
    expect(plan).toMatchObject({ typ: "indikatorer", statuskolumn: 4, malkolumn: 5, forstaRad: 0, forklaringRad: 5 });
    expect(plan.band).toBeUndefined();
    // Not whole rows, no symbols: the block's rules alone, without a number format.
    expect(skapaPlan(lasAr(MED_MAL), { helRad: false, symboler: false, delvisAndel: 0.1 }, 4).villkor).toEqual(
      reglerna("E2:F10", "E2"),
    );
  });

  it("gives the status and goal columns rules of their own where a person's column lies between them", () => {
    const plan = skapaPlan(lasAr(MED_MAL), { ...STANDARDINSTALLNINGAR, helRad: true }, 4, 6);
    expect(plan.villkor).toEqual([
      ...reglerna("A2:G4", "$E2"),
      ...reglerna("E2:E10", "E2", true),
      ...reglerna("G2:G4", "G2", true),
    ]);
    expect(plan.malkolumn).toBe(6);
    expect(plan.mal).toEqual([
      "Målstatus (Målkoll)",
      "=KPI.SAMMANVAGD.OM($E$2:$E$2,$A$2:$A$2,A2,$B$2:$B$2)",
      "",
      "=KPI.SAMMANVAGD.OM($E$4:$E$4,$A$4:$A$4,A4,$B$4:$B$4)",
    ]);
  });

  it("leaves the legend out when asked, and its rules stop at the table's last row", () => {
    const plan = skapaPlan(lasAr(MED_MAL), STANDARDINSTALLNINGAR, 4, 5, false);
    expect(plan.forklaring).toEqual([]);
    expect(plan.forklaringRad).toBe(5);
    expect(plan.villkor).toEqual(reglerna("E2:F4", "E2", true));
  });

  it("plans an activity table: its status column only, no goal column, and the band in the plan when not the default", () => {
    const t = lasAr([
      ["Aktivitet", "Slutdatum", "Status"],
      ["Ny e-tjänst", "2020-12-31", "Genom-förd"],
      ["Utbildning", "2020-06-30", "Pågår"],
    ]);
    const plan = skapaPlan(t, { ...STANDARDINSTALLNINGAR, delvisAndel: 0.2 }, 3);
    expect(plan).toEqual({
      typ: "aktiviteter",
      statuskolumn: 3,
      malkolumn: undefined,
      utanMalformel: [],
      forstaRad: 0,
      status: ["Status (Målkoll)", "=KPI.AKTIVITETSSTATUS(C2)", "=KPI.AKTIVITETSSTATUS(C3)"],
      mal: undefined,
      forklaringRad: 4,
      forklaring: ["Förklaring (Målkoll):", '="Uppfyllt"', '="Delvis uppfyllt"', '="Ej uppfyllt"', '="Kan ej bedömas"'],
      villkor: reglerna("D2:D9", "D2", true),
      roller: { status: 2 },
      band: 0.2,
    });
  });

  it("reads every value column by role, and writes nothing on rows the pane does not judge", () => {
    const t = lasAr([
      ["Indikator", "Utfall", "Målvärde", "Riktning", "Gränsvärde", "Föregående", "Jämförelse"],
      ["Målområde: Ekonomi"],
      ["Nöjda brukare", "80", "≥ 75", "högre", "70", "78", "79"],
    ]);
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 7);
    expect(plan.roller).toEqual({ utfall: 1, malvarde: 2, riktning: 3, gransvarde: 4, foregaende: 5, jamforelse: 6 });
    expect(plan.status).toEqual(["Status (Målkoll)", "", "=KPI.MALUPPFYLLELSE(B3,C3,D3,E3,F3,G3)"]);
    expect(plan.mal).toBeUndefined();
  });

  it("tells breakdown rows apart by the activity column where an indicator table has no indicator column", () => {
    const t = lasAr([
      ["Nämndmål", "Aktivitet", "Utfall", "Målvärde"],
      ["Mål A", "Ny e-tjänst", "5", "≥ 4"],
      ["", "Utbildning", "3", "≥ 4"],
    ]);
    const plan = skapaPlan(t, STANDARDINSTALLNINGAR, 4);
    expect(plan.roller).toEqual({ utfall: 2, malvarde: 3, namndmal: 0, aktivitet: 1 });
    expect(plan.mal).toEqual(["Målstatus (Målkoll)", "=KPI.SAMMANVAGD.OM($E$2:$E$3,$A$2:$A$3,A2,$B$2:$B$3)", ""]);
  });

  it("refuses a table it cannot judge, one without rows, and a band outside 0–1", () => {
    const t = lasAr(MED_MAL);
    expect(() => skapaPlan({ ...t, utvardering: undefined }, STANDARDINSTALLNINGAR, 4)).toThrow(
      new Error("Tabellen kan inte bedömas: välj kolumnerna först"),
    );
    expect(() => skapaPlan({ ...t, celler: { ...t.celler, rader: [] } }, STANDARDINSTALLNINGAR, 4)).toThrow(
      new Error("Tabellen har inga rader under rubrikraden"),
    );
    expect(() => skapaPlan(t, { ...STANDARDINSTALLNINGAR, delvisAndel: 1.5 }, 4)).toThrow(RangeError);
  });
});

describe("plan.ts: goal formulas within Excel's limits (8 192 characters, 255 arguments)", () => {
  /**
   * A table whose goal "Friska medarbetare" is named by section headings in `n` stretches of one row each, between
   * stretches of "Ekonomi i balans" (`fore` rows of it first): sheet rows fore+4, fore+8, … for the first goal.
   */
  function strackor(n: number, fore: number) {
    const rader: Cellspec[][] = [["Målområde", "Indikator", "Utfall", "Målvärde"], ["Nämndmål: Ekonomi i balans"]];
    for (let i = 0; i < fore; i++) rader.push([null, `Resultat ${i}`, "5", "Budget i balans"]);
    for (let i = 0; i < n; i++) {
      rader.push(["Nämndmål: Friska medarbetare"], [null, `Andel nöjda ${i}`, "6 %", "≤ 7 %"]);
      rader.push(["Nämndmål: Ekonomi i balans"], [null, `Resultat ${fore + i}`, "5", "Budget i balans"]);
    }
    const plan = skapaPlan(lasAr(rader), STANDARDINSTALLNINGAR, 4);
    const rad = Array.from({ length: n }, (_, i) => fore + 4 + 4 * i);
    return { plan, rad, formel: plan.mal?.[rad[0] - 1] };
  }

  it("keeps the stretches with their name column up to exactly 8 192 characters", () => {
    const { plan, rad, formel } = strackor(195, 70);
    const delar = rad.map((r) => `KPI.SAMMANVAGD.INDIKATORER($E$${r},$B$${r})`);
    expect(formel).toBe(`=KPI.SAMMANVAGD(${delar.join(",")})`);
    expect(formel).toHaveLength(8192);
    expect(plan.utanMalformel).toEqual([]);
  });

  it("one character more: the goal's rows themselves, as runs of the status column", () => {
    // Two rows further down, one row number more gets three digits: 8 194 characters.
    const { plan, rad, formel } = strackor(195, 72);
    expect(rad.map((r) => `KPI.SAMMANVAGD.INDIKATORER($E$${r},$B$${r})`).join(",").length + 17).toBe(8194);
    expect(formel).toBe(`=KPI.SAMMANVAGD(${rad.map((r) => `$E$${r}`).join(",")})`);
    expect(plan.utanMalformel).toEqual([]);
  });

  it("takes up to 255 runs, and writes no goal formula for 256, naming the goal", () => {
    const med255 = strackor(255, 0);
    expect(med255.formel).toBe(`=KPI.SAMMANVAGD(${med255.rad.map((r) => `$E$${r}`).join(",")})`);
    expect(med255.plan.utanMalformel).toEqual([]);
    const med256 = strackor(256, 0);
    expect(med256.plan.mal?.filter((f) => f !== "")).toEqual(["Målstatus (Målkoll)"]);
    expect(med256.plan.utanMalformel).toEqual(["Friska medarbetare", "Ekonomi i balans"]);
  });
});

describe("formel.ts: reading back the formulas Målkoll writes (Range.formulas, the invariant language)", () => {
  const ref = (rad1: number, kolumn1: number, rad2 = rad1, kolumn2 = kolumn1, absolut = false, omrade = false) => ({
    typ: "ref",
    rad1,
    kolumn1,
    rad2,
    kolumn2,
    absolut,
    omrade,
  });

  it("reads each kind of argument, with 0-based rows and columns past Z", () => {
    expect(tolkaAnrop('=KPI.X(,"a ""b""",0.25,12,#REF!,AB10,$AA$2:$AB$27,B3:B3)')).toEqual({
      funktion: "KPI.X",
      argument: [
        { typ: "tom" },
        { typ: "text", varde: 'a "b"' },
        { typ: "tal", text: "0.25" },
        { typ: "tal", text: "12" },
        { typ: "fel" },
        ref(9, 27),
        ref(1, 26, 26, 27, true, true),
        ref(2, 1, 2, 1, false, true),
      ],
    });
    expect(tolkaAnrop('=F(IF(ISNUMBER(C5),C5*100&" %",C5&""),IF(ISNUMBER($D$6),$D$6&" tkr",$D$6&""),G(H1))')).toEqual({
      funktion: "F",
      argument: [
        { typ: "omvandlad", ref: ref(4, 2), faktor: 100, enhet: "%" },
        { typ: "omvandlad", ref: ref(5, 3, 5, 3, true), faktor: 1, enhet: "tkr" },
        { typ: "anrop", anrop: { funktion: "G", argument: [ref(0, 7)] } },
      ],
    });
    expect(tolkaAnrop("=F()")).toEqual({ funktion: "F", argument: [{ typ: "tom" }] });
    expect(tolkaAnrop('=F("a b",")")')).toEqual({
      funktion: "F",
      argument: [
        { typ: "text", varde: "a b" },
        { typ: "text", varde: ")" },
      ],
    });
  });

  it("refuses every other shape: not a formula, mixed $, three corners, spaces, unbalanced parts", () => {
    for (const x of [
      undefined,
      42,
      "KPI.X(A1)",
      "=kpi.x(A1)",
      "=KPI.X(A1",
      "=KPI.X(A1))",
      "=KPI.X(G(A1)",
      '=KPI.X("a)',
      "=KPI.X(A1, B1)",
      "=KPI.X($A1)",
      "=KPI.X(A$1)",
      "=KPI.X($A$1:B2)",
      "=KPI.X(A1:B2:C3)",
      "=KPI.X(A0)",
      "=KPI.X(Blad2!A1)",
      "=KPI.X(A1+1)",
      "=KPI.X(-1)",
      '=KPI.X(IF(ISNUMBER(C5),C6*100&" %",C5&""))',
      '=KPI.X(IF(ISNUMBER(C5),C5*100&" %",C6&""))',
      '=KPI.X(IF(ISNUMBER(C5:),C5:&" %",C5:&""))',
    ])
      expect([x, tolkaAnrop(x)]).toEqual([x, undefined]);
  });

  it("reads and writes text constants, doubling quotes", () => {
    expect(textlitteral('Målet "A"')).toBe('"Målet ""A"""');
    expect(textformel("Uppfyllt")).toBe('="Uppfyllt"');
    expect(konstantText('="Målet ""A"""')).toBe('Målet "A"');
    expect(konstantText('=""')).toBe("");
    for (const x of ["Uppfyllt", '="a"&"b"', ' ="a"', '="a', 7, null]) expect(konstantText(x)).toBeUndefined();
  });
});

describe("agande.ts: the status formulas that are still Målkoll's (spec §13.1)", () => {
  const F = '=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)';

  it("wants exactly the record's columns: a value for each, none for a column it does not have", () => {
    expect(arStatusformel(F, 9, SPAR)).toBe(true);
    // A gränsvärde or jämförelse the record has no column for: not Målkoll's formula.
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",D10,E10)', 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,D10)', 9, SPAR)).toBe(false);
    // With those columns, the values are wanted (a breakdown row may read its indicator's gränsvärde above it).
    const alla: Spar = { ...SPAR, roller: { ...SPAR.roller, gransvarde: 3, jamforelse: 0 } };
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",D10,E10,A10)', 9, alla)).toBe(true);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",D9,E10,A10)', 9, alla)).toBe(true);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",D11,E10,A10)', 9, alla)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",D10,E10,A9)', 9, alla)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,A10)', 9, alla)).toBe(false);
    // No föregående column in the record: the formula must end after the riktning.
    const utanForeg: Spar = { ...SPAR, roller: { utfall: 5, malvarde: 6 } };
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre")', 9, utanForeg)).toBe(true);
    expect(arStatusformel(F, 9, utanForeg)).toBe(false);
    // A record without an utfall column, or with the column deleted: a reference is not Målkoll's, #REF! is.
    expect(arStatusformel(F, 9, { ...SPAR, roller: { ...SPAR.roller, utfall: undefined } })).toBe(false);
    expect(arStatusformel(F, 9, { ...SPAR, roller: { ...SPAR.roller, utfall: null } })).toBe(false);
    // Even where a merged area over the row starts in the first column: a deleted column reads as #REF!, never A9.
    const sammanfogad: Spar = {
      ...SPAR,
      roller: { ...SPAR.roller, utfall: null },
      sammanfogade: [{ rad: 8, kolumn: 0, rader: 3, kolumner: 1 }],
    };
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(A9,G10,"lägre är bättre",,E10)', 9, sammanfogad)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(#REF!,G10,"lägre är bättre",,E10)', 9, sammanfogad)).toBe(true);
    expect(
      arStatusformel('=KPI.MALUPPFYLLELSE(#REF!,G10,"lägre är bättre",,E10)', 9, {
        ...SPAR,
        roller: { ...SPAR.roller, utfall: undefined },
      }),
    ).toBe(false);
  });

  it("wants the call's own name and its length of 3 to 7 arguments, the last one not empty", () => {
    expect(arStatusformel(F.replace("MALUPPFYLLELSE", "MALUPPFYLLELSE.KOLUMN"), 9, SPAR)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,)', 9, SPAR)).toBe(false);
    expect(arStatusformel("=KPI.MALUPPFYLLELSE(F10,G10)", 9, SPAR)).toBe(false);
    const utanForeg: Spar = { ...SPAR, roller: { utfall: 5, malvarde: 6 } };
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"högre är bättre")', 9, utanForeg)).toBe(true);
    const band = { ...SPAR, band: 0.2 };
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,0.2)', 9, band)).toBe(true);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,0.3)', 9, band)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,"0.2")', 9, band)).toBe(false);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10,,0.2,1)', 9, band)).toBe(false);
    // The riktning: the pane's text, or the row's riktning cell only where the record has that column.
    expect(arStatusformel("=KPI.MALUPPFYLLELSE(F10,G10,D10,,E10)", 9, SPAR)).toBe(false);
    const riktning: Spar = { ...SPAR, roller: { ...SPAR.roller, riktning: 3 } };
    expect(arStatusformel("=KPI.MALUPPFYLLELSE(F10,G10,D10,,E10)", 9, riktning)).toBe(true);
    expect(arStatusformel("=KPI.MALUPPFYLLELSE(F10,G10,D9,,E10)", 9, riktning)).toBe(true);
    expect(arStatusformel('=KPI.MALUPPFYLLELSE(F10,G10,"D10",,E10)', 9, riktning)).toBe(false);
  });

  it("recognises an activity's formula by its status column, on its own row or one Excel moved it to", () => {
    const akt: Spar = { ...SPAR, roller: { status: 2 } };
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS(C10)", 9, akt)).toBe(true);
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS(C11)", 9, akt)).toBe(true);
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS(D10)", 9, akt)).toBe(false);
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS(C10,C10)", 9, akt)).toBe(false);
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS($C$10)", 9, akt)).toBe(false);
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS(C10)", 9, SPAR)).toBe(false);
    expect(arStatusformel("=KPI.AKTIVITETSSTATUS(#REF!)", 9, { ...akt, roller: { status: null } })).toBe(true);
  });

  it("gives back the pane's riktning from Målkoll's own formula on that row only", () => {
    expect(riktningIStatusformel(F, 9, SPAR)).toBe("lagre");
    expect(riktningIStatusformel(F.replace("lägre", "högre"), 9, SPAR)).toBe("hogre");
    // Excel moved it to read row 11: Målkoll's formula, but not the riktning chosen for row 10.
    expect(riktningIStatusformel(F.replace(/10/g, "11"), 9, SPAR)).toBeUndefined();
    expect(riktningIStatusformel(F, 9, { ...SPAR, roller: { ...SPAR.roller, utfall: 4 } })).toBeUndefined();
    const riktning: Spar = { ...SPAR, roller: { ...SPAR.roller, riktning: 3 } };
    expect(riktningIStatusformel("=KPI.MALUPPFYLLELSE(F10,G10,D10,,E10)", 9, riktning)).toBeUndefined();
    expect(riktningIStatusformel("=KPI.AKTIVITETSSTATUS(F10)", 9, { ...SPAR, roller: { status: 5 } })).toBeUndefined();
    expect(riktningIStatusformel("Uppfyllt", 9, SPAR)).toBeUndefined();
  });
});

describe("agande.ts: the goal formulas that are still Målkoll's", () => {
  it("wants three arguments without a name column and four with it, each in its column", () => {
    const utanNamn: Spar = { ...SPAR, roller: { ...SPAR.roller, indikator: undefined } };
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10)", 9, utanNamn)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)", 9, utanNamn)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10)", 9, SPAR)).toBe(false);
    // An activity column names the rows when there is no indicator column.
    const aktivitet: Spar = { ...utanNamn, roller: { ...utanNamn.roller, aktivitet: 3 } };
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$D$2:$D$27)", 9, aktivitet)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)", 9, aktivitet)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$D$5:$D$8)", 4, aktivitet)).toBe(true);
    // Ranges, not cells, for the criteria form; a relative range is the user's.
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2,$B$2:$B$27,B10,$C$2:$C$27)", 9, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM(H2:H27,$B$2:$B$27,B10,$C$2:$C$27)", 9, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$I$27,$B$2:$B$27,B10,$C$2:$C$27)", 9, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,$B$10,$C$2:$C$27)", 9, SPAR)).toBe(false);
    expect(arMalformel('=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,"Mål A",$C$2:$C$27)', 9, SPAR)).toBe(false);
    expect(
      arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)", 9, { ...SPAR, status: undefined }),
    ).toBe(false);
  });

  it("wants every part of a joined goal formula to be its own: stretches, or calls of the indicator form", () => {
    expect(arMalformel("=KPI.SAMMANVAGD()", 4, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD($H$5)", 4, SPAR)).toBe(true);
    expect(arMalformel("=KPI.SAMMANVAGD(#REF!,#REF!)", 4, { ...SPAR, status: null })).toBe(true);
    // The status column deleted: a range there now is someone else's.
    expect(arMalformel("=KPI.SAMMANVAGD($H$5)", 4, { ...SPAR, status: null })).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B10,$C$2:$C$27)", 9, { ...SPAR, status: null })).toBe(
      false,
    );
    expect(arMalformel("=KPI.SAMMANVAGD($H$5,H6)", 4, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8)", 4, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$C$5:$C$8,$C$5:$C$8)", 4, SPAR)).toBe(false);
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,#REF!)", 4, SPAR)).toBe(false);
    const utanNamn: Spar = { ...SPAR, roller: { namndmal: 1 } };
    expect(arMalformel("=KPI.SAMMANVAGD.INDIKATORER($H$5:$H$8,$C$5:$C$8)", 4, utanNamn)).toBe(false);
    expect(arMalformel("=KPI.MEDEL($H$5:$H$8)", 4, SPAR)).toBe(false);
    expect(arMalformel('="Uppfyllt"', 4, SPAR)).toBe(false);
  });
});

describe("agande.ts: which cells are Målkoll's, so that a remover clears only those (spec §13.1)", () => {
  it("knows its locked values: the four statuses (and the activity statuses in the status column) as formulas", () => {
    expect(lastVarde('Mål "A"')).toBe('="Mål ""A"""');
    expect(arLastVarde('="Pågår"')).toBe(true);
    expect(arLastVarde('="Pågår"', STATUSAR)).toBe(false);
    expect(arLastVarde('="Uppfyllt"', STATUSAR)).toBe(true);
    expect(arLastVarde("Uppfyllt")).toBe(false);
    expect(klassa('="Pågår"', 12, 7, [SPAR])).toBe("varde");
    expect(klassa('="Pågår"', 12, 8, [SPAR])).toBe("anvandare");
    expect(klassa('="Delvis uppfyllt"', 12, 8, [SPAR])).toBe("varde");
    // A status typed over the goal formula is the user's (spec §8): never overwritten or cleared.
    expect(klassa("Uppfyllt", 12, 8, [SPAR])).toBe("anvandare");
    expect(klassa("Ej uppfyllt", 9, 8, [SPAR])).toBe("anvandare");
  });

  it("classifies by column and from the record's first row down; above it, or in another column, a cell is the user's", () => {
    const lagre = { ...SPAR, status: { ...SPAR.status!, rad: 3 }, mal: { ...SPAR.mal!, rad: 3 } };
    expect(klassa("Status (Målkoll)", 3, 7, [lagre])).toBe("rubrik");
    expect(klassa("Status (Målkoll)", 2, 7, [lagre])).toBe("anvandare");
    expect(klassa("Målstatus (Målkoll)", 3, 8, [lagre])).toBe("rubrik");
    expect(klassa("Målstatus (Målkoll)", 2, 8, [lagre])).toBe("anvandare");
    expect(klassa("Målstatus (Målkoll)", 3, 7, [lagre])).toBe("anvandare");
    expect(klassa("Status (Målkoll)", 3, 8, [lagre])).toBe("anvandare");
    expect(klassa('="Uppfyllt"', 2, 7, [lagre])).toBe("anvandare");
    expect(klassa('="Uppfyllt"', 2, 8, [lagre])).toBe("anvandare");
    const f = '=KPI.MALUPPFYLLELSE(F3,G3,"lägre är bättre",,E3)';
    expect(klassa(f, 2, 7, [SPAR])).toBe("formel");
    expect(klassa(f, 2, 7, [lagre])).toBe("anvandare");
    expect(klassa(f, 2, 8, [SPAR])).toBe("anvandare");
    const m = "=KPI.SAMMANVAGD.OM($H$2:$H$27,$B$2:$B$27,B3,$C$2:$C$27)";
    expect(klassa(m, 2, 8, [SPAR])).toBe("formel");
    expect(klassa(m, 2, 8, [lagre])).toBe("anvandare");
    expect(klassa(m, 2, 7, [SPAR])).toBe("anvandare");
    // A second record's columns count too; no record: everything is the user's.
    const andra = { ...SPAR, status: { ...SPAR.status!, kolumn: 12 }, mal: undefined, forklaring: [] };
    expect(klassa('="Uppfyllt"', 5, 12, [SPAR, andra])).toBe("varde");
    expect(klassa('="Uppfyllt"', 5, 12, [SPAR])).toBe("anvandare");
    expect(klassa("Status (Målkoll)", 0, 7, [])).toBe("anvandare");
  });

  it("keeps only the legend's own text in a legend cell; a legend title a sort carried elsewhere in the column is still Målkoll's", () => {
    expect(klassa('="Uppfyllt"', 29, 7, [SPAR])).toBe("forklaring");
    expect(klassa('="Delvis uppfyllt"', 29, 7, [SPAR])).toBe("anvandare");
    expect(klassa('="Kan ej bedömas"', 32, 7, [SPAR])).toBe("forklaring");
    expect(klassa("Förklaring (Målkoll):", 29, 7, [SPAR])).toBe("anvandare");
    expect(klassa('=KPI.MALUPPFYLLELSE(F30,G30,"lägre är bättre",,E30)', 29, 7, [SPAR])).toBe("anvandare");
    expect(klassa("Förklaring (Målkoll):", 12, 7, [SPAR])).toBe("forklaring");
    expect(klassa("Förklaring (Målkoll):", 12, 8, [SPAR])).toBe("anvandare");
    // A legend cell whose column lost its other cells: found at its own name.
    const ensam: Spar = { ...SPAR, status: null, mal: null };
    expect(klassa('="Ej uppfyllt"', 31, 7, [ensam])).toBe("forklaring");
    expect(klassa('="Ej uppfyllt"', 30, 7, [ensam])).toBe("anvandare");
    expect(klassa('="Ej uppfyllt"', 31, 8, [ensam])).toBe("anvandare");
    expect(klassa(null, 30, 7, [ensam])).toBe("tom");
    expect(klassa(undefined, 30, 7, [ensam])).toBe("tom");
  });

  it("reads a typed status as a status a person wrote: kept, and counted in the goal (spec §8)", () => {
    expect(
      ["Uppfyllt", " delvis uppfyllt ", "UPPFYLLT. Detta …", "genomförd", " Pågår ", "ej påbörjad"].map(
        arSkrivenStatus,
      ),
    ).toEqual(Array(6).fill(true));
    expect(["Bra", "", "Målet", 1, null].map(arSkrivenStatus)).toEqual(Array(5).fill(false));
  });
});

describe("agande.ts: which conditional formats are Målkoll's, so that a remover deletes only those (spec §13.3)", () => {
  const regel = (ref: string, ord = ["Uppfyllt", "Genomförd"]) => `=OR(${ord.map((o) => `${ref}="${o}"`).join(",")})`;
  const villkor = (rad: number, kolumn: number, rader: number, kolumner: number, formel: string): LastVillkor => ({
    typ: "Custom",
    omrade: { rad, kolumn, rader, kolumner },
    formel,
    fyllning: "#C6EFCE",
  });
  const ar = (v: LastVillkor, spar: readonly Spar[] = [SPAR]) => arEgetVillkor(v, spar);

  it("recognises the block's rules by their range's own top-left cell in Målkoll's columns, from its first row", () => {
    expect(ar(villkor(1, 7, 32, 2, regel("H2")))).toBe(true);
    // Excel shrank or grew the range with deleted or inserted rows: still the block's, reading its own top cell.
    expect(ar(villkor(4, 7, 10, 2, regel("H5")))).toBe(true);
    expect(ar(villkor(4, 7, 10, 2, regel("H2")))).toBe(false);
    expect(ar(villkor(4, 7, 10, 2, regel("$H5")))).toBe(false);
    expect(ar(villkor(4, 7, 10, 2, regel("#REF!")))).toBe(true);
    // Each word must read the same cell; the words may carry quotes.
    expect(ar(villkor(1, 7, 32, 2, '=OR(H2="Uppfyllt",H3="Genomförd")'))).toBe(false);
    expect(ar(villkor(1, 7, 32, 2, '=OR(H3="Uppfyllt",H2="Genomförd")'))).toBe(false);
    expect(ar(villkor(1, 7, 32, 2, '=OR(H2="Uppfyllt",H2="Mål ""A""")'))).toBe(true);
    expect(ar(villkor(1, 7, 32, 2, '=OR(H2="Uppfyllt",H2="")'))).toBe(false);
    expect(ar(villkor(1, 7, 32, 2, '=OR(H2="Uppfyllt")+1'))).toBe(false);
    expect(ar(villkor(1, 7, 32, 2, "=OR()"))).toBe(false);
    expect(ar(villkor(1, 7, 32, 2, regel("H2", ["Genomförd", "Uppfyllt"])))).toBe(false);
    // The fill of the first word's status, in any case; a rule of another type or several areas is the user's.
    expect(ar({ ...villkor(1, 7, 32, 2, regel("H2")), fyllning: "#c6efce" })).toBe(true);
    expect(ar({ ...villkor(1, 7, 32, 2, regel("H2")), fyllning: "#FFC7CE" })).toBe(false);
    expect(ar({ ...villkor(1, 7, 32, 2, regel("H2")), fyllning: undefined })).toBe(false);
    expect(ar({ ...villkor(1, 7, 32, 2, regel("H2")), formel: undefined })).toBe(false);
    expect(ar({ ...villkor(1, 7, 32, 2, regel("H2")), omrade: undefined })).toBe(false);
    expect(ar({ ...villkor(1, 7, 32, 2, regel("H2", ["Ej uppfyllt"])), fyllning: "#FFC7CE" })).toBe(true);
  });

  it("never takes a rule above Målkoll's first row, left of its columns, outside its rows, or in the user's column", () => {
    const lagre: Spar = { ...SPAR, status: { ...SPAR.status!, rad: 3 }, mal: { ...SPAR.mal!, rad: 3 } };
    expect(ar(villkor(3, 7, 30, 2, regel("H4")), [lagre])).toBe(true);
    expect(ar(villkor(2, 7, 30, 2, regel("H3")), [lagre])).toBe(false);
    // Past the legend's last row, or the user's own column right of the block.
    expect(ar(villkor(32, 7, 1, 1, regel("H33")))).toBe(true);
    expect(ar(villkor(33, 7, 1, 1, regel("H34")))).toBe(false);
    expect(ar(villkor(1, 9, 5, 1, regel("J2")))).toBe(false);
    expect(ar(villkor(1, 9, 5, 1, regel("#REF!")))).toBe(false);
    // Starting inside the table (left of the block), reading the status column: not the block's rule.
    expect(ar(villkor(1, 6, 32, 3, regel("G2")))).toBe(false);
    expect(ar(villkor(1, 6, 32, 3, regel("#REF!")))).toBe(false);
    // Without the table's part in the record, the block's leftmost column is the limit.
    const utanTabell: Spar = { ...SPAR, tabell: undefined };
    expect(ar(villkor(1, 7, 32, 2, regel("H2")), [utanTabell])).toBe(true);
    expect(ar(villkor(1, 6, 32, 3, regel("#REF!")), [utanTabell])).toBe(false);
  });

  it("takes the goal column's own rules within its rows where a person's column lies between", () => {
    const isar: Spar = { ...SPAR, mal: { ...SPAR.mal!, kolumn: 9 } };
    expect(ar(villkor(1, 9, 26, 1, regel("J2")), [isar])).toBe(true);
    expect(ar(villkor(1, 9, 27, 1, regel("J2")), [isar])).toBe(false);
    expect(ar(villkor(1, 9, 26, 2, regel("J2")), [isar])).toBe(false);
    expect(ar(villkor(1, 8, 26, 1, regel("I2")), [isar])).toBe(false);
    expect(ar(villkor(1, 9, 26, 1, regel("H2")), [isar])).toBe(false);
    expect(ar(villkor(1, 7, 32, 1, regel("H2")), [isar])).toBe(true);
  });

  it("takes a whole-row rule only over the table's rows from its first column, reading $<status column> on its first row", () => {
    expect(ar(villkor(1, 0, 26, 9, regel("$H2")))).toBe(true);
    expect(ar(villkor(1, 0, 26, 12, regel("$H2")))).toBe(true);
    expect(ar(villkor(5, 0, 3, 9, regel("$H6")))).toBe(true);
    expect(ar(villkor(1, 0, 26, 9, regel("#REF!")))).toBe(true);
    // Both of Målkoll's columns deleted: Excel shrinks the rule to the table and turns its reference into #REF!.
    expect(ar(villkor(1, 0, 26, 7, regel("#REF!")))).toBe(true);
    expect(ar(villkor(1, 0, 26, 6, regel("#REF!")))).toBe(false);
    expect(ar(villkor(1, 0, 26, 9, regel("H2")))).toBe(false);
    expect(ar(villkor(1, 0, 26, 9, regel("$H3")))).toBe(false);
    expect(ar(villkor(1, 0, 26, 9, regel("$I2")))).toBe(false);
    expect(ar(villkor(1, 0, 27, 9, regel("$H2")))).toBe(false);
    expect(ar(villkor(1, 0, 26, 6, regel("$H2")))).toBe(false);
    expect(ar(villkor(1, 1, 26, 8, regel("$H2")))).toBe(false);
    expect(ar(villkor(0, 0, 26, 9, regel("$H1")))).toBe(true);
    const lagre: Spar = { ...SPAR, tabell: { ...SPAR.tabell!, rad: 2 } };
    expect(ar(villkor(1, 0, 26, 9, regel("$H2")), [lagre])).toBe(false);
    // The status column deleted (the record's part is #REF!): only a rule Excel turned to #REF! is Målkoll's.
    const utanStatus: Spar = { ...SPAR, status: null };
    expect(ar(villkor(1, 0, 26, 9, regel("$H2")), [utanStatus])).toBe(false);
    expect(ar(villkor(1, 0, 26, 9, regel("#REF!")), [utanStatus])).toBe(true);
  });
});

describe("markering.ts: the record in hidden names, validated when read back (spec §13.2, §13.4)", () => {
  type Namn = { name: string; value: unknown; type: string; visible: boolean; omfang?: string };
  const namn = (name: string, value: unknown, type = "Range", visible = false, omfang?: string): Namn =>
    omfang === undefined ? { name, value, type, visible } : { name, value, type, visible, omfang };
  /** A whole generation as Färgmarkera writes it on A1:D4 of Blad1 (status E, goal F, legend E6:E10). */
  const generation = (id: number, gen: number, andra: Record<string, Namn | undefined> = {}, blad = "Blad1") => {
    const delar: Record<string, Namn | undefined> = {
      Tabell: namn(`_Malkoll_${id}_${gen}_Tabell`, `${blad}!$A$1:$D$4`),
      Status: namn(`_Malkoll_${id}_${gen}_Status`, `${blad}!$E$1:$E$4`),
      Mal: namn(`_Malkoll_${id}_${gen}_Mal`, `${blad}!$F$1:$F$4`),
      ...Object.fromEntries(
        [0, 1, 2, 3, 4].map((i) => [`F${i}`, namn(`_Malkoll_${id}_${gen}_F${i}`, `${blad}!$E$${6 + i}`)]),
      ),
      K_utfall: namn(`_Malkoll_${id}_${gen}_K_utfall`, `${blad}!$C$1:$C$4`),
      K_malvarde: namn(`_Malkoll_${id}_${gen}_K_malvarde`, `${blad}!$D$1:$D$4`),
      Info: namn(`_Malkoll_${id}_${gen}_Info`, "malkoll;v=1;typ=indikatorer", "String"),
    };
    for (const [k, v] of Object.entries(andra)) delar[k] = v;
    return Object.values(delar).filter((n): n is Namn => n !== undefined);
  };
  const SPAR1: Spar = {
    tabell: { rad: 0, kolumn: 0, rader: 4, kolumner: 4 },
    status: { rad: 0, kolumn: 4, rader: 4, kolumner: 1 },
    mal: { rad: 0, kolumn: 5, rader: 4, kolumner: 1 },
    forklaring: [0, 1, 2, 3, 4].map((i) => ({ rad: 5 + i, kolumn: 4 })),
    roller: { utfall: 2, malvarde: 3 },
    band: undefined,
  };
  const varning = (id: number, skal: string) => `En del av Målkolls markering ${id} kunde inte användas (${skal}).`;

  it("names its parts, and writes its info text with the band to six decimals", () => {
    expect(namnFor(3, 12, "K_utfall")).toBe("_Malkoll_3_12_K_utfall");
    expect(sammanstallningsnamn(4, "Blad")).toBe("_Malkoll_S4_Blad");
    expect(infotext("indikatorer", undefined)).toBe("malkoll;v=1;typ=indikatorer");
    expect(infotext("aktiviteter", 0.1234567)).toBe("malkoll;v=1;typ=aktiviteter;band=0.123457");
    expect(infotext("indikatorer", 0)).toBe("malkoll;v=1;typ=indikatorer;band=0");
    expect(sammanstallningsinfo("0badf00d")).toBe("malkoll;v=1;fa=0badf00d");
  });

  it("reads a whole generation into positions as Excel keeps them now", () => {
    const namnen = generation(1, 2);
    expect(tolkaPoster(namnen)).toEqual({
      poster: [
        {
          id: 1,
          omfang: undefined,
          blad: "Blad1",
          generationer: [{ gen: 2, blad: "Blad1", typ: "indikatorer", spar: SPAR1 }],
          namn: namnen.map((n) => n.name),
          hogstaGen: 2,
        },
      ],
      sammanstallningar: [],
      varningar: [],
      upptagnaId: [1],
      upptagnaSammanstallningsId: [],
    });
  });

  it("keeps the generations in order, the newest sheet, and the highest number even of an invalid one", () => {
    const p = tolkaPoster([
      ...generation(1, 3, {}, "Nytt"),
      ...generation(1, 1, {}, "Gammalt"),
      // Generation 4: every range deleted (no sheet); generation 5: not valid.
      ...generation(1, 4, {
        Tabell: namn("_Malkoll_1_4_Tabell", "=#REF!", "Error"),
        Status: namn("_Malkoll_1_4_Status", "=#REF!", "Error"),
        Mal: undefined,
        F0: undefined,
        F1: undefined,
        F2: undefined,
        F3: undefined,
        F4: undefined,
        K_utfall: undefined,
        K_malvarde: undefined,
      }),
      namn("_Malkoll_1_5_Status", "Nytt!$E$1:$E$4"),
    ]).poster[0];
    expect(p.generationer.map((g) => [g.gen, g.blad])).toEqual([
      [1, "Gammalt"],
      [3, "Nytt"],
      [4, undefined],
    ]);
    expect(p.generationer[2].spar).toEqual({
      tabell: null,
      status: null,
      mal: undefined,
      forklaring: [undefined, undefined, undefined, undefined, undefined],
      roller: {},
      band: undefined,
    });
    expect(p.blad).toBe("Nytt");
    expect(p.hogstaGen).toBe(5);
    expect(senaste(p)?.gen).toBe(4);
    expect(senaste({ ...p, generationer: [] })).toBeUndefined();
  });

  it.each([
    ["no info", { Info: undefined }, "uppgiftsraden saknas eller är ogiltig"],
    [
      "info as a range",
      { Info: namn("_Malkoll_1_1_Info", "Blad1!$A$1", "Range") },
      "uppgiftsraden saknas eller är ogiltig",
    ],
    ["info not text", { Info: namn("_Malkoll_1_1_Info", 5, "String") }, "uppgiftsraden saknas eller är ogiltig"],
    [
      "another prefix",
      { Info: namn("_Malkoll_1_1_Info", "Malkoll;v=1;typ=indikatorer", "String") },
      "uppgiftsraden saknas eller är ogiltig",
    ],
    [
      "another version",
      { Info: namn("_Malkoll_1_1_Info", "malkoll;v=2;typ=indikatorer", "String") },
      "uppgiftsraden saknas eller är ogiltig",
    ],
    [
      "no version",
      { Info: namn("_Malkoll_1_1_Info", "malkoll;typ=indikatorer", "String") },
      "uppgiftsraden saknas eller är ogiltig",
    ],
    [
      "a field of another shape",
      { Info: namn("_Malkoll_1_1_Info", "malkoll;v=1;typ=indikatorer;x=a b", "String") },
      "uppgiftsraden saknas eller är ogiltig",
    ],
    ["an unknown kind", { Info: namn("_Malkoll_1_1_Info", "malkoll;v=1;typ=annat", "String") }, "okänd tabelltyp"],
    ["no kind", { Info: namn("_Malkoll_1_1_Info", "malkoll;v=1", "String") }, "okänd tabelltyp"],
    [
      "a band above 1",
      { Info: namn("_Malkoll_1_1_Info", "malkoll;v=1;typ=indikatorer;band=1.5", "String") },
      "ogiltigt delvisband",
    ],
    [
      "a band that is no number",
      { Info: namn("_Malkoll_1_1_Info", "malkoll;v=1;typ=indikatorer;band=x", "String") },
      "ogiltigt delvisband",
    ],
    [
      "the table on another sheet",
      { Tabell: namn("_Malkoll_1_1_Tabell", "Blad2!$A$1:$D$4") },
      "ett område har fel form eller ligger på fel blad",
    ],
    [
      "a status column two wide",
      { Status: namn("_Malkoll_1_1_Status", "Blad1!$E$1:$F$4") },
      "ett område har fel form eller ligger på fel blad",
    ],
    [
      "a goal column on another sheet",
      { Mal: namn("_Malkoll_1_1_Mal", "Blad2!$F$1:$F$4") },
      "ett område har fel form eller ligger på fel blad",
    ],
    [
      "a table of several areas",
      { Tabell: namn("_Malkoll_1_1_Tabell", "Blad1!$A$1:$D$4,Blad1!$A$9") },
      "ett område har fel form eller ligger på fel blad",
    ],
    [
      "a table name of another error",
      { Tabell: namn("_Malkoll_1_1_Tabell", "#NAME?", "Error") },
      "ett område har fel form eller ligger på fel blad",
    ],
    [
      "a table name without a text",
      { Tabell: namn("_Malkoll_1_1_Tabell", 7) },
      "ett område har fel form eller ligger på fel blad",
    ],
    [
      "a range name whose value is no text",
      { Tabell: namn("_Malkoll_1_1_Tabell", ["Blad1!$A$1:$D$4"]) },
      "ett område har fel form eller ligger på fel blad",
    ],
    ["no status column", { Status: undefined }, "statuskolumnen saknas"],
    ["a legend cell of two rows", { F3: namn("_Malkoll_1_1_F3", "Blad1!$E$9:$E$10") }, "förklaringen har fel form"],
    ["a legend cell of two columns", { F0: namn("_Malkoll_1_1_F0", "Blad1!$E$6:$F$6") }, "förklaringen har fel form"],
    ["an unknown role", { K_losen: namn("_Malkoll_1_1_K_losen", "Blad1!$A$1:$A$4") }, "okänd kolumnroll k_losen"],
    [
      "a role column two wide",
      { K_utfall: namn("_Malkoll_1_1_K_utfall", "Blad1!$C$1:$D$4") },
      "en kolumn har fel form",
    ],
  ])("refuses a generation with %s, and says so", (_, andra, skal) => {
    const namnen = generation(1, 1, andra as Record<string, Namn | undefined>);
    const p = tolkaPoster(namnen);
    expect(p.poster).toEqual([
      { id: 1, omfang: undefined, blad: undefined, generationer: [], namn: namnen.map((n) => n.name), hogstaGen: 1 },
    ]);
    expect(p.varningar).toEqual([varning(1, skal)]);
  });

  it("accepts a band of 0 and of 1, a sheet's name in any case, a deleted column as null, and an info text up to 250 characters", () => {
    const info = (v: string) => ({ Info: namn("_Malkoll_1_1_Info", v, "String") });
    const band = (v: string) => tolkaPoster(generation(1, 1, info(v))).poster[0].generationer[0]?.spar.band;
    expect([band("malkoll;v=1;typ=indikatorer;band=0"), band("malkoll;v=1;typ=indikatorer;band=1")]).toEqual([0, 1]);
    expect(band("malkoll;v=1;typ=indikatorer;band=0.15")).toBe(0.15);
    const lang = `malkoll;v=1;typ=indikatorer${`;x=${"a".repeat(40)}`.repeat(5)};y=aaaaa`;
    expect(lang).toHaveLength(250);
    expect(tolkaPoster(generation(1, 1, info(lang))).poster[0].generationer).toHaveLength(1);
    expect(tolkaPoster(generation(1, 1, info(`${lang}a`))).poster[0].generationer).toHaveLength(0);
    const p = tolkaPoster(
      generation(1, 1, {
        Mal: namn("_Malkoll_1_1_Mal", "BLAD1!$F$1:$F$4"),
        K_utfall: namn("_Malkoll_1_1_K_utfall", "#REF!", "Error"),
        F2: namn("_Malkoll_1_1_F2", "=Blad1!#REF!", "Error"),
      }),
    );
    expect(p.varningar).toEqual([]);
    expect(p.poster[0].generationer[0].spar).toEqual({
      ...SPAR1,
      forklaring: [{ rad: 5, kolumn: 4 }, { rad: 6, kolumn: 4 }, null, { rad: 8, kolumn: 4 }, { rad: 9, kolumn: 4 }],
      roller: { utfall: null, malvarde: 3 },
    });
  });

  it("reads hidden names only, but counts every id in its scheme, hidden or not, so a new record takes another", () => {
    const p = tolkaPoster([
      namn("_Malkoll_7_1_Status", "Blad1!$E$1:$E$4", "Range", true),
      namn("_malkoll_s9_Blad", "Blad2!$A$1:$B$2", "Range", true),
      namn("_Malkoll_3_1_Status", "Blad1!$E$1:$E$4"),
      namn("_Malkoll_3_1_Info", "malkoll;v=1;typ=aktiviteter", "String"),
      namn("Malkoll_4_1_Status", "Blad1!$E$1:$E$4"),
      namn("_Malkoll_x_Status", "Blad1!$E$1:$E$4"),
    ]);
    expect(p.poster.map((x) => [x.id, x.generationer.map((g) => g.typ)])).toEqual([[3, ["aktiviteter"]]]);
    expect(p.upptagnaId).toEqual([7, 3]);
    expect(p.upptagnaSammanstallningsId).toEqual([9]);
    expect(p.sammanstallningar).toEqual([]);
    expect(nastaId(p.upptagnaId)).toBe(8);
    expect(nastaId([])).toBe(1);
  });

  it("reads the summary sheets it created, with their area and a fingerprint of exactly eight hex digits", () => {
    const p = tolkaPoster([
      namn("_Malkoll_S4_Info", "malkoll;v=1;fa=0badf00d", "String"),
      namn("_Malkoll_S4_Blad", "'Sammanställning 2'!$A$1:$F$20"),
      namn("_Malkoll_S2_Blad", "#REF!", "Error"),
      namn("_Malkoll_S2_Info", "malkoll;v=1;fa=0BADF00D", "String"),
      namn("_Malkoll_S3_Info", "malkoll;v=1;fa=0badf00", "String"),
      namn("_Malkoll_S5_Blad", "Blad9!$A$1", "Range", false, "Blad9"),
    ]);
    expect(p.sammanstallningar).toEqual([
      {
        id: 2,
        blad: undefined,
        omrade: undefined,
        fingeravtryck: undefined,
        namn: ["_Malkoll_S2_Blad", "_Malkoll_S2_Info"],
      },
      { id: 3, blad: undefined, omrade: undefined, fingeravtryck: undefined, namn: ["_Malkoll_S3_Info"] },
      {
        id: 4,
        blad: "Sammanställning 2",
        omrade: { rad: 0, kolumn: 0, rader: 20, kolumner: 6 },
        fingeravtryck: "0badf00d",
        namn: ["_Malkoll_S4_Info", "_Malkoll_S4_Blad"],
      },
    ]);
    expect(p.upptagnaSammanstallningsId).toEqual([4, 2, 3, 5]);
  });

  it("gives a copy on a copied sheet its own id, reads the original's info, and refuses a copy naming another sheet", () => {
    const original = generation(2, 1);
    const kopia = generation(2, 1, { Info: undefined }, "Kopia").map((n) => ({ ...n, omfang: "Kopia" }));
    const p = tolkaPoster([...kopia, ...original]);
    const id = skopatId("Kopia", 2);
    expect(p.poster.map((x) => [x.id, x.omfang, x.blad, x.generationer.map((g) => g.typ)])).toEqual([
      [2, undefined, "Blad1", ["indikatorer"]],
      [id, "Kopia", "Kopia", ["indikatorer"]],
    ]);
    expect(p.poster[1].generationer[0].spar.band).toBeUndefined();
    // The original's band comes with its info text.
    const medBand = original.map((n) =>
      n.name.endsWith("_Info") ? { ...n, value: "malkoll;v=1;typ=indikatorer;band=0.2" } : n,
    );
    expect(tolkaPoster([...kopia, ...medBand]).poster[1].generationer[0].spar.band).toBe(0.2);
    // Without the original: the kind from the columns its formulas read; neither column, no generation.
    expect(tolkaPoster(kopia).poster[0].generationer.map((g) => g.typ)).toEqual(["indikatorer"]);
    const aktivitet: Namn[] = [
      ...kopia.filter((n) => !/_K_/.test(n.name)),
      namn("_Malkoll_2_1_K_status", "Kopia!$C$1:$C$4", "Range", false, "Kopia"),
    ];
    expect(tolkaPoster(aktivitet).poster[0].generationer.map((g) => g.typ)).toEqual(["aktiviteter"]);
    // A copy with an info text of its own that is not valid: refused, never guessed from its columns.
    const egenInfo = [...kopia, namn("_Malkoll_2_1_Info", "malkoll;v=9;typ=indikatorer", "String", false, "Kopia")];
    expect(tolkaPoster(egenInfo).varningar).toEqual([varning(2, "uppgiftsraden saknas eller är ogiltig")]);
    const utan = kopia.filter((n) => !/_K_/.test(n.name));
    expect(tolkaPoster(utan).varningar).toEqual([varning(2, "uppgiftsraden saknas eller är ogiltig")]);
    // A workbook-scoped record does not guess its kind.
    expect(tolkaPoster(generation(2, 1, { Info: undefined })).varningar).toEqual([
      varning(2, "uppgiftsraden saknas eller är ogiltig"),
    ]);
    // A copy whose ranges are on another sheet than its names' is not Målkoll's shape.
    const fel = generation(2, 1, { Info: undefined }, "Blad1").map((n) => ({ ...n, omfang: "Kopia" }));
    expect(tolkaPoster([...fel, ...original]).varningar).toEqual([
      varning(2, "ett område ligger på ett annat blad än namnens"),
    ]);
    // The same sheet's name in another case is the same sheet.
    const versaler = generation(2, 1, { Info: undefined }, "KOPIA").map((n) => ({ ...n, omfang: "Kopia" }));
    expect(tolkaPoster([...versaler, ...original]).varningar).toEqual([]);
  });

  it("orders the workbook's records first, then copies by sheet name and id", () => {
    const pa = (blad: string, id: number) =>
      generation(id, 1, { Info: undefined }, blad).map((n) => ({ ...n, omfang: blad }));
    const p = tolkaPoster([...pa("b", 1), ...pa("a", 2), ...pa("a", 1), ...generation(5, 1), ...generation(3, 1)]);
    expect(p.poster.map((x) => [x.omfang, x.id])).toEqual([
      [undefined, 3],
      [undefined, 5],
      ["a", skopatId("a", 1)],
      ["a", skopatId("a", 2)],
      ["b", skopatId("b", 1)],
    ]);
  });

  it("derives a copy's id from the sheet's name, in any case, above every id a name can carry", () => {
    /** FNV-1a, 32 bits, over the JSON text: an independent reference. */
    const fnv = (text: string) => {
      let h = 0x811c9dc5n;
      for (const t of text) h = ((h ^ BigInt(t.charCodeAt(0))) * 0x01000193n) % 2n ** 32n;
      return h.toString(16).padStart(8, "0");
    };
    expect(fingeravtryck([])).toBe(fnv("[]"));
    expect(fingeravtryck([["Mål A", 1, null]])).toBe(fnv('[["Mål A",1,null]]'));
    // Eight digits also where the hash starts with zeros.
    const liten = Array.from({ length: 2000 }, (_, i) => i).find((i) => fnv(`[[${i}]]`).startsWith("0"));
    expect(fingeravtryck([[liten]])).toBe(fnv(`[[${liten}]]`));
    expect(fingeravtryck([[liten]])).toMatch(/^0[0-9a-f]{7}$/);
    expect(skopatId("Kopia", 7)).toBe((1 + (parseInt(fnv('[["kopia"]]'), 16) % 1_000_000)) * 1_000_000 + 7);
    expect(skopatId("KOPIA", 7)).toBe(skopatId("Kopia", 7));
    expect(skopatId("Kopia", 7)).toBeGreaterThan(999_999);
  });
});
