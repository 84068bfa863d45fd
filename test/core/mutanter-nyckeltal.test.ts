/**
 * Tests written against mutants of src/core/nyckeltal that earlier tests let survive: the errors a user reads for
 * impossible hours and counts (spec §3, §4), the tolerance of the NT2 check, the long-term rows, the check that the
 * ranges of the disclosure table are of one size, and the edges of age labels.
 */
import { KpiFel } from "../../src/core/fel";
import { kontrolleraAntal, personalomsattning } from "../../src/core/nyckeltal/personalomsattning";
import {
  lasAldersgrupp,
  sjukfranvaro,
  sjukfranvaroLang,
  sjukfranvaroLangPerRad,
  sjukfranvaroPerRad,
  sjukfranvaroRedovisning,
  type Sjukdata,
} from "../../src/core/nyckeltal/sjukfranvaro";

/** The KpiFel `berakna` throws, as [kind, message]; fails the test when it throws anything else or nothing. */
function fel(berakna: () => unknown): [string, string] {
  try {
    berakna();
  } catch (e) {
    if (e instanceof KpiFel) return [e.typ, e.message];
    throw e;
  }
  throw new Error("inget fel");
}

describe("sjukfrånvaro (NT1, NT2): impossible and empty hours (§3)", () => {
  it("names negative ordinary hours as negative, not as sick hours above them", () => {
    expect(fel(() => sjukfranvaro(0, -5))).toEqual(["omojlig", "Timmar kan inte vara negativa"]);
    expect(fel(() => sjukfranvaroLang(0, -1))).toEqual(["omojlig", "Timmar kan inte vara negativa"]);
    expect(fel(() => sjukfranvaroPerRad([0], [-1]))).toEqual(["omojlig", "Negativa timmar på rad 1"]);
  });

  it("says which hours are zero", () => {
    expect(fel(() => sjukfranvaro(0, 0))).toEqual(["division", "Ordinarie arbetstid saknas (noll timmar)"]);
    expect(fel(() => sjukfranvaroLang(0, 0))).toEqual([
      "division",
      "Ingen sjukfrånvaro att dela upp (noll sjuktimmar)",
    ]);
  });

  it("allows long-term hours above the sick hours by rounding only (a relative 1e-9)", () => {
    expect(sjukfranvaroLang(100 + 5e-8, 100)).toBeCloseTo(1, 6);
    expect(fel(() => sjukfranvaroLang(100 + 2e-7, 100))[1]).toBe("Långtidssjuktimmarna överstiger sjuktimmarna");
  });

  it("sums the long-term hours row by row, checking every row", () => {
    expect(sjukfranvaroLangPerRad([10, 20], [50, 50])).toBeCloseTo(0.3, 12);
    expect(fel(() => sjukfranvaroLangPerRad([10, 30], [50, 20]))).toEqual([
      "omojlig",
      "Långtidssjuktimmarna överstiger sjuktimmarna på rad 2",
    ]);
  });
});

describe("the disclosure table (§3)", () => {
  const data = (andra: Partial<Sjukdata> = {}): Sjukdata => ({
    sjuktimmar: [10, 10],
    arbetstimmar: [100, 100],
    kon: [0, 1],
    aldersgrupp: [0, 2],
    ...andra,
  });

  it.each([
    ["arbetstimmar", { arbetstimmar: [100] }],
    ["kön", { kon: [0] }],
    ["ålder", { aldersgrupp: [0, 1, 2] }],
    ["långtidstimmar", { langtidstimmar: [1] }],
  ] as const)("refuses ranges of different sizes (%s)", (_, andra) => {
    expect(fel(() => sjukfranvaroRedovisning(data(andra)))).toEqual(["ogiltig", "Områdena har olika storlek"]);
  });

  it("gives the NT2 row the reason when there are no sick hours", () => {
    const rader = sjukfranvaroRedovisning(data({ sjuktimmar: [0, 0], langtidstimmar: [0, 0] }));
    const [etikett, varde] = rader[rader.length - 1];
    expect(etikett).toBe("Andel långtidssjukfrånvaro (60 dagar eller mer)");
    expect(varde).toBeInstanceOf(KpiFel);
    expect((varde as KpiFel).message).toBe("Ingen sjukfrånvaro att dela upp (noll sjuktimmar)");
  });
});

describe("age labels at their edges (§3)", () => {
  it("reads a range up to the oldest age, 100, and one of a single age", () => {
    expect(lasAldersgrupp("50–100 år")).toBe(2);
    expect(lasAldersgrupp("30-30 år")).toBe(1);
  });

  it("reads no range that runs backwards", () => {
    expect(lasAldersgrupp("30-20")).toBeUndefined();
  });

  it("takes `år` as a word only, also first in the label", () => {
    expect(lasAldersgrupp("år 50+")).toBe(2);
    expect(lasAldersgrupp("50 årsåldern")).toBeUndefined();
  });
});

describe("extern personalomsättning (§4): counts", () => {
  const rad = (i: number) => `rad ${i + 1}`;

  it("names the row of a negative count only in a range of several cells", () => {
    expect(fel(() => kontrolleraAntal([5, -1], "anställda", rad))).toEqual([
      "omojlig",
      "Antalet anställda kan inte vara negativt (rad 2)",
    ]);
    expect(fel(() => kontrolleraAntal([-1], "avgångar", rad))).toEqual([
      "omojlig",
      "Antalet avgångar kan inte vara negativt",
    ]);
    expect(fel(() => kontrolleraAntal([5, -1], "anställda"))).toEqual([
      "omojlig",
      "Antalet anställda kan inte vara negativt",
    ]);
  });

  it("says what is wrong with the avgångar and the headcounts", () => {
    expect(fel(() => personalomsattning(-1, [10]))).toEqual(["omojlig", "Antalet avgångar kan inte vara negativt"]);
    expect(fel(() => personalomsattning(1, []))).toEqual(["ogiltig", "Antal anställda saknas"]);
    expect(fel(() => personalomsattning(1, [10, -1]))).toEqual(["omojlig", "Antalet anställda kan inte vara negativt"]);
    expect(fel(() => personalomsattning(1, [0, 0]))).toEqual(["division", "Medelantalet anställda är noll"]);
    expect(personalomsattning(3, [10, 20])).toBeCloseTo(0.2, 12);
  });
});
