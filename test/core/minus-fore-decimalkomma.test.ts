/**
 * A målvärde written with a minus before a decimal comma without integer digits (`−,5 %`, as a PDF copy or a hand
 * gives it) must be read as the number reader reads it (spec §2: `−,5` is −0,5), never with its sign dropped.
 */
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { lasTal } from "../../src/core/tal/tal";

describe("a minus before a bare decimal comma in a målvärde (§2, §6)", () => {
  it("reads `−,5 %` as −0,5 %, as the number reader does, not as +0,5 %", () => {
    expect(lasTal("−,5 %")).toMatchObject({ typ: "tal", varde: -0.005 });
    expect(tolkaMalvarde("−,5 %").malvarde).toEqual(tolkaMalvarde("−0,5 %").malvarde);
  });

  it("keeps the operator and the sign of `Max −,5 %`", () => {
    expect(tolkaMalvarde("Max −,5 %").malvarde).toEqual(tolkaMalvarde("Max −0,5 %").malvarde);
  });
});
