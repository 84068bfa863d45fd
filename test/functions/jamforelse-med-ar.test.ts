/**
 * A comparison closed by a year (`Lägre än 2023`) compares with that year's value: never a level of 2023 (a reviewer
 * found sick leave rising from 5,8 % to 6,4 % judged Uppfyllt against "Lägre än 2023"). Kan ej bedömas, with a
 * reason that says how to write it; a year named as a level (`2023 års nivå`) and a count with its noun keep working.
 */
import { kalla } from "../helpers/excel";

describe("a comparison with a year", () => {
  it.each(["Lägre än 2023", "Högre än 2023.", "Sjukfrånvaron ska vara lägre än 2023", "Bättre än 2023"])(
    "%p is no level of 2023: Kan ej bedömas",
    (mal) => {
      expect(kalla("MALUPPFYLLELSE", "6,4 %", mal, "lägre är bättre", undefined, "5,8 %")).toBe("Kan ej bedömas");
    },
  );

  it("says how to write it, in the target's own words", () => {
    expect(kalla("MOTIVERING", "6,4 %", "Högre än 2023", "högre är bättre", undefined, "5,8 %")).toBe(
      'Målvärdet jämför med året 2023, inte med ett värde: skriv till exempel "högre än föregående år", "högre än 2023 års nivå" eller målvärdet som tal',
    );
  });

  it("keeps a year's level and a count with its noun", () => {
    expect(kalla("MALUPPFYLLELSE", "6,4 %", "Lägre än 2023 års nivå", "lägre är bättre", undefined, "5,8 %")).toBe(
      "Ej uppfyllt",
    );
    expect(kalla("MALUPPFYLLELSE", 2150, "Fler än 2000 besök")).toBe("Uppfyllt");
  });
});
