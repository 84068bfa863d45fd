/**
 * The cases of the status rules (spec §7) that no test reached before issue 19: an utfall outside an interval, `<`
 * and `>` at equality, negative targets with the default band, a band with a gränsvärde, a negative bas, and the
 * percentage .STATUS functions with band and interval targets. Each is called as Excel calls it (`kalla`), with the
 * status and the reason a report would show.
 */
import { kalla } from "../helpers/excel";

const U = "Uppfyllt";
const D = "Delvis uppfyllt";
const E = "Ej uppfyllt";
const K = "Kan ej bedömas";

/** Status and reason of KPI.MALUPPFYLLELSE / KPI.MOTIVERING for the same arguments. */
const bedom = (...argument: Parameters<typeof kalla> extends [string, ...infer R] ? R : never) => ({
  status: kalla("MALUPPFYLLELSE", ...argument),
  motivering: kalla("MOTIVERING", ...argument),
});

describe("an utfall outside an interval (§6 X–Y, §7 rule 3)", () => {
  it("below or above, within the default band of 10 % of the nearer end, is Delvis uppfyllt; beyond it Ej uppfyllt", () => {
    // 5–10: the band reaches 4,5 below and 11 above.
    expect(bedom(4.6, "5–10")).toEqual({
      status: D,
      motivering: "Utfallet 4,6 ligger under målintervallet 5–10 men inom gränsvärdet 4,5",
    });
    expect(bedom(4.4, "5–10")).toEqual({ status: E, motivering: "Utfallet 4,4 ligger under målintervallet 5–10" });
    expect(bedom(10.9, "mellan 5 och 10")).toEqual({
      status: D,
      motivering: "Utfallet 10,9 ligger över målintervallet 5–10 men inom gränsvärdet 11",
    });
    expect(bedom(11.2, "mellan 5 och 10")).toEqual({
      status: E,
      motivering: "Utfallet 11,2 ligger över målintervallet 5–10",
    });
    // The ends themselves are inside.
    expect(kalla("MALUPPFYLLELSE", 5, "5–10")).toBe(U);
    expect(kalla("MALUPPFYLLELSE", 10, "5–10")).toBe(U);
  });

  it("is Delvis uppfyllt when it has come closer since föregående, from below and from above, and not otherwise", () => {
    // Below: 3 after 2 has come closer to 5; 3 after 4 has moved away.
    expect(bedom(3, "5–10", undefined, undefined, 2)).toEqual({
      status: D,
      motivering: "Utfallet 3 ligger under målintervallet 5–10 men har närmat sig från 2",
    });
    expect(kalla("MALUPPFYLLELSE", 3, "5–10", undefined, undefined, 4)).toBe(E);
    // Above: 12 after 13 has come closer to 10; 12 after 11,5 has moved away.
    expect(bedom(12, "5–10", undefined, undefined, 13)).toEqual({
      status: D,
      motivering: "Utfallet 12 ligger över målintervallet 5–10 men har närmat sig från 13",
    });
    expect(kalla("MALUPPFYLLELSE", 12, "5–10", undefined, undefined, 11.5)).toBe(E);
    // Unchanged is not closer.
    expect(kalla("MALUPPFYLLELSE", 12, "5–10", undefined, undefined, 12)).toBe(E);
  });

  it("uses a gränsvärde on its own side, and the default band on the other", () => {
    // Gränsvärde 4 below the interval: 4,2 is within it; above, the default band (11) still holds.
    expect(bedom(4.2, "5–10", undefined, 4)).toEqual({
      status: D,
      motivering: "Utfallet 4,2 ligger under målintervallet 5–10 men inom gränsvärdet 4",
    });
    expect(kalla("MALUPPFYLLELSE", 3.9, "5–10", undefined, 4)).toBe(E);
    expect(kalla("MALUPPFYLLELSE", 10.5, "5–10", undefined, 4)).toBe(D);
    expect(kalla("MALUPPFYLLELSE", 11.5, "5–10", undefined, 4)).toBe(E);
    // Gränsvärde 12 above: 11,5 is within it; below, the default band 4,5.
    expect(kalla("MALUPPFYLLELSE", 11.5, "5–10", undefined, 12)).toBe(D);
    expect(kalla("MALUPPFYLLELSE", 12.5, "5–10", undefined, 12)).toBe(E);
    expect(kalla("MALUPPFYLLELSE", 4.4, "5–10", undefined, 12)).toBe(E);
  });

  it("refuses a gränsvärde inside the interval (§6: a gränsvärde on the wrong side is Kan ej bedömas)", () => {
    expect(bedom(7, "5–10", undefined, 7)).toEqual({
      status: K,
      motivering: "Gränsvärdet 7 ligger inom målintervallet 5–10",
    });
    // At an end it is inside too.
    expect(kalla("MALUPPFYLLELSE", 7, "5–10", undefined, 5)).toBe(K);
  });

  it("judges an interval of negative numbers with the band measured from each end's size", () => {
    // −10 … −5: the band reaches −11 below and −4,5 above.
    expect(kalla("MALUPPFYLLELSE", -10.5, "mellan -10 och -5")).toBe(D);
    expect(kalla("MALUPPFYLLELSE", -11.5, "mellan -10 och -5")).toBe(E);
    expect(kalla("MALUPPFYLLELSE", -4.8, "mellan -10 och -5")).toBe(D);
    expect(kalla("MALUPPFYLLELSE", -4.4, "mellan -10 och -5")).toBe(E);
  });
});

