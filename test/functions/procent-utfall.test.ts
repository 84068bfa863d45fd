/**
 * An utfall written as a percentage tells the check that its indicator is a percentage (spec §2, percent scale):
 * a plain målvärde, gränsvärde, föregående or comparison value beside it is then read by the percent-scale rule,
 * where a plain value above 1 is percentage points (7 = 7 %). The task pane passes a cell formatted as % on as
 * text ("25 %"), so the same holds for its tables. Called as Excel calls the functions (spec §13.6).
 */
import { kalla, kolumnref, ref } from "../helpers/excel";

const UPPFYLLT = "Uppfyllt";
const DELVIS = "Delvis uppfyllt";
const EJ = "Ej uppfyllt";

describe("a plain målvärde beside an utfall written as a percentage is read in percentage points", () => {
  it("judges 25 % against the målvärde 7 (lower is better, gränsvärde 8) as 25 % against 7 %", () => {
    expect(kalla("MALUPPFYLLELSE", "25 %", 7, "lägre", 8)).toBe(EJ);
    expect(kalla("MOTIVERING", "25 %", 7, "lägre", 8)).toBe(
      "Utfallet 25,0 % är högre än målvärdet 7,0 % (gränsvärde 8,0 %)",
    );
    expect(kalla("MALUPPFYLLELSE", ref("6,5 %"), ref(7), "lägre", ref(8))).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", "7,5 %", 7, "lägre", 8)).toBe(DELVIS);
  });

  it.each([
    ["95 %", 80, UPPFYLLT],
    ["81 %", 80, UPPFYLLT],
    ["75 %", 80, DELVIS],
    ["72 %", "≥ 75", DELVIS],
    ["86 %", "Minst 85", UPPFYLLT],
    ["80 %", "Minst 85", DELVIS],
    ["60 procent", "Minst 85", EJ],
  ])("%p against %p is %p", (utfall, malvarde, status) => {
    expect(kalla("MALUPPFYLLELSE", ref(utfall), ref(malvarde))).toBe(status);
  });

  it("reads a plain föregående and plain comparison values the same way", () => {
    // 8 % against föregående 7 (= 7 %) has increased: not the decrease 0,08 < 7 would be.
    expect(kalla("MALUPPFYLLELSE", "8 %", "Ska minska", undefined, undefined, 7)).toBe(EJ);
    expect(kalla("MALUPPFYLLELSE", "6 %", "Ska minska", undefined, undefined, 7)).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", "80 %", "Bättre än riket", undefined, undefined, undefined, kolumnref(75))).toBe(
      UPPFYLLT,
    );
    expect(kalla("MALUPPFYLLELSE", "70 %", "Bättre än riket", undefined, undefined, undefined, kolumnref(75))).toBe(
      DELVIS,
    );
  });

  it("reads a plain utfall beside comparison values written as percentages by the same rule", () => {
    const riket = kolumnref("75 %");
    expect(kalla("MALUPPFYLLELSE", 80, "Bättre än riket", undefined, undefined, undefined, riket)).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", 70, "Bättre än riket", undefined, undefined, undefined, riket)).toBe(DELVIS);
    expect(kalla("MALUPPFYLLELSE", 0.7, "Bättre än riket", undefined, undefined, undefined, riket)).toBe(DELVIS);
  });

  it("reads a plain målvärde and gränsvärde in thousandths beside an utfall in ‰", () => {
    expect(kalla("MALUPPFYLLELSE", "2,5 ‰", 2, "lägre")).toBe(EJ);
    expect(kalla("MALUPPFYLLELSE", "1,5 ‰", 2, "lägre")).toBe(UPPFYLLT);
    expect(kalla("MALUPPFYLLELSE", "2,5 ‰", 2, "lägre", 3)).toBe(DELVIS);
  });

  it("judges a column of percentages against plain målvärden row by row", () => {
    expect(kalla("MALUPPFYLLELSE.KOLUMN", kolumnref("25 %", "81 %"), kolumnref(7, 80), "lägre")).toEqual([
      [EJ],
      [DELVIS],
    ]);
  });

  it("leaves a plain number utfall as it is: nothing says it is a percentage", () => {
    expect(kalla("MALUPPFYLLELSE", 0.25, 7, "lägre")).toBe(UPPFYLLT);
  });
});
