/**
 * Edges of the number, sign and status-reading rules that the mutation run (docs/kvalitet.md) found no test for:
 * each test pins a boundary the spec states, called as Excel calls the function.
 */
import { kalla, kolumnref } from "../helpers/excel";
import { KpiFel, ogiltig } from "../../src/core/fel";
import { budgetavvikelseProcent } from "../../src/core/nyckeltal/budget";

describe("budgetavvikelse: costs shown as minus only when both are negative (spec §5)", () => {
  it("reads a kostnad row with a zero on one side by the ordinary rule, budget − utfall", () => {
    // "A kostnad row whose utfall and budget are both negative is read that way": a zero is not negative.
    expect(kalla("BUDGETAVVIKELSE", -50, 0)).toBe(50);
    expect(kalla("BUDGETAVVIKELSE", 0, -415.1)).toBe(-415.1);
    // Both negative: utfall − budget (budget −415,1, utfall −410,7 → +4,4).
    expect(kalla("BUDGETAVVIKELSE", -410.7, -415.1)).toBeCloseTo(4.4, 9);
  });
});

describe("budgetavvikelse in %: the messages name what is wrong (spec §5, §2)", () => {
  it("a bas of 0 is a division by zero that says so", () => {
    // Excel shows #DIV/0! without a message; the domain error carries one for every other reader.
    expect(kalla("BUDGETAVVIKELSE.PROCENT", 90, 100, "kostnad", 0)).toEqual({ code: "#DIV/0!" });
    expect(() => budgetavvikelseProcent(90, 100, "kostnad", 0)).toThrow(
      new KpiFel("division", "Basen för procentberäkningen är noll"),
    );
  });

  it("a bas without a unit beside amounts in mnkr is named as the bas", () => {
    expect(kalla("BUDGETAVVIKELSE.PROCENT", "4 mnkr", "5 mnkr", "kostnad", 1700)).toEqual({
      code: "#VALUE!",
      message: "Bas 1 700 saknar enhet men beloppen är i mnkr: skriv enheten (kr, tkr, mnkr eller mdkr)",
    });
  });
});

describe("the percent scale at its edges (spec §2)", () => {
  it("reads a plain value up to 1 as a fraction even beside a target below 10 %", () => {
    // |v| ≤ 1 is a fraction whatever the target: 0,5 is 50 % and 1 is 100 %, far above `Högst 5 %`.
    expect(kalla("MALUPPFYLLELSE", 0.5, "Högst 5 %")).toBe("Ej uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 1, "Högst 5 %")).toBe("Ej uppfyllt");
    expect(kalla("MOTIVERING", 1, "Högst 5 %")).toMatch(/^Utfallet 100,0 % är högre än målvärdet 5,0 %/);
    // Beyond 1 and beyond ten times the target: percentage points (3 is 3 %).
    expect(kalla("MALUPPFYLLELSE", 3, "Högst 5 %")).toBe("Uppfyllt");
  });

  it("reads a plain value beside a percentage interval by the interval's upper bound", () => {
    // `mellan 5 och 10 %` is a percentage level: 7 beside it is 7 %, inside the interval.
    expect(kalla("MALUPPFYLLELSE", 7, "mellan 5 och 10 %")).toBe("Uppfyllt");
    expect(kalla("MOTIVERING", 7, "mellan 5 och 10 %")).toBe(
      "Utfallet 7 (läst som 7 %) ligger inom målintervallet 5,0 %–10,0 %",
    );
    expect(kalla("MALUPPFYLLELSE", 12, "mellan 5 och 10 %")).toBe("Ej uppfyllt");
  });

  it("in a check on a percentage, a plain målvärde of exactly 1 is the fraction 1 (100 %), above 1 points", () => {
    // Personalomsättning 50 av 100 = 50 %: within 100 %, but not within 7 %.
    expect(kalla("PERSONALOMSATTNING.STATUS", 50, 100, 100, 1)).toBe("Uppfyllt");
    expect(kalla("PERSONALOMSATTNING.STATUS", 50, 100, 100, 7)).toBe("Ej uppfyllt");
    expect(kalla("PERSONALOMSATTNING.STATUS", 5, 100, 100, 7)).toBe("Uppfyllt");
  });
});

describe("a status as people type it (spec §8)", () => {
  it("text of symbols only is no status: SAMMANVAGD names it", () => {
    expect(kalla("SAMMANVAGD", kolumnref("✔"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('Okänd status "✔"'),
    });
    expect(kalla("SAMMANVAGD", kolumnref("Uppfyllt", "–"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('Okänd status "–"'),
    });
  });
});

describe("KpiFel", () => {
  it("is named KpiFel, as a log or an unexpected error shows it", () => {
    const fel = ogiltig("Okänd typ");
    expect(fel).toBeInstanceOf(KpiFel);
    expect(String(fel)).toBe("KpiFel: Okänd typ");
    expect(fel.typ).toBe("ogiltig");
  });
});
