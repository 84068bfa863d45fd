/**
 * Rate units in an utfall (spec §2: a rate unit after the number is a unit, not a second number): `240 kr per
 * invånare`, `240 kr/inv` and `12 per 1 000 invånare` are the number with its unit kept, in KPI.TAL and as an utfall.
 */
import { lasTal } from "../../src/core/tal/tal";
import { kalla } from "../helpers/excel";

describe("rate units", () => {
  it.each([
    ["240 kr per invånare", 240],
    ["240 kr/inv", 240],
    ["240 kr/inv.", 240],
    ["12 per 1 000 invånare", 12],
    ["3,5 per invånare", 3.5],
    ["855 st./100 000 inv", 855],
  ])("KPI.TAL(%p) is %p", (text, varde) => {
    expect(kalla("TAL", text)).toBe(varde);
  });

  it("keeps the money unit and the rate", () => {
    expect(lasTal("240 kr per invånare")).toEqual({
      typ: "tal",
      varde: 240,
      procent: false,
      enhet: "kr",
      per: { ord: "invånare" },
    });
  });

  it("judges an utfall per invånare against a målvärde per invånare", () => {
    expect(kalla("MALUPPFYLLELSE", "240 kr/inv", "Högst 250 kr per invånare")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", "240 kr per invånare", "Högst 250 kr per invånare")).toBe("Uppfyllt");
    expect(kalla("MOTIVERING", "240 kr per invånare", "Högst 250 kr per invånare")).toBe(
      "Utfallet 240 kr per invånare är lägre än målvärdet 250 kr per invånare",
    );
    expect(kalla("MALUPPFYLLELSE", "0,3 mnkr per invånare", "Högst 250 kr per invånare")).toBe("Ej uppfyllt");
  });

  it("still refuses a second number", () => {
    expect(lasTal("240 kr 12")).toMatchObject({ typ: "fel" });
    expect(lasTal("240 per")).toMatchObject({ typ: "fel" });
  });
});

describe("a rate beside a percentage (spec §2: the rate unit is a unit)", () => {
  it("never reads a rate as a percentage, and writes it as written in the reason", () => {
    expect(kalla("MALUPPFYLLELSE", "11 %", "Högst 12 per 1 000 invånare")).toBe("Kan ej bedömas");
    expect(kalla("MOTIVERING", "11 %", "Högst 12 per 1 000 invånare")).toBe(
      "Olika enheter: utfallet 11,0 %, målvärdet 12 per 1 000 invånare",
    );
    expect(kalla("MALUPPFYLLELSE", "11 per 1 000 invånare", "Högst 1,2 %")).toBe("Kan ej bedömas");
    expect(kalla("MOTIVERING", "11 per 1 000 invånare", "Högst 1,2 %")).toBe(
      "Olika enheter: utfallet 11 per 1 000 invånare, målvärdet 1,2 %",
    );
  });
});
