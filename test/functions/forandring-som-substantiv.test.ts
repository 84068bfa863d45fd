/**
 * A change target written as a noun (spec §6): `Minskning med 20 %`, `Ökning med 5 %`, `Sänkning med`, `Höjning med`
 * are the change targets `Minska med 20 %`, `Öka med 5 %`, not the bare trend.
 */
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { kalla } from "../helpers/excel";

describe("change nouns with `med X`", () => {
  it.each([
    ["Minskning med 20 %", "Minska med 20 %", 9.5, 10],
    ["Ökning med 5 %", "Öka med 5 %", 101, 100],
    ["Sänkning med 10 %", "Sänka med 10 %", 9.5, 10],
    ["Höjning med 2 procentenheter", "Höja med 2 procentenheter", 0.51, 0.5],
    ["En minskning av sjukfrånvaron med 1 procentenhet", "Minska sjukfrånvaron med 1 procentenhet", 0.065, 0.07],
  ])("%p is read as %p", (substantiv, verb, utfall, foregaende) => {
    expect(tolkaMalvarde(substantiv).malvarde).toEqual(tolkaMalvarde(verb).malvarde);
    expect(kalla("MALUPPFYLLELSE", utfall, substantiv, undefined, undefined, foregaende)).toBe(
      kalla("MALUPPFYLLELSE", utfall, verb, undefined, undefined, foregaende),
    );
  });

  it("judges `Minskning med 20 %` from 10 against 8, not as any decrease", () => {
    // 9,5 has moved toward 8 since 10 (Delvis, spec §7 rule 3), but is no 20 % decrease.
    expect(kalla("MALUPPFYLLELSE", 9.5, "Minskning med 20 %", undefined, undefined, 10)).toBe("Delvis uppfyllt");
    // Unchanged from 9,5: any decrease was Delvis; a 20 % decrease (to 7,6) is not met.
    expect(kalla("MALUPPFYLLELSE", 9.5, "Minskning med 20 %", undefined, undefined, 9.5)).toBe("Ej uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 7.9, "Minskning med 20 %", undefined, undefined, 10)).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 101, "Ökning med 5 %", undefined, undefined, 100)).toBe("Delvis uppfyllt");
  });

  it("keeps the noun alone the trend", () => {
    expect(tolkaMalvarde("Minskning").malvarde).toEqual({ typ: "trend", upp: false });
    expect(tolkaMalvarde("Ökning").malvarde).toEqual({ typ: "trend", upp: true });
    expect(tolkaMalvarde("Höjning").malvarde).toEqual({ typ: "trend", upp: true });
  });
});
