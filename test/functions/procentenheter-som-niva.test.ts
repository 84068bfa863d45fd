/**
 * `procentenheter` as a level (spec §2: procentenheter targets; plain values above 1 are points): `Max 2
 * procentenheter`, `±2 procentenheter`, `Max 5 %-enheter` are limits in percentage points, and a difference of
 * 0,06 (or 6) beside them is 6 procentenheter.
 */
import { kalla, ref } from "../helpers/excel";

describe("a målvärde in procentenheter", () => {
  it("judges 0,06 against `Max 2 procentenheter` as 6 pe over 2 pe", () => {
    expect(kalla("MALUPPFYLLELSE", 0.06, "Max 2 procentenheter")).toBe("Ej uppfyllt");
    expect(kalla("MOTIVERING", 0.06, "Max 2 procentenheter")).toBe(
      "Utfallet 6 procentenheter är högre än målvärdet 2 procentenheter (gränsvärde 2,2 procentenheter)",
    );
    expect(kalla("MALUPPFYLLELSE", 0.015, "Max 2 procentenheter")).toBe("Uppfyllt");
  });

  it.each([
    [0.06, "Max 5 %-enheter", "Ej uppfyllt"],
    [6, "Max 5 procentenheter", "Ej uppfyllt"],
    [4, "Max 5 procentenheter", "Uppfyllt"],
    [-0.06, "±2 procentenheter", "Ej uppfyllt"],
    [0.01, "±2 procentenheter", "Uppfyllt"],
    ["1,5 procentenheter", "Högst 2 pe", "Uppfyllt"],
    [0.03, "Skillnaden mellan kvinnor och män ska vara högst 2 procentenheter", "Ej uppfyllt"],
  ])("%p against %p is %p", (utfall, mal, status) => {
    expect(kalla("MALUPPFYLLELSE", ref(utfall), mal)).toBe(status);
  });

  it("reads procentenheter as a share in KPI.TAL", () => {
    expect(kalla("TAL", "2 procentenheter")).toBe(0.02);
    expect(kalla("TAL", "5 %-enheter")).toBe(0.05);
    expect(kalla("TAL", "1 procentenhet")).toBe(0.01);
  });

  it("keeps `öka med 2 procentenheter` a change from föregående", () => {
    expect(kalla("MALUPPFYLLELSE", 58.1, "Öka med 2 procentenheter", undefined, undefined, 56.1)).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", "57 %", "Öka med 2 %-enheter", undefined, undefined, "56 %")).toBe(
      "Delvis uppfyllt",
    );
  });
});
