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
import { lasTabellVid, type Lastabell } from "../../src/core/tabell/tabell";
import type { Tabellrad } from "../../src/core/tabell/rader";
import { ark, las, pct, type Cellspec } from "../fixtures/layouter";

/** The table around A1 of a sheet given as rows (Cellspec: a value, or a value with its number format). */
function lasAr(rader: readonly Cellspec[][], val: { sammanfogade?: string[] } = {}): Lastabell {
  const { utsnitt } = ark(
    "B",
    rader.map((r) => las(...r)),
    val,
  );
  const svar = lasTabellVid(utsnitt, { rad: 0, kolumn: 0, rader: 1, kolumner: 1 });
  if (!svar.tabell) throw new Error(svar.fel);
  return svar.tabell;
}

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
      statusformel("indikatorer", rad("hogre"), (r) => ({ utfall: "C5", malvarde: "D5" })[r], null, undefined),
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
