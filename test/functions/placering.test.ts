/**
 * Rank targets (spec §6: for a ranking or placering, rank 1 is best): `Topp 100` is v ≤ 100, `Plats 150 eller
 * bättre` v ≤ 150, `Bland de 50 bästa` v ≤ 50; a share of the best (`Bland de 25 % bästa kommunerna`) is no rank
 * and Kan ej bedömas with the reason. The word after a bare number names what is counted only when it is no stop
 * word: never `150 eller`.
 */
import { tolkaMalvarde } from "../../src/core/malvarde/tolka";
import { kalla } from "../helpers/excel";

describe("rank targets", () => {
  it.each([
    ["Topp 100", 85, "Uppfyllt"],
    ["Topp 100", 120, "Ej uppfyllt"],
    ["Plats 150 eller bättre i Företagsklimatrankingen", 120, "Uppfyllt"],
    ["Plats 150 eller bättre i Företagsklimatrankingen", 160, "Delvis uppfyllt"],
    ["Plats 150 eller bättre i Företagsklimatrankingen", 200, "Ej uppfyllt"],
    ["Kommunen ska vara bland de 50 bästa i Sverige", 40, "Uppfyllt"],
    ["Kommunen ska vara bland de 50 bästa i Sverige", 60, "Ej uppfyllt"],
    ["Placering 30 eller bättre", 25, "Uppfyllt"],
  ])("%p with %p is %p", (mal, utfall, status) => {
    expect(kalla("MALUPPFYLLELSE", utfall, mal)).toBe(status);
  });

  it("reads a rank as lower-is-better whatever the riktning argument says", () => {
    expect(tolkaMalvarde("Topp 100")).toMatchObject({ malvarde: { op: "<=", x: { varde: 100 } }, riktning: "lagre" });
    expect(kalla("MALUPPFYLLELSE", 85, "Topp 100", "högre")).toBe("Uppfyllt");
  });

  it("gives Kan ej bedömas with the reason for a share of the best", () => {
    expect(kalla("MALUPPFYLLELSE", 0.8, "Bland de 25 % bästa kommunerna")).toBe("Kan ej bedömas");
    expect(kalla("MOTIVERING", 0.8, "Bland de 25 % bästa kommunerna")).toMatch(/andel.*placering/);
    expect(kalla("MALUPPFYLLELSE", 12, "Topp 10 %")).toBe("Kan ej bedömas");
  });

  it("never names a stop word as what is counted", () => {
    expect(kalla("MOTIVERING", 130, "150 eller så")).not.toMatch(/"150 eller"/);
    expect(tolkaMalvarde("Vi ska ha 40 i snitt").kalla).toBe("40");
    expect(tolkaMalvarde("120 tillsyner ska ske digitalt").kalla).toBe("120 tillsyner");
  });
});
