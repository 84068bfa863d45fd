/**
 * `i balans` in other senses (spec §6: balans is budget balance, v ≥ 0). A whole text `Budget i balans`, `Ekonomi i
 * balans`, `i balans`, `balans` stays v ≥ 0; inside a sentence, balans is budget balance only where the sentence
 * speaks of the economy (ekonomi, budget, resultat, kostnad, intäkt…), otherwise Kan ej bedömas with the reason.
 */
import { kalla } from "../helpers/excel";

describe("balans inside a sentence", () => {
  it("does not read the balance of women and men as budget balance", () => {
    expect(kalla("MALUPPFYLLELSE", 0.5, "Andelen kvinnor och män ska vara i balans")).toBe("Kan ej bedömas");
    expect(kalla("MOTIVERING", 0.5, "Andelen kvinnor och män ska vara i balans")).toMatch(/balans.*ekonomi/);
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
