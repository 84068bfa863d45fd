/**
 * Reasons a controller pastes into a report never contradict themselves by rounding (spec §7: one line usable in a
 * report): two values the reason compares are shown with as many decimals as it takes to tell them apart, a value
 * other than 0 never shows as 0, and a value is shown in the unit it is judged in.
 */
import { bedom } from "../../src/core/bedomning/bedomning";
import { formateraVarde } from "../../src/core/tal/format";
import { kalla } from "../helpers/excel";

const motivering = (u: Parameters<typeof bedom>[0]) => bedom(u).motivering;

describe("reasons that tell compared values apart", () => {
  it.each([
    [{ utfall: 0.0651, malvarde: "Max 6,5 %" }, "Utfallet 6,51 % är högre än målvärdet 6,50 %"],
    [{ utfall: 0.9996, malvarde: "100 %" }, "Utfallet 99,96 % är lägre än målvärdet 100,00 %"],
    [{ utfall: 0.088, malvarde: "Minska med 10 %", foregaende: 0.1 }, "Utfallet 0,088 är lägre än målvärdet 0,09 "],
    [{ utfall: -0.001, malvarde: "±0" }, "Utfallet −0,001 är lägre än målvärdet 0 "],
    [{ utfall: 0.07, malvarde: "Ska öka", foregaende: 0.065 }, "Utfallet 0,07 jämfört med föregående 0,065: ökning"],
    [{ utfall: 0.0771, malvarde: "≤ 7 %" }, "(gränsvärde 7,70 %)"],
  ])("%o: %p", (underlag, text) => {
    expect(motivering(underlag)).toContain(text);
  });

  it("keeps the usual number of decimals where they already tell the values apart", () => {
    expect(motivering({ utfall: 0.105, malvarde: "≤ 7 %" })).toBe(
      "Utfallet 10,5 % är högre än målvärdet 7,0 % (gränsvärde 7,7 %)",
    );
    expect(motivering({ utfall: 0.07, malvarde: "≤ 7 %" })).toBe("Utfallet 7,0 % är lika med målvärdet 7,0 %");
  });

  it("never shows a value other than 0 as 0", () => {
    expect(motivering({ utfall: 0.0015, malvarde: "Högst 2 ‰" })).toBe("Utfallet 1,5 ‰ är lägre än målvärdet 2,0 ‰");
    expect(formateraVarde({ varde: 0.0004, procent: false })).toBe("0,0004");
    expect(formateraVarde({ varde: 0.00004, procent: true })).toBe("0,004 %");
  });

  it("shows an utfall beside a percentage derived from föregående as a percentage", () => {
    expect(kalla("MOTIVERING", 0.1, "Minska med 5 %", undefined, undefined, "10 %")).toMatch(
      /^Utfallet 10,0 % är högre än målvärdet 9,5 % \(föregående 10,0 %, minska med 5,0 %\)/,
    );
  });

  it("writes one procentenhet in the singular", () => {
    expect(motivering({ utfall: 0.06, malvarde: "Minska med 1 procentenhet", foregaende: 0.07 })).toContain(
      "minska med 1 procentenhet)",
    );
    expect(motivering({ utfall: 0.06, malvarde: "Minska med 2 procentenheter", foregaende: 0.07 })).toContain(
      "minska med 2 procentenheter)",
    );
  });
});
