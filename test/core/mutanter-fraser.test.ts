/**
 * Tests of the phrases of the målvärde grammar (src/core/malvarde/fraser.ts, spec §6) written to kill the mutants a
 * mutation run left alive: a phrase word with no number after it (`Max`, `Minst godkänt`, `Bland de tio bästa`,
 * `överskott på lång sikt`), a word target followed by an operator word (`Oförändrad eller högre`), an interval with
 * its unit at both ends, the phrases a negation cannot turn round (`öka till X`, `överskott på X`), and a clause
 * negation (`Ingen`) that reaches its phrase across a parenthesis. Each is called as Excel calls KPI.MALUPPFYLLELSE
 * and KPI.MOTIVERING and asserts the status and reason a user sees. The mutants left alive, with their reasons, are in
 * docs/kvalitet-fraser.md.
 */
import { kalla, type Formelargument } from "../helpers/excel";

const KEB = "Kan ej bedömas";

const status = (utfall: Formelargument, mal: string, foregaende?: Formelargument) =>
  kalla("MALUPPFYLLELSE", utfall, mal, undefined, undefined, foregaende);
const motivering = (utfall: Formelargument, mal: string, foregaende?: Formelargument) =>
  kalla("MOTIVERING", utfall, mal, undefined, undefined, foregaende);

describe("a phrase word with no number after it (§6: text none of the table matches is Kan ej bedömas)", () => {
  it.each([
    // The operator ends the text: nothing after it to be a number or the previous period.
    "Max",
    "Högst",
    // One word after the operator, where a whole text allows a label (`Minst NKI 75`), and then the text ends.
    "Minst godkänt",
    // A rank written in words: `tio` is no number.
    "Bland de tio bästa kommunerna i KKiK",
    "Topp tio",
  ])("%p cannot be judged, and the reason quotes it", (mal) => {
    expect(status(8, mal)).toBe(KEB);
    expect(motivering(8, mal)).toBe(`Kan inte läsa målvärdet "${mal}"`);
  });
});

describe("a word target followed by an operator word after X (§6: bibehålla is v ≥ f)", () => {
  it.each([
    [5.0, "Uppfyllt"],
    [5.3, "Uppfyllt"],
  ])("`Oförändrad eller högre` with föregående 5,0 and utfall %p is %s", (utfall, forvantad) => {
    expect(status(utfall, "Oförändrad eller högre", 5.0)).toBe(forvantad);
  });

  it("`Oförändrad eller högre` below föregående is not met", () => {
    expect(status(4.0, "Oförändrad eller högre", 5.0)).not.toBe("Uppfyllt");
    expect(status(4.0, "Oförändrad eller högre", 5.0)).not.toBe(KEB);
  });
});

describe("an interval with its unit written at both ends (§6: X–Y, mellan X och Y)", () => {
  it.each([
    ["4 %–6 %", 0.05, "Uppfyllt"],
    ["4 % – 6 %", 0.063, "Delvis uppfyllt"],
    ["4 % – 6 %", 0.07, "Ej uppfyllt"],
    ["Mellan 90 % och 95 %", 0.93, "Uppfyllt"],
    ["Mellan 90 % och 95 %", 0.8, "Ej uppfyllt"],
    ["2 ‰–3 ‰", 0.0025, "Uppfyllt"],
    ["10 dagar – 20 dagar", 15, "Uppfyllt"],
  ])("%p with utfall %p is %s", (mal, utfall, forvantad) => {
    expect(status(utfall, mal)).toBe(forvantad);
  });
});

describe("`överskott på` with no number after it (§6: `överskott` alone is v > 0)", () => {
  const mal = "God ekonomisk hushållning med överskott på lång sikt";
  it.each([
    [2, "Uppfyllt"],
    [0, "Ej uppfyllt"],
  ])(`${mal}: resultat %p mnkr is %s`, (utfall, forvantad) => {
    expect(status(utfall, mal)).toBe(forvantad);
  });
});

describe("phrases a negation cannot turn round (§6: a level or a change under a negation is Kan ej bedömas)", () => {
  it.each([
    // `öka till X` is a level (§6), not a one-sided operator.
    [
      "Sjukfrånvaron får inte öka till 8 %",
      0.07,
      'Målvärdet "inte öka till 8 %" kan inte bedömas: "inte" gör målet oklart',
    ],
    // `överskott på X` is v ≥ X; `inte understiga ett överskott` says the same, but the grammar does not turn it.
    [
      "Resultatet får inte understiga ett överskott på 1 % av skatteintäkterna",
      0.02,
      'Målvärdet "inte understiga ett överskott på 1 %" kan inte bedömas: "inte" gör målet oklart',
    ],
  ])("%p with utfall %p cannot be judged", (mal, utfall, orsak) => {
    expect(status(utfall, mal)).toBe(KEB);
    expect(motivering(utfall, mal)).toBe(orsak);
  });
});

describe("a clause negation reaches its phrase across a parenthesis (§6: `Ingen` negates its clause)", () => {
  const mal = "Ingen ska behöva vänta (från ansökan till beslut) längre än 30 dagar";
  it.each([
    [25, "Uppfyllt"],
    [30, "Uppfyllt"],
    [45, "Ej uppfyllt"],
  ])(`${mal}: utfall %p dagar is %s`, (utfall, forvantad) => {
    expect(status(utfall, mal)).toBe(forvantad);
  });
});

describe("a negated lower limit on a deviation is its upper limit (§6: `inte över X` is ≤ X, read whole)", () => {
  it.each([
    // The deficit limit v ≥ −1 %: a surplus and a small deficit are met, a deficit of 5 % is not.
    ["Nämnden får inte ha mer än 1 % negativ budgetavvikelse", 0.03, "Uppfyllt"],
    ["Nämnden får inte ha mer än 1 % negativ budgetavvikelse", -0.005, "Uppfyllt"],
    ["Nämnden får inte ha mer än 1 % negativ budgetavvikelse", -0.05, "Ej uppfyllt"],
    ["Inte över 2 mnkr underskott", "-1 mnkr", "Uppfyllt"],
    ["Inte över 2 mnkr underskott", "-3 mnkr", "Ej uppfyllt"],
    // The band |v| ≤ 1 %.
    ["Inte mer än 1 % budgetavvikelse", -0.005, "Uppfyllt"],
    ["Inte mer än 1 % budgetavvikelse", -0.05, "Ej uppfyllt"],
    ["Budgeten ska hållas, inte större än 1 % avvikelse", 0.005, "Uppfyllt"],
    ["Budgeten ska hållas, inte större än 1 % avvikelse", -0.05, "Ej uppfyllt"],
  ])("%p with utfall %p is %s", (mal, utfall, forvantad) => {
    expect(status(utfall, mal)).toBe(forvantad);
  });

  it.each([
    ["Under 1 % budgetavvikelse", -0.005, "Uppfyllt"],
    ["Under 1 % budgetavvikelse", -0.05, "Ej uppfyllt"],
    ["≤ 2 mnkr negativ budgetavvikelse", "-1 mnkr", "Uppfyllt"],
    ["≤ 2 mnkr negativ budgetavvikelse", "-3 mnkr", "Ej uppfyllt"],
  ])("an upper limit other than max: %p with utfall %p is %s", (mal, utfall, forvantad) => {
    expect(status(utfall, mal)).toBe(forvantad);
  });

  it("says the deficit limit it read", () => {
    expect(motivering(-0.05, "Nämnden får inte ha mer än 1 % negativ budgetavvikelse")).toContain("målvärdet −1,0 %");
  });
});
