/**
 * Edges of the status rules (spec §2, §6, §7) that the mutation run (docs/kvalitet.md) found untested in
 * bedomning.ts: the relative epsilon on large amounts, the reasons when föregående is missing, a gränsvärde on the
 * wrong side of a Minst target, a trend with a gränsvärde, an unchanged utfall outside an interval, and the best
 * comparison value on each side. Called as Excel calls the functions.
 */
import { kalla, kolumnref } from "../helpers/excel";

const bedom = (...argument: Parameters<typeof kalla> extends [string, ...infer R] ? R : never) => ({
  status: kalla("MALUPPFYLLELSE", ...argument),
  motivering: kalla("MOTIVERING", ...argument),
});

describe("the relative epsilon (§2: comparisons use a relative epsilon of 1e-9, no rounding)", () => {
  it("is relative to the values compared, so a sum in kronor a ten-thousandth off is still equal", () => {
    // 1e-4 on a million is within 1e-9 × 1 000 000 = 1e-3; 1e-2 is not.
    expect(bedom(1000000.0001, "Högst 1 000 000")).toEqual({
      status: "Uppfyllt",
      motivering: "Utfallet 1 000 000 är lika med målvärdet 1 000 000",
    });
    expect(kalla("MALUPPFYLLELSE", 1000000.01, "Högst 1 000 000")).toBe("Delvis uppfyllt");
  });
});

describe("targets that need föregående (§6)", () => {
  it("say so when it is missing", () => {
    expect(bedom(5, "Öka med 10 %")).toEqual({
      status: "Kan ej bedömas",
      motivering: "Föregående värde saknas: förändringen kan inte bedömas",
    });
    expect(bedom(5, "Bibehålla nivån")).toEqual({
      status: "Kan ej bedömas",
      motivering: "Föregående värde saknas: nivån kan inte jämföras",
    });
  });
});

describe("the gränsvärde (§6, §7)", () => {
  it("above a Minst target is on the wrong side and refused", () => {
    expect(bedom(85, "Minst 80", undefined, 90)).toEqual({
      status: "Kan ej bedömas",
      motivering: "Gränsvärdet 90 ligger på fel sida om målvärdet 80",
    });
  });

  it("beside a trend is no side of anything: the trend is judged against föregående", () => {
    expect(bedom(110, "Ska öka", undefined, 105, 100)).toEqual({
      status: "Uppfyllt",
      motivering: "Utfallet 110 jämfört med föregående 100: ökning, målet är ökning",
    });
  });
});

describe("an utfall outside an interval beyond its band (§7 rule 3)", () => {
  it("is Delvis uppfyllt only when it moved closer since föregående, not when it stayed", () => {
    expect(bedom(4, "5–10", undefined, undefined, 4)).toEqual({
      status: "Ej uppfyllt",
      motivering: "Utfallet 4 ligger under målintervallet 5–10",
    });
    expect(kalla("MALUPPFYLLELSE", 4, "5–10", undefined, undefined, 3)).toBe("Delvis uppfyllt");
  });
});

describe("better than the comparison municipalities (§6)", () => {
  it("aims at the best of them: the highest, or the lowest when lower is better", () => {
    expect(bedom(18, "Bättre än jämförbara kommuner", undefined, undefined, undefined, kolumnref(10, 20))).toEqual({
      status: "Delvis uppfyllt",
      motivering: "Utfallet 18 är lägre än målvärdet 20 (bästa jämförelsevärdet) men inom gränsvärdet 18",
    });
    expect(
      bedom(12, "Bättre än jämförbara kommuner", "lägre är bättre", undefined, undefined, kolumnref(10, 20)),
    ).toEqual({
      status: "Ej uppfyllt",
      motivering: "Utfallet 12 är högre än målvärdet 10 (bästa jämförelsevärdet) (gränsvärde 11)",
    });
  });
});