describe("`<` and `>` at equality (§6: v < X, v > X)", () => {
  it("an utfall equal to X does not meet a strict target, but lies in its delvis band", () => {
    expect(bedom(7, "< 7")).toEqual({
      status: D,
      motivering: "Utfallet 7 är lika med målvärdet 7 men inom gränsvärdet 7,7",
    });
    expect(bedom(7, "> 7")).toEqual({
      status: D,
      motivering: "Utfallet 7 är lika med målvärdet 7 men inom gränsvärdet 6,3",
    });
    expect(kalla("MALUPPFYLLELSE", 7, "under 7")).toBe(D);
    expect(kalla("MALUPPFYLLELSE", 7, "mer än 7")).toBe(D);
    // Without a band: no delvis zone, so equality is Ej uppfyllt.
    expect(kalla("MALUPPFYLLELSE", 7, "< 7", undefined, undefined, undefined, undefined, 0)).toBe(E);
    expect(kalla("MALUPPFYLLELSE", 7, "> 7", undefined, undefined, undefined, undefined, 0)).toBe(E);
  });

  it("an utfall equal to X meets ≤ and ≥, and the target by riktning", () => {
    expect(kalla("MALUPPFYLLELSE", 7, "≤ 7")).toBe(U);
    expect(kalla("MALUPPFYLLELSE", 7, "≥ 7")).toBe(U);
    expect(kalla("MALUPPFYLLELSE", 7, 7, "lägre är bättre")).toBe(U);
    expect(kalla("MALUPPFYLLELSE", 7, 7, "högre är bättre")).toBe(U);
  });

  it("compares with a relative epsilon (§2): 0,1 + 0,2 equals 0,3, so `< 0,3` is not met by it", () => {
    expect(kalla("MALUPPFYLLELSE", 0.1 + 0.2, "< 0,3", undefined, undefined, undefined, undefined, 0)).toBe(E);
    expect(kalla("MALUPPFYLLELSE", 0.1 + 0.2, "≤ 0,3")).toBe(U);
    expect(kalla("MALUPPFYLLELSE", 0.1 + 0.2, "> 0,3", undefined, undefined, undefined, undefined, 0)).toBe(E);
    expect(kalla("MALUPPFYLLELSE", 0.1 + 0.2, "≥ 0,3")).toBe(U);
  });
});

