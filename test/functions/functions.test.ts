/** The KPI functions called as Excel calls them (spec §13.6): literals, cell references, ranges, omitted arguments. */
import { kalla, kallaMed, kolumnref, omraderef, ref } from "../helpers/excel";

const nara = (v: unknown, forvantat: number) => expect(v as number).toBeCloseTo(forvantat, 12);

describe("KPI functions with Excel's argument shapes", () => {
  it("sum ranges of hours row by row, skip blank rows and read Swedish text", () => {
    nara(kalla("SJUKFRANVARO", kolumnref(50, null, "55"), kolumnref("1 000", null, "1 000")), 0.0525);
    nara(kalla("SJUKFRANVARO", 21, omraderef([100, 100])), 0.105);
    nara(kalla("SJUKFRANVARO", ref(21), ref(200)), 0.105);
    nara(kalla("SJUKFRANVARO.LANG", ref(42), ref("100")), 0.42);
  });

  it("computes personalomsättning from start and slut, a headcount series, or start alone", () => {
    nara(kalla("PERSONALOMSATTNING", ref(26), ref(240), ref(260)), 0.104);
    nara(kalla("PERSONALOMSATTNING", ref(26), omraderef([240, 250, 260])), 0.104);
    nara(kalla("PERSONALOMSATTNING", 26, 250), 0.104);
    nara(kalla("PERSONALOMSATTNING", ref(26), ref(240), ref(null)), 26 / 240);
  });

  it("signs budgetavvikelse the municipal way, in amount and percent", () => {
    expect(kalla("BUDGETAVVIKELSE", ref(5159), ref(4900))).toBe(-259);
    expect(kalla("BUDGETAVVIKELSE", ref(4844), ref(-14000), "Resultat")).toBe(18844);
    expect(kalla("BUDGETAVVIKELSE", ref(120), ref(100), "intäkter")).toBe(20);
    nara(kalla("BUDGETAVVIKELSE.PROCENT", ref("-7 972"), ref("15 000"), "kostnad", ref("1 700 000")), 22972 / 1700000);
    nara(kalla("BUDGETAVVIKELSE.PROCENT", ref(90), ref(100), ref(null)), 0.1);
  });

  it("judges budgetavvikelse on the percentage for a %-målvärde, on the amount otherwise", () => {
    expect(
      kalla("BUDGETAVVIKELSE.STATUS", ref(-7972), ref(15000), "Max 1 % budgetavvikelse", "kostnad", ref(1700000)),
    ).toBe("Delvis uppfyllt");
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(-7972), ref(15000), "Budget i balans")).toBe("Uppfyllt");
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(5159), ref(4900), "+/-0")).toBe("Ej uppfyllt");
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref("I.U"), ref(4900), "+/-0")).toBe("Kan ej bedömas");
  });

  it("judges sjukfrånvaro and personalomsättning as percentages where lower is better", () => {
    expect(kalla("SJUKFRANVARO.STATUS", ref(105), ref(1000), 7, undefined, 8)).toBe("Ej uppfyllt");
    expect(kalla("SJUKFRANVARO.STATUS", ref(65), ref(1000), "7,0 %")).toBe("Uppfyllt");
    expect(kalla("SJUKFRANVARO.STATUS", ref(75), ref(1000), 7, "8")).toBe("Delvis uppfyllt");
    expect(kalla("SJUKFRANVARO.STATUS", ref(0), ref(0), 7)).toBe("Kan ej bedömas");
    expect(kalla("PERSONALOMSATTNING.STATUS", ref(26), ref(240), ref(260), 7, undefined, "11 %")).toBe(
      "Delvis uppfyllt",
    );
    // Turnover above 100 % is a fraction above 1 and stays one: it is never read as percentage points.
    expect(kalla("PERSONALOMSATTNING.STATUS", ref(12), ref(10), ref(10), "Max 150 %")).toBe("Uppfyllt");
  });

  it("returns the reason behind a status", () => {
    expect(kalla("MOTIVERING", ref(0.105), "≤ 7 %")).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %)",
    );
    expect(kalla("MOTIVERING", "I.U", "85 %")).toBe("Uppgift saknas (I.U)");
    expect(
      kalla(
        "MALUPPFYLLELSE",
        80,
        "≥ bästa resultatet för jämförelsekommunerna",
        undefined,
        undefined,
        undefined,
        omraderef([70, 80, null]),
      ),
    ).toBe("Uppfyllt");
  });

  it("judges a whole column in one call, a single cell applying to every row", () => {
    expect(kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(6, 8, null, "I.U"), "≤ 7")).toEqual([
      ["Uppfyllt"],
      ["Ej uppfyllt"],
      ["Kan ej bedömas"],
      ["Kan ej bedömas"],
    ]);
    expect(
      kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(60, 60), kolumnref(65, 55), "högre", undefined, undefined, 0.05),
    ).toEqual([["Ej uppfyllt"], ["Uppfyllt"]]);
    expect(kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(6, 8), omraderef(["≤ 7", "≥ 7"]))).toEqual([
      ["Uppfyllt"],
      ["Uppfyllt"],
    ]);
    expect(kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(1, 2, 3), kolumnref(1, 2))).toEqual({
      code: "#VALUE!",
      message: "Målvärde ska vara en cell eller lika många celler som utfallen",
    });
    expect(kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(1), 2, "bättre")).toMatchObject({ code: "#VALUE!" });
  });

  it("reads blank text cells in the column form as the per-call form does: as missing", () => {
    // Utfall blank, gränsvärde blank, föregående blank: Kan ej bedömas, Ej uppfyllt (no band), Ej uppfyllt.
    const utfall = ["  ", 8, 8];
    const grans = [null, " ", null];
    const fore = [null, null, "\u00a0"];
    const perRad = utfall.map((u, i) => kalla("MALUPPFYLLELSE", ref(u), "≤ 7", "lägre", ref(grans[i]), ref(fore[i])));
    expect(perRad).toEqual(["Kan ej bedömas", "Ej uppfyllt", "Ej uppfyllt"]);
    expect(
      kalla("MALUPPFYLLELSE.KOLUMN", kolumnref(...utfall), "≤ 7", "lägre", kolumnref(...grans), kolumnref(...fore)),
    ).toEqual(perRad.map((status) => [status]));
  });

  it("accepts riktning words", () => {
    expect(kalla("MALUPPFYLLELSE", 6, 7, "lägre")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 6, 7, "Lägre är bättre")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 6.5, 7, "högre")).toBe("Delvis uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 6, 7, "högre")).toBe("Ej uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 6.5, 7, ref(null))).toBe("Delvis uppfyllt");
  });

  it("aggregates one or more ranges of statuses", () => {
    expect(kalla("SAMMANVAGD", kolumnref("Uppfyllt", null), kolumnref("Ej uppfyllt"))).toBe("Delvis uppfyllt");
    expect(kalla("SAMMANVAGD", kolumnref("Kan ej bedömas", ""))).toBe("Kan ej bedömas");
    // A number or SANT/FALSKT among the statuses is no status: named, never dropped (spec §8).
    expect(kalla("SAMMANVAGD", kolumnref("Uppfyllt", 1))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('"1"'),
    });
    expect(kalla("SAMMANVAGD", kolumnref(true))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('"SANT"'),
    });
  });

  it("spills the LKBR table with .. for small groups", () => {
    const n = 30;
    const tabell = kalla(
      "SJUKFRANVARO.REDOVISNING",
      kolumnref(...Array.from({ length: n }, () => 10)),
      kolumnref(...Array.from({ length: n }, () => 100)),
      kolumnref(...Array.from({ length: n }, (_, i) => (i < 20 ? "K" : "Man"))),
      kolumnref(...Array.from({ length: n }, (_, i) => (i < 15 ? 25 : "30–49 år"))),
    );
    expect(tabell).toEqual([
      ["Total sjukfrånvaro", 0.1],
      ["Kvinnor", ".."],
      ["Män", ".."],
      // 50+ is empty (hidden), so the smallest other age group is hidden too: 15 vs 15, the first.
      ["29 år eller yngre", ".."],
      ["30–49 år", 0.1],
      ["50 år eller äldre", ".."],
    ]);
  });

  it("reads employees from columns, rows or wide ranges alike and skips blank rows", () => {
    const sjuk = [5, 20, 8, 12, 3, 40, 9, 11, 7, 30, 6, 10, 4, 15];
    const kon = sjuk.map((_, i) => (i % 3 ? "K" : "M"));
    const alder = sjuk.map((_, i) => 25 + 3 * i);
    const somKolumn = (v: unknown[]) => kolumnref(...v);
    const somRad = (v: unknown[]) => omraderef(v);
    const tvaKolumner = (v: unknown[]) =>
      omraderef(...Array.from({ length: v.length / 2 }, (_, i) => [v[2 * i], v[2 * i + 1]]));
    const tabell = (form: (v: unknown[]) => ReturnType<typeof kolumnref>) =>
      kalla(
        "SJUKFRANVARO.REDOVISNING",
        form(sjuk),
        form(sjuk.map(() => 100)),
        form(kon),
        form(alder),
        form(sjuk.map(() => 1)),
      );
    const facit = tabell(somKolumn) as unknown[][];
    expect(facit[0]).toEqual(["Total sjukfrånvaro", sjuk.reduce((a, b) => a + b) / 1400]);
    expect(tabell(somRad)).toEqual(facit);
    expect(tabell(tvaKolumner)).toEqual(facit);
    const medTomRad = (v: unknown[]) => somKolumn([...v.slice(0, 7), null, ...v.slice(7)]);
    expect(tabell(medTomRad)).toEqual(facit);
  });

  it("puts #DIV/0! in the långtid cell when there is no sick time", () => {
    const tabell = kalla("SJUKFRANVARO.REDOVISNING", ref(0), ref(100), ref("K"), ref(40), ref(0)) as unknown[][];
    expect(tabell[6][0]).toBe("Andel långtidssjukfrånvaro (60 dagar eller mer)");
    expect(tabell[6][1]).toMatchObject({ code: "#DIV/0!" });
  });

  it("reads Swedish numbers and activity statuses", () => {
    nara(kalla("TAL", "10,5 %"), 0.105);
    expect(kalla("TAL", "−7 972")).toBe(-7972);
    expect(kalla("TAL", ref(12))).toBe(12);
    expect(kalla("AKTIVITETSSTATUS", "Ej på- börjad")).toBe("Ej påbörjad");
    expect(kalla("AKTIVITETSSTATUS", ref(null))).toBe("Okänd");
  });

  it("are synchronous and pure: same input, same output, no promise", () => {
    const a = kalla("MALUPPFYLLELSE", "10,4 %", "7 %", "lägre", undefined, "11 %");
    expect(typeof a).toBe("string");
    expect(kalla("MALUPPFYLLELSE", "10,4 %", "7 %", "lägre", undefined, "11 %")).toBe(a);
    expect(kalla("TAL", "abc")).toMatchObject({ code: "#VALUE!" });
  });

  it("reads an empty cell passed as 0 by older Excel for Windows the same way as null where it is optional", () => {
    expect(kallaMed({ tomCell: 0 }, "MALUPPFYLLELSE", ref(0.075), "≤ 7 %", undefined, ref(null))).toBe(
      kalla("MALUPPFYLLELSE", ref(0.075), "≤ 7 %", undefined, ref(null)),
    );
  });
});
