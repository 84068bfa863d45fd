/**
 * Targets on a deviation (spec §5, §6): an upper limit said of an avvikelse is the symmetric band ±X, wherever the
 * avvikelse word stands ("Budgetavvikelse max 1 %", "Budgetavvikelsen får inte överstiga 1 %", as `max 1 %
 * budgetavvikelse` already was), and in KPI.BUDGETAVVIKELSE.STATUS, which knows its value is a deviation, "Max 1 %"
 * is the band too. A deficit beyond the band is then never Uppfyllt.
 */
import { kalla, ref } from "../helpers/excel";

const UPPFYLLT = "Uppfyllt";
const DELVIS = "Delvis uppfyllt";
const EJ = "Ej uppfyllt";

describe("an avvikelse word before an upper limit makes it the band ±X", () => {
  it.each([
    "Budgetavvikelse max 1 %",
    "Prognosavvikelse max 1 %",
    "Budgetavvikelsen får inte överstiga 1 %",
    "Nettokostnadsavvikelse högst 1 procent",
    "Avvikelsen ska vara högst 1 %",
    "Avvikelse mot budget max 1 %",
    "Nämndens budgetavvikelse får inte överstiga 1 % under året.",
  ])("%p: −5 % is Ej uppfyllt, −0,5 % Uppfyllt, +5 % Delvis (the favourable side)", (mal) => {
    expect(kalla("MALUPPFYLLELSE", "-5 %", mal)).toBe(EJ);
    expect(kalla("MALUPPFYLLELSE", ref(-0.005), mal)).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", "+5 %", mal)).toBe(DELVIS);
    expect(kalla("MOTIVERING", "-5 %", mal)).toMatch(/^Utfallet −5,0 % ligger utanför målvärdet ±1,0 %/);
  });

  it("reads `negativ budgetavvikelse max X` as the deficit limit v ≥ −X, as `max X negativ budgetavvikelse`", () => {
    expect(kalla("MALUPPFYLLELSE", "-0,5 %", "Negativ budgetavvikelse max 1 %")).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", "+5 %", "Negativ budgetavvikelse max 1 %")).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", "-5 %", "Negativ budgetavvikelse max 1 %")).toBe(EJ);
  });

  it("leaves a lower limit on a deviation a lower limit", () => {
    expect(kalla("MALUPPFYLLELSE", "-5 %", "Budgetavvikelsen ska vara minst 0 %")).toBe(EJ);
    expect(kalla("MALUPPFYLLELSE", "+5 %", "Budgetavvikelsen ska vara minst 0 %")).toBe(UPPFYLLT);
  });
});

describe("KPI.BUDGETAVVIKELSE.STATUS reads an upper limit as the band ±X", () => {
  it.each(["Max 1 %", "Högst 1 %", "Budgetavvikelse max 1 %", "≤ 1 %"])("%p", (mal) => {
    // Cost 105 against budget 100: 5 % over budget.
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(105), ref(100), mal)).toBe(EJ);
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(100.5), ref(100), mal)).toBe(UPPFYLLT);
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(99.5), ref(100), mal)).toBe(UPPFYLLT);
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(90), ref(100), mal)).toBe(DELVIS);
  });

  it("judges an amount limit as the band of amounts", () => {
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref("1 600 tkr"), ref("1 000 tkr"), "Max 500 tkr")).toBe(EJ);
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref("1 400 tkr"), ref("1 000 tkr"), "Max 500 tkr")).toBe(UPPFYLLT);
  });

  it("keeps a lower limit and budget i balans as they are", () => {
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(105), ref(100), "Minst 0 %")).toBe(EJ);
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(95), ref(100), "Minst 0 %")).toBe(UPPFYLLT);
    expect(kalla("BUDGETAVVIKELSE.STATUS", ref(95), ref(100), "Budget i balans")).toBe(UPPFYLLT);
  });
});