describe("negative targets with the default band (§7: 10 % of |målvärde| beyond the target)", () => {
  it("widens the band away from the target, whatever the target's sign", () => {
    // ≥ −10: the band reaches −11 (not −9).
    expect(bedom(-10.5, "≥ -10")).toEqual({
      status: D,
      motivering: "Utfallet −10,5 är lägre än målvärdet −10 men inom gränsvärdet −11",
    });
    expect(bedom(-11.5, "≥ -10")).toEqual({
      status: E,
      motivering: "Utfallet −11,5 är lägre än målvärdet −10 (gränsvärde −11)",
    });
    // ≤ −10: the band reaches −9.
    expect(kalla("MALUPPFYLLELSE", -9.5, "≤ −10")).toBe(D);
    expect(kalla("MALUPPFYLLELSE", -8.9, "≤ −10")).toBe(E);
    // A level with a riktning.
    expect(kalla("MALUPPFYLLELSE", -10.5, -10, "högre är bättre")).toBe(D);
    expect(kalla("MALUPPFYLLELSE", -9.5, -10, "lägre är bättre")).toBe(D);
    expect(kalla("MALUPPFYLLELSE", -8.9, -10, "lägre är bättre")).toBe(E);
  });

  it("takes the band setting's share of the size of the target", () => {
    expect(kalla("MALUPPFYLLELSE", -11.5, "≥ -10", undefined, undefined, undefined, undefined, 0.2)).toBe(D);
    expect(kalla("MALUPPFYLLELSE", -12.5, "≥ -10", undefined, undefined, undefined, undefined, 0.2)).toBe(E);
  });
});

describe("a band with a gränsvärde (§6 ±X, §7 rule 3)", () => {
  it("uses the gränsvärde as the delvis limit on the unfavourable side; the favourable side is Delvis uppfyllt", () => {
    expect(bedom("-1,3 %", "±1 %", undefined, "1,5 %")).toEqual({
      status: D,
      motivering: "Utfallet −1,3 % ligger utanför målvärdet ±1,0 % men inom gränsvärdet ±1,5 %",
    });
    expect(bedom("-1,6 %", "±1 %", undefined, "1,5 %")).toEqual({
      status: E,
      motivering: "Utfallet −1,6 % ligger utanför målvärdet ±1,0 %",
    });
    expect(bedom("1,6 %", "±1 %", undefined, "1,5 %")).toEqual({
      status: D,
      motivering: "Utfallet 1,6 % ligger utanför målvärdet ±1,0 % men på den gynnsamma sidan",
    });
    // A gränsvärde written with its sign is the same limit.
    expect(kalla("MALUPPFYLLELSE", "-1,3 %", "±1 %", undefined, "-1,5 %")).toBe(D);
    // Without a gränsvärde the default band reaches 1,1 %.
    expect(kalla("MALUPPFYLLELSE", "-1,3 %", "±1 %")).toBe(E);
  });

  it("refuses a gränsvärde inside the band", () => {
    expect(bedom("-0,7 %", "±1 %", undefined, "0,5 %")).toEqual({
      status: K,
      motivering: "Gränsvärdet 0,5 % ligger innanför målvärdet ±1,0 %",
    });
    expect(kalla("MALUPPFYLLELSE", "-0,7 %", "Max 1 % budgetavvikelse", undefined, "-0,5 %")).toBe(K);
    // On the band's edge it is not inside.
    expect(kalla("MALUPPFYLLELSE", "-1,3 %", "±1 %", undefined, "1 %")).toBe(E);
  });
});

describe("budgetavvikelse in percent of a negative bas (§5: avvikelse / |bas|)", () => {
  it("keeps the avvikelse's sign: better than budget stays positive", () => {
    // Net costs −7 972 against a budget of 15 000, on a bas written negative as a ledger shows it.
    expect(kalla("BUDGETAVVIKELSE.PROCENT", -7972, 15000, undefined, -1700000)).toBeCloseTo(22972 / 1700000, 12);
    expect(kalla("BUDGETAVVIKELSE.PROCENT", 5159, 4900, undefined, -490000)).toBeCloseTo(-259 / 490000, 12);
    // The default bas is |budget|: costs shown negative, spending less than budget.
    expect(kalla("BUDGETAVVIKELSE.PROCENT", -212.4, -220)).toBeCloseTo(7.6 / 220, 12);
    expect(kalla("BUDGETAVVIKELSE.PROCENT", 4844, -14000, "resultat")).toBeCloseTo(18844 / 14000, 12);
  });

  it("judges a percentage target on the avvikelse with its sign", () => {
    // +1,35 % is beyond `max 1 %` on the favourable side: Delvis uppfyllt, never Ej uppfyllt.
    expect(kalla("BUDGETAVVIKELSE.STATUS", -7972, 15000, "Max 1 % budgetavvikelse", undefined, -1700000)).toBe(D);
    // −1,35 % is on the unfavourable side, beyond the band.
    expect(kalla("BUDGETAVVIKELSE.STATUS", 37972, 15000, "Max 1 % budgetavvikelse", undefined, -1700000)).toBe(E);
    expect(kalla("BUDGETAVVIKELSE.STATUS", -212.4, -220, "Minst 3 %")).toBe(U);
  });
});

