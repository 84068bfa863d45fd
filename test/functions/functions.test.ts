/** The KPI functions called the way Excel calls them: scalars, 2-D arrays, null for blanks, text numbers. */
import * as kpi from "../../src/functions/functions";
import { anropa, cell, kolumn } from "../helpers/excel";

describe("KPI functions with Excel's argument shapes", () => {
  it("sum ranges, skip blanks and read Swedish text", () => {
    expect(kpi.sjukfranvaro(kolumn(50, null, "55"), kolumn("1 000", 0, ""))).toBeCloseTo(0.105, 12);
    expect(kpi.sjukfranvaro(cell(21), [[100, 100]])).toBeCloseTo(0.105, 12);
    expect(kpi.sjukfranvaroLang(cell(42), cell("100"))).toBeCloseTo(0.42, 12);
  });

  it("computes personalomsättning from start and slut, a headcount series, or start alone", () => {
    expect(kpi.personalomsattning(cell(26), cell(240), cell(260))).toBeCloseTo(0.104, 12);
    expect(kpi.personalomsattning(cell(26), [[240, 250, 260]], null as any)).toBeCloseTo(0.104, 12);
    expect(kpi.personalomsattning(cell(26), cell(250))).toBeCloseTo(0.104, 12);
    expect(kpi.personalomsattning(cell(26), cell(240), cell(null))).toBeCloseTo(26 / 240, 12);
  });

  it("signs budgetavvikelse the municipal way, in amount and percent", () => {
    expect(kpi.budgetavvikelse(cell(5159), cell(4900))).toBe(-259);
    expect(kpi.budgetavvikelse(cell(4844), cell(-14000), "Resultat")).toBe(18844);
    expect(kpi.budgetavvikelse(cell(120), cell(100), "intäkter")).toBe(20);
    expect(kpi.budgetavvikelseProcent(cell("-7 972"), cell("15 000"), "kostnad", cell("1 700 000"))).toBeCloseTo(
      22972 / 1700000,
      12,
    );
    expect(kpi.budgetavvikelseProcent(cell(90), cell(100), null)).toBeCloseTo(0.1, 12);
  });

  it("judges budgetavvikelse on the percentage for a %-målvärde, on the amount otherwise", () => {
    expect(
      kpi.budgetavvikelseStatus(cell(-7972), cell(15000), "Max 1 % budgetavvikelse", "kostnad", cell(1700000)),
    ).toBe("Delvis uppfyllt");
    expect(kpi.budgetavvikelseStatus(cell(-7972), cell(15000), "Budget i balans")).toBe("Uppfyllt");
    expect(kpi.budgetavvikelseStatus(cell(5159), cell(4900), "+/-0")).toBe("Ej uppfyllt");
    expect(kpi.budgetavvikelseStatus(cell("I.U"), cell(4900), "+/-0")).toBe("Kan ej bedömas");
  });

  it("judges sjukfrånvaro and personalomsättning as percentages where lower is better", () => {
    expect(kpi.sjukfranvaroStatus(cell(105), cell(1000), 7, null, 8)).toBe("Ej uppfyllt");
    expect(kpi.sjukfranvaroStatus(cell(65), cell(1000), "7,0 %")).toBe("Uppfyllt");
    expect(kpi.sjukfranvaroStatus(cell(75), cell(1000), 7, "8")).toBe("Delvis uppfyllt");
    expect(kpi.sjukfranvaroStatus(cell(5), cell(0), 7)).toBe("Kan ej bedömas");
    expect(kpi.personalomsattningStatus(cell(26), cell(240), cell(260), 7, null, "11 %")).toBe("Delvis uppfyllt");
  });

  it("returns the reason behind a status", () => {
    expect(kpi.motivering(0.105, "≤ 7 %", null, null, null)).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %)",
    );
    expect(kpi.motivering("I.U", "85 %")).toBe("Uppgift saknas (I.U)");
    expect(
      kpi.maluppfyllelse(80, "≥ bästa resultatet för jämförelsekommunerna", null, null, null, [[70, 80, null]]),
    ).toBe("Uppfyllt");
  });

  it("judges a whole column in one call, a single cell applying to every row", () => {
    expect(kpi.maluppfyllelseKolumn(kolumn(6, 8, null, "I.U"), cell("≤ 7"))).toEqual([
      ["Uppfyllt"],
      ["Ej uppfyllt"],
      ["Kan ej bedömas"],
      ["Kan ej bedömas"],
    ]);
    expect(kpi.maluppfyllelseKolumn(kolumn(60, 60), kolumn(65, 55), cell("högre"), undefined, undefined, 0.05)).toEqual(
      [["Ej uppfyllt"], ["Uppfyllt"]],
    );
    expect(kpi.maluppfyllelseKolumn(kolumn(6, 8), [["≤ 7", "≥ 7"]])).toEqual([["Uppfyllt"], ["Uppfyllt"]]);
    expect(anropa(() => kpi.maluppfyllelseKolumn(kolumn(1, 2, 3), kolumn(1, 2)))).toEqual({
      code: "#VALUE!",
      message: "Målvärde ska vara en cell eller lika många celler som utfallen",
    });
    expect(anropa(() => kpi.maluppfyllelseKolumn(kolumn(1), cell(2), cell("bättre")))).toMatchObject({
      code: "#VALUE!",
    });
  });

  it("reads blank text cells in the column form as the per-call form does: as missing", () => {
    // Utfall blank, gränsvärde blank, föregående blank: Kan ej bedömas, Ej uppfyllt (no band), Ej uppfyllt.
    const utfall = ["  ", 8, 8];
    const grans = [null, " ", null];
    const fore = [null, null, "\u00a0"];
    const perRad = utfall.map((u, i) => kpi.maluppfyllelse(u, "≤ 7", "lägre", grans[i], fore[i]));
    expect(perRad).toEqual(["Kan ej bedömas", "Ej uppfyllt", "Ej uppfyllt"]);
    expect(
      kpi.maluppfyllelseKolumn(kolumn(...utfall), cell("≤ 7"), cell("lägre"), kolumn(...grans), kolumn(...fore)),
    ).toEqual(perRad.map((status) => [status]));
  });

  it("accepts riktning words", () => {
    expect(kpi.maluppfyllelse(6, 7, "lägre")).toBe("Uppfyllt");
    expect(kpi.maluppfyllelse(6, 7, "Lägre är bättre")).toBe("Uppfyllt");
    expect(kpi.maluppfyllelse(6.5, 7, "högre")).toBe("Delvis uppfyllt");
    expect(kpi.maluppfyllelse(6, 7, "högre")).toBe("Ej uppfyllt");
    expect(kpi.maluppfyllelse(6.5, 7, [[null]])).toBe("Delvis uppfyllt");
  });

  it("aggregates one or more ranges of statuses, passed as Excel passes a repeating parameter", () => {
    expect(kpi.sammanvagd([kolumn("Uppfyllt", null), kolumn("Ej uppfyllt")])).toBe("Delvis uppfyllt");
    expect(kpi.sammanvagd([kolumn("Kan ej bedömas", "")])).toBe("Kan ej bedömas");
    // One range on its own, as code (not Excel) may pass it, is still read as one range.
    expect(kpi.sammanvagd(kolumn("Uppfyllt", "Ej uppfyllt") as any)).toBe("Delvis uppfyllt");
  });

  it("spills the LKBR table with .. for small groups", () => {
    const n = 30;
    const tabell = kpi.sjukfranvaroRedovisning(
      Array.from({ length: n }, () => [10]),
      Array.from({ length: n }, () => [100]),
      Array.from({ length: n }, (_, i) => [i < 20 ? "K" : "Man"]),
      Array.from({ length: n }, (_, i) => [i < 15 ? 25 : "30–49 år"]),
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
    const somKolumn = (v: unknown[]) => v.map((x) => [x]);
    const somRad = (v: unknown[]) => [v];
    const tvaKolumner = (v: unknown[]) => Array.from({ length: v.length / 2 }, (_, i) => [v[2 * i], v[2 * i + 1]]);
    const tabell = (form: (v: unknown[]) => unknown[][]) =>
      kpi.sjukfranvaroRedovisning(
        form(sjuk),
        form(sjuk.map(() => 100)),
        form(kon),
        form(alder),
        form(sjuk.map(() => 1)),
      );
    const facit = tabell(somKolumn);
    expect(facit[0]).toEqual(["Total sjukfrånvaro", sjuk.reduce((a, b) => a + b) / 1400]);
    expect(tabell(somRad)).toEqual(facit);
    expect(tabell(tvaKolumner)).toEqual(facit);
    const medTomRad = (v: unknown[]) => somKolumn([...v.slice(0, 7), null, ...v.slice(7)]);
    expect(tabell(medTomRad)).toEqual(facit);
  });

  it("puts #DIV/0! in the långtid cell when there is no sick time", () => {
    const tabell = kpi.sjukfranvaroRedovisning(kolumn(0), kolumn(100), kolumn("K"), kolumn(40), kolumn(0));
    expect(tabell[6][0]).toBe("Andel långtidssjukfrånvaro (60 dagar eller mer)");
    expect(tabell[6][1]).toMatchObject({ code: "#DIV/0!" });
  });

  it("reads Swedish numbers and activity statuses", () => {
    expect(kpi.tal("10,5 %")).toBeCloseTo(0.105, 12);
    expect(kpi.tal("−7 972")).toBe(-7972);
    expect(kpi.tal(12)).toBe(12);
    expect(kpi.aktivitetsstatus("Ej på- börjad")).toBe("Ej påbörjad");
    expect(kpi.aktivitetsstatus(null)).toBe("Okänd");
  });

  it("are synchronous and pure: same input, same output, no promise", () => {
    const a = kpi.maluppfyllelse("10,4 %", "7 %", "lägre", null, "11 %");
    expect(typeof a).toBe("string");
    expect(kpi.maluppfyllelse("10,4 %", "7 %", "lägre", null, "11 %")).toBe(a);
    expect(anropa(() => kpi.tal("abc"))).toMatchObject({ code: "#VALUE!" });
  });
});
