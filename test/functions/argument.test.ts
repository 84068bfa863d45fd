/** Reading Excel's argument shapes in place. */
import { Omrade, celler } from "../../src/functions/argument";

const allaCeller = (o: Omrade) => Array.from({ length: o.antal }, (_, i) => o.cell(i));

describe("Omrade", () => {
  it("counts a rectangle row by row", () => {
    const o = Omrade.av([
      [1, 2, 3],
      [4, "5", null],
    ]);
    expect(o.antal).toBe(6);
    expect(allaCeller(o)).toEqual([1, 2, 3, 4, "5", null]);
  });

  it("reads a column, a row, a scalar and a flat list alike", () => {
    expect(allaCeller(Omrade.av([[1], [2], [3]]))).toEqual([1, 2, 3]);
    expect(allaCeller(Omrade.av([[1, 2, 3]]))).toEqual([1, 2, 3]);
    expect(allaCeller(Omrade.av(7))).toEqual([7]);
    expect(allaCeller(Omrade.av(null))).toEqual([null]);
    expect(allaCeller(Omrade.av([1, "två"]))).toEqual([1, "två"]);
  });

  it("has no cells for empty arrays, and blanks past a short row", () => {
    expect(Omrade.av([]).antal).toBe(0);
    expect(Omrade.av([[]]).antal).toBe(0);
    expect(allaCeller(Omrade.av([[1, 2], [3]]))).toEqual([1, 2, 3, undefined]);
  });

  it("turns other values into text and knows when all is blank", () => {
    const datum = new Date(Date.UTC(2026, 0, 1));
    expect(Omrade.av([[datum]]).cell(0)).toBe(String(datum));
    expect(Omrade.av([[null], [""], [undefined]]).arTomt()).toBe(true);
    expect(Omrade.av([[null], [0]]).arTomt()).toBe(false);
    expect(
      celler([
        [1, true],
        [null, "x"],
      ]),
    ).toEqual([1, true, null, "x"]);
  });
});