describe("the percentage .STATUS functions with band and interval targets (§2: plain numbers are points there)", () => {
  it("KPI.SJUKFRANVARO.STATUS with an interval, in % or in plain points", () => {
    for (const mal of ["5–7 %", "5–7", "mellan 5 och 7", "mellan 5 och 7 %"]) {
      expect([mal, kalla("SJUKFRANVARO.STATUS", 60, 1000, mal)]).toEqual([mal, U]);
      expect([mal, kalla("SJUKFRANVARO.STATUS", 75, 1000, mal)]).toEqual([mal, D]);
      expect([mal, kalla("SJUKFRANVARO.STATUS", 80, 1000, mal)]).toEqual([mal, E]);
      expect([mal, kalla("SJUKFRANVARO.STATUS", 46, 1000, mal)]).toEqual([mal, D]);
      expect([mal, kalla("SJUKFRANVARO.STATUS", 44, 1000, mal)]).toEqual([mal, E]);
    }
    // A gränsvärde of 8 is 8 %: 7,8 % lies within it.
    expect(kalla("SJUKFRANVARO.STATUS", 78, 1000, "5–7", 8)).toBe(D);
    expect(kalla("SJUKFRANVARO.STATUS", 82, 1000, "5–7", 8)).toBe(E);
    // A gränsvärde of 6 is inside the interval.
    expect(kalla("SJUKFRANVARO.STATUS", 82, 1000, "5–7", 6)).toBe(K);
    // Moved closer since last year (föregående 9 = 9 %).
    expect(kalla("SJUKFRANVARO.STATUS", 85, 1000, "5–7", undefined, 9)).toBe(D);
    expect(kalla("SJUKFRANVARO.STATUS", 85, 1000, "5–7", undefined, 8)).toBe(E);
  });

  it("KPI.SJUKFRANVARO.STATUS with a band: inside it is met, and a gränsvärde inside the band is refused", () => {
    // A band's own text states its riktning (§6: a band is a deviation, higher is better), which wins over the
    // function's; so only what holds on either side is asserted here.
    expect(kalla("SJUKFRANVARO.STATUS", 60, 1000, "±7")).toBe(U);
    expect(kalla("SJUKFRANVARO.STATUS", 70, 1000, "+/-7 %")).toBe(U);
    expect(kalla("SJUKFRANVARO.STATUS", 75, 1000, "±7")).toBe(D);
    expect(kalla("SJUKFRANVARO.STATUS", 80, 1000, "±7", 6)).toBe(K);
  });

  it("KPI.PERSONALOMSATTNING.STATUS with an interval and a band, plain numbers as points", () => {
    // 3 avgångar on 40 → 7,5 %.
    expect(kalla("PERSONALOMSATTNING.STATUS", 3, 40, 40, "mellan 5 och 10")).toBe(U);
    expect(kalla("PERSONALOMSATTNING.STATUS", 10.5, 100, 100, "mellan 5 och 10")).toBe(D);
    expect(kalla("PERSONALOMSATTNING.STATUS", 12, 100, 100, "mellan 5 och 10 %")).toBe(E);
    expect(kalla("PERSONALOMSATTNING.STATUS", 4.6, 100, 100, "5–10")).toBe(D);
    expect(kalla("PERSONALOMSATTNING.STATUS", 12, 100, 100, "5–10", 13)).toBe(D);
    expect(kalla("PERSONALOMSATTNING.STATUS", 12, 100, 100, "5–10", undefined, 14)).toBe(D);
    expect(kalla("PERSONALOMSATTNING.STATUS", 12, 100, 100, "5–10", undefined, 11)).toBe(E);
    expect(kalla("PERSONALOMSATTNING.STATUS", 7, 100, 100, "±8")).toBe(U);
    expect(kalla("PERSONALOMSATTNING.STATUS", 8.5, 100, 100, "±8")).toBe(D);
    expect(kalla("PERSONALOMSATTNING.STATUS", 9, 100, 100, "±8", 7)).toBe(K);
  });
});
