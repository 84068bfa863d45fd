/** The calling convention the tests and the fake use is Excel's (test/fake/anropskonvention.ts). */
import { excelArgument, type Funktionsbeskrivning } from "../fake/anropskonvention";
import { funktionsmetadata, kalla, kallaMed, kolumnref, omraderef, ref } from "../helpers/excel";

const funktion = (id: string): Funktionsbeskrivning => {
  const f = funktionsmetadata().functions.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f;
};

describe("Excel's calling convention", () => {
  it("passes a scalar as its value, an empty cell as null, an omitted optional argument as null", () => {
    expect(excelArgument(funktion("MALUPPFYLLELSE"), [ref(0.05), "≤ 7 %", undefined, ref("")])).toEqual([
      0.05,
      "≤ 7 %",
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("passes a matrix parameter as a 2-D array, also for a literal", () => {
    const [sjuk, arb] = excelArgument(funktion("SJUKFRANVARO"), [kolumnref(5, null), 100]);
    expect(sjuk).toEqual([[5], [null]]);
    expect(arb).toEqual([[100]]);
  });

  it("passes empty cells as 0 where older Excel for Windows does", () => {
    expect(excelArgument(funktion("MALUPPFYLLELSE"), [ref(1), ref(2), undefined, ref(null)], { tomCell: 0 })).toEqual([
      1,
      2,
      null,
      0,
      null,
      null,
      null,
    ]);
  });

  it("passes a repeating parameter as ONE argument: an array of its values", () => {
    const args = excelArgument(funktion("SAMMANVAGD"), [ref("Uppfyllt"), kolumnref("Ej uppfyllt", "")]);
    expect(args).toEqual([[[["Uppfyllt"]], [["Ej uppfyllt"], [null]]]]);
  });

  it("refuses what Excel never passes: a range to a scalar, too many or too few arguments", () => {
    expect(() => excelArgument(funktion("TAL"), [omraderef([1, 2])])).toThrow(/skalär/);
    expect(() => excelArgument(funktion("TAL"), [1, 2])).toThrow(/för många/);
    expect(() => excelArgument(funktion("TAL"), [])).toThrow(/krävs/);
  });

  it("calls the function behind an id and returns its value or its Excel error", () => {
    expect(kalla("TAL", "10,5 %")).toBeCloseTo(0.105, 12);
    expect(kalla("TAL", "abc")).toMatchObject({ code: "#VALUE!" });
    expect(kallaMed({ tomCell: 0 }, "MALUPPFYLLELSE", ref(8), ref(7), "högre")).toBe("Uppfyllt");
  });
});
