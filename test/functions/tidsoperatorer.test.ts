/**
 * Operators that services write about time (spec §6, words the spec's table does not list): `inom 14 dagar` (≤),
 * `kortare än 30 dagar` (<), `längre än` (>); `senast 14 dagar` (≤) and `snabbare än 30 dagar` (<) only before a
 * duration, since `senast 2025` is a year. A time limit that conditions a share (`Minst 90 % av ärendena inom 14
 * dagar`) defines the indicator and is not a second target.
 */
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { kalla } from "../helpers/excel";

describe("time operators", () => {
  it.each([
    ["Beslut inom 14 dagar", 10, "Uppfyllt"],
    ["Beslut inom 14 dagar", 16, "Ej uppfyllt"],
    ["Svar på e-post inom 24 timmar", 20, "Uppfyllt"],
    ["Väntetid kortare än 30 dagar", 20, "Uppfyllt"],
    ["Väntetid kortare än 30 dagar", 30, "Delvis uppfyllt"],
    ["Beslut senast 14 dagar efter ansökan", 10, "Uppfyllt"],
    ["Svar snabbare än 30 dagar", 20, "Uppfyllt"],
    ["Svar snabbare än 30 dagar", 40, "Ej uppfyllt"],
  ])("%p with %p is %p", (mal, utfall, status) => {
    expect(kalla("MALUPPFYLLELSE", utfall, mal)).toBe(status);
  });

  it("turns a time operator round under `ingen`, which negates its whole clause", () => {
    expect(kalla("MALUPPFYLLELSE", 2, "Ingen ska behöva vänta längre än 3 månader")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", 4, "Ingen ska behöva vänta längre än 3 månader")).toBe("Ej uppfyllt");
    expect(tolkaMalvarde("Ingen brukare ska ha fler än 15 personal").malvarde).toMatchObject({ op: "<=" });
  });

  it("reads `längre än X` as v > X, whatever the riktning argument says", () => {
    expect(kalla("MALUPPFYLLELSE", 6, "Längre än 5 dagar", "lägre")).toBe("Uppfyllt");
    expect(tolkaMalvarde("Längre än 5 dagar")).toMatchObject({ malvarde: { op: ">" }, riktning: "hogre" });
  });

  it("keeps `senast` and `snabbare än` off years and plain numbers", () => {
    expect(tolkaMalvarde("Klart senast 2025").malvarde.typ).toBe("olasbar");
    expect(tolkaMalvarde("Inom 2025 ska 80 % vara klara").malvarde).toMatchObject({ op: undefined, x: { varde: 0.8 } });
    expect(tolkaMalvarde("Snabbare än 5").malvarde).not.toMatchObject({ op: "<" });
  });

  it("reads a time limit beside another target as the condition of the indicator", () => {
    expect(tolkaMalvarde("Minst 90 % av ärendena ska avgöras inom 14 dagar").malvarde).toMatchObject({
      typ: "grans",
      op: ">=",
      x: { varde: 0.9, procent: true },
    });
    expect(kalla("MALUPPFYLLELSE", 14, "Ingen ska ha fler än 15 personal under 14 dagar")).toBe("Uppfyllt");
  });
});
