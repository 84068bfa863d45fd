/**
 * `i balans` (spec §6: balans is budget balance, v ≥ 0; the same phrase gives the same status alone in a cell and
 * inside a sentence). `balans mellan …` is another phrase and no target.
 */
import { kalla } from "../helpers/excel";

describe("balans inside a sentence", () => {
  it.each([
    [-1, "Ej uppfyllt"],
    [0, "Uppfyllt"],
  ])("gives 'i balans' the same status inside any sentence as alone (utfall %p)", (utfall, status) => {
    expect(kalla("MALUPPFYLLELSE", utfall, "I balans")).toBe(status);
    expect(kalla("MALUPPFYLLELSE", utfall, "Verksamheten ska vara i balans.")).toBe(status);
  });

  it("does not read 'balans mellan arbete och fritid' as budget balance", () => {
    expect(kalla("MALUPPFYLLELSE", 0, "Balans mellan arbete och fritid")).toBe("Kan ej bedömas");
  });

  it.each([
    ["Nämnden ska ha en ekonomi i balans.", -1, "Ej uppfyllt"],
    ["Nämnden ska ha en ekonomi i balans.", 3, "Uppfyllt"],
    ["Resultatet ska vara i balans", -1, "Ej uppfyllt"],
    ["Verksamhetens nettokostnader ska vara i balans med budget", 0, "Uppfyllt"],
    ["Nämnden ska ha en budget i balans", 0.3, "Uppfyllt"],
    // The balanskrav (kommunallagen 11 kap.): the result in balance, v ≥ 0.
    ["Balanskravet ska uppfyllas", 0, "Uppfyllt"],
    ["Balanskravet ska uppfyllas", -0.5, "Ej uppfyllt"],
    ["Kommunen ska klara balanskravet.", "2 mnkr", "Uppfyllt"],
  ])("reads %p as budget balance", (mal, utfall, status) => {
    expect(kalla("MALUPPFYLLELSE", utfall, mal)).toBe(status);
  });

  it.each(["Budget i balans", "Ekonomi i balans", "I balans", "Balans", "Ska vara i balans", "Balanskrav"])(
    "keeps the whole text %p v ≥ 0",
    (mal) => {
      expect(kalla("MALUPPFYLLELSE", 0, mal)).toBe("Uppfyllt");
      expect(kalla("MALUPPFYLLELSE", -1, mal)).toBe("Ej uppfyllt");
    },
  );
});
