/**
 * The riktning argument as goal tables write it (spec §6): arrows, "Högre värde är bättre", "Minska", "Låg"…
 * Anything else stays #VALUE! in KPI.MALUPPFYLLELSE, and the table reader gets `lasRiktningCell`, which tells an
 * unknown word apart from a blank cell so that it can report the word instead of ignoring it.
 */
import { lasRiktningCell } from "../../src/core/bedomning/riktning";
import { RIKTNINGSORD } from "../../src/core/ordforrad";
import { kalla, ref } from "../helpers/excel";

const LAGRE = ["↓", "Lägre värde är bättre", "Lägre ska vara bättre", "Låg", "Minska", "Minskande", "Sjunkande"];
const HOGRE = ["↑", "Högre värde är bättre", "Hög", "Öka", "Ökande", "Stigande"];

describe("riktning words as tables write them", () => {
  // 4 against the målvärde 5: met when lower is better, not met (below the 10 % band) when higher is.
  it.each(LAGRE)("%p is lower-is-better", (ord) => {
    expect(kalla("MALUPPFYLLELSE", 4, 5, ord)).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", ref(4), ref(5), ref(` ${ord.toUpperCase()} `))).toBe("Uppfyllt");
    expect(lasRiktningCell(ord)).toEqual({ typ: "riktning", riktning: "lagre" });
  });

  it.each(HOGRE)("%p is higher-is-better", (ord) => {
    expect(kalla("MALUPPFYLLELSE", 4, 5, ord)).toBe("Ej uppfyllt");
    expect(lasRiktningCell(ord)).toEqual({ typ: "riktning", riktning: "hogre" });
  });

  it("holds every word in the vocabulary, as data", () => {
    for (const ord of [...LAGRE, ...HOGRE]) {
      expect([...RIKTNINGSORD.hogre, ...RIKTNINGSORD.lagre]).toContain(ord.toLowerCase());
    }
  });

  it("keeps an unknown word #VALUE!, and tells it apart from a blank cell for the table reader", () => {
    expect(kalla("MALUPPFYLLELSE", 4, 5, "Bra")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('Okänd riktning "Bra"'),
    });
    expect(lasRiktningCell("Bra")).toEqual({ typ: "okand", text: "Bra" });
    expect(lasRiktningCell(3)).toEqual({ typ: "okand", text: "3" });
    expect(lasRiktningCell(true)).toEqual({ typ: "okand", text: "SANT" });
    for (const tom of [null, undefined, "", "   ", "\u200b"]) expect(lasRiktningCell(tom)).toEqual({ typ: "tom" });
  });
});

describe("a riktning written in the målvärde (spec §6: the målvärde text decides when it says so)", () => {
  it.each(["↓ 5", "5 ↓", "5 (lägre är bättre)", "Lägre är bättre, 5", "5 – lågt värde är bättre"])(
    "%p: 4 against 5 is met, 6 is not",
    (mal) => {
      expect(kalla("MALUPPFYLLELSE", 4, mal)).toBe("Uppfyllt");
      expect(kalla("MALUPPFYLLELSE", 6, mal)).toBe("Ej uppfyllt");
      // The målvärde wins over the riktning argument.
      expect(kalla("MALUPPFYLLELSE", 4, mal, "högre")).toBe("Uppfyllt");
    },
  );

  it.each(["↑ 80 %", "80 % (högre är bättre)"])("%p is higher-is-better", (mal) => {
    expect(kalla("MALUPPFYLLELSE", "85 %", mal, "lägre")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", "60 %", mal, "lägre")).toBe("Ej uppfyllt");
  });

  it("keeps a phrase's own riktning, and refuses a målvärde that says two", () => {
    expect(kalla("MALUPPFYLLELSE", 4, "Max 5 (lägre är bättre)")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 4, "Minst 5 (lägre är bättre)")).toBe("Kan ej bedömas");
    expect(kalla("MOTIVERING", 4, "Minst 5 (lägre är bättre)")).toMatch(/två olika riktningar/);
    expect(kalla("MOTIVERING", 4, "↓")).toMatch(/bara riktningen/);
  });
});
