/**
 * Which rows count in a nämndmål (spec §8), as KPI.SAMMANVAGD.OM selects them (src/core/skrivning/malrader.ts): the
 * cases the mutation run found untested.
 */
import { malensStatusar } from "../../src/core/skrivning/malrader";

const U = "Uppfyllt";
const D = "Delvis uppfyllt";
const E = "Ej uppfyllt";

describe("malensStatusar", () => {
  it("reads a blank nämndmål cell, however Excel passes it (null, undefined, empty, spaces), as the goal above", () => {
    const statusar = [U, D, E, U];
    for (const tom of [null, undefined, "", "  "]) {
      expect(malensStatusar(statusar, ["Mål 1", tom, "Mål 2", tom], "Mål 1")).toEqual([U, D]);
      expect(malensStatusar(statusar, ["Mål 1", tom, "Mål 2", tom], "Mål 2")).toEqual([E, U]);
    }
  });

  it("gives exactly the goal's rows, up to the last row, and finds a goal written with spaces around it", () => {
    expect(malensStatusar([U, D, E], ["Mål 1", "Mål 2", null], " Mål 2 ")).toStrictEqual([D, E]);
    expect(malensStatusar([U, D, E], [" Mål 1", "Mål 2", ""], "Mål 1")).toEqual([U]);
  });

  it("counts a breakdown row under an indicator out, and one with no status-bearing row above as an indicator", () => {
    const namn = ["Sjukfrånvaro", "Kvinnor", "Män"];
    expect(malensStatusar([E, D, U], ["Mål 1", null, null], "Mål 1", namn)).toEqual([E]);
    // A heading without status first: the "Kvinnor" row below it has no indicator above, so it is one; "Män" under
    // it is its breakdown.
    expect(malensStatusar(["", U, D], ["Mål 1", null, null], "Mål 1", ["Personal", "Kvinnor", "Män"])).toEqual(["", U]);
    // Without the names no row is a breakdown row.
    expect(malensStatusar([E, D, U], ["Mål 1", null, null], "Mål 1")).toEqual([E, D, U]);
  });

  it("refuses columns of different lengths", () => {
    expect(() => malensStatusar([U, D], ["Mål 1"], "Mål 1")).toThrow(
      new RangeError("Kolumnerna har olika antal rader"),
    );
    expect(() => malensStatusar([U], ["Mål 1"], "Mål 1", ["Sjukfrånvaro", "Kvinnor"])).toThrow(RangeError);
    expect(malensStatusar([U], ["Mål 1"], "Mål 1", ["Sjukfrånvaro"])).toEqual([U]);
  });
});
