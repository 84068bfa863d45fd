/**
 * Money units in föregående, the comparison values and the bas (spec §2): amounts are converted exactly before they
 * are compared, and an amount against a plain non-zero number is never guessed: a status is Kan ej bedömas and a
 * computed amount #VALUE!, each asking for the unit.
 */
import { kalla, kolumnref, ref, type Formelargument } from "../helpers/excel";

const KEB = "Kan ej bedömas";

describe("föregående in a money unit", () => {
  it("does not compare a plain utfall with a föregående in mnkr", () => {
    expect(kalla("MALUPPFYLLELSE", 51000, "Ska minska", undefined, undefined, "51,6 mnkr")).toBe(KEB);
    expect(kalla("MOTIVERING", 51000, "Ska minska", undefined, undefined, "51,6 mnkr")).toMatch(
      /51,6 mnkr är ett belopp.*skriv enheten/,
    );
    expect(kalla("MALUPPFYLLELSE", ref(51000), "Minst 50 000", undefined, undefined, ref("51,6 mnkr"))).toBe(KEB);
  });

  it("converts a föregående in another money unit", () => {
    expect(kalla("MALUPPFYLLELSE", "50 mnkr", "Ska minska", undefined, undefined, "51 600 tkr")).toBe("Uppfyllt");
    expect(kalla("MALUPPFYLLELSE", "52 mnkr", "Ska minska", undefined, undefined, "51 600 tkr")).toBe("Ej uppfyllt");
  });
});

describe("comparison values in money units", () => {
  it("compares 80 tkr with the mean of 0,09 mnkr in one unit: 80 against 90 tkr", () => {
    const argument = ["80 tkr", "Bättre än riket", undefined, undefined, undefined, kolumnref("0,09 mnkr")] as const;
    expect(kalla("MALUPPFYLLELSE", ...argument)).toBe("Ej uppfyllt");
    expect(kalla("MOTIVERING", ...argument)).toBe(
      "Utfallet 80 tkr är lägre än målvärdet 90 tkr (jämförelsevärdenas medel) (gränsvärde 81 tkr)",
    );
    expect(
      kalla("MALUPPFYLLELSE", "95 tkr", "Bättre än riket", undefined, undefined, undefined, kolumnref("0,09 mnkr")),
    ).toBe("Uppfyllt");
  });

  it("does not compare a plain utfall with comparison values in tkr", () => {
    const jamforelse = kolumnref("90 tkr", "85 tkr");
    expect(
      kalla("MALUPPFYLLELSE", 80, "Bättre än jämförelsekommunerna", undefined, undefined, undefined, jamforelse),
    ).toBe(KEB);
    expect(
      kalla("MOTIVERING", 80, "Bättre än jämförelsekommunerna", undefined, undefined, undefined, jamforelse),
    ).toMatch(/skriv enheten/);
  });
});

describe("a bas in a money unit", () => {
  it("gives #VALUE! asking for the unit when only the bas has one, as the reverse already does", () => {
    const fel = { code: "#VALUE!", message: expect.stringMatching(/saknar enhet.*mdkr.*skriv enheten/) };
    expect(kalla("BUDGETAVVIKELSE.PROCENT", ref(-7972), ref(15000), undefined, ref("1,7 mdkr"))).toMatchObject(fel);
    expect(
      kalla("BUDGETAVVIKELSE.PROCENT", ref("−7 972 tkr"), ref("15 000 tkr"), undefined, ref(1700000)),
    ).toMatchObject({
      code: "#VALUE!",
    });
  });

  it("judges the same arguments as Kan ej bedömas in BUDGETAVVIKELSE.STATUS, in either order", () => {
    expect(
      kalla("BUDGETAVVIKELSE.STATUS", ref(6000), ref(7000), "Max 1 % budgetavvikelse", undefined, ref("1,7 mdkr")),
    ).toBe(KEB);
    expect(
      kalla(
        "BUDGETAVVIKELSE.STATUS",
        ref("6 000 tkr"),
        ref("7 000 tkr"),
        "Max 1 % budgetavvikelse",
        undefined,
        ref(1.7e6),
      ),
    ).toBe(KEB);
  });

  it("still converts a bas in another money unit", () => {
    const andel = kalla("BUDGETAVVIKELSE.PROCENT", ref("−7 972 tkr"), ref("15 000 tkr"), undefined, ref("1,7 mdkr"));
    expect(andel as number).toBeCloseTo(22972 / 1700000, 12);
  });
});

describe("a negated comparison target (issue 15)", () => {
  // The comparison values 4 and 6 as a column range (A1:A2); their mean is 5. The default delvis band is 10 % of
  // |5| = 0,5 beyond the target (spec §7.3).
  const jamforelse = kolumnref(4, 6);
  const status = (utfall: number, malvarde: string) =>
    kalla("MALUPPFYLLELSE", utfall, malvarde, undefined, undefined, undefined, jamforelse);
  const motivering = (utfall: number, malvarde: string) =>
    kalla("MOTIVERING", utfall, malvarde, undefined, undefined, undefined, jamforelse);

  it("reads `inte högre än riket` as v ≤ the mean, lower is better", () => {
    expect(status(4, "inte högre än riket")).toBe("Uppfyllt");
    expect(status(5, "inte högre än riket")).toBe("Uppfyllt");
    expect(status(5.4, "inte högre än riket")).toBe("Delvis uppfyllt"); // within 5–5,5
    expect(status(6, "inte högre än riket")).toBe("Ej uppfyllt"); // beyond 5,5
    expect(status(5, "Får inte vara över snittet")).toBe("Uppfyllt");
    expect(status(6, "Får inte vara över snittet")).toBe("Ej uppfyllt");
  });

  it("reads `inte lägre än riket` as v ≥ the mean, higher is better", () => {
    expect(status(6, "inte lägre än riket")).toBe("Uppfyllt");
    expect(status(5, "inte lägre än riket")).toBe("Uppfyllt");
    expect(status(4.6, "inte lägre än riket")).toBe("Delvis uppfyllt"); // within 4,5–5
    expect(status(4, "inte lägre än riket")).toBe("Ej uppfyllt");
    expect(status(5, "ej under snittet")).toBe("Uppfyllt");
    expect(status(4, "ej under snittet")).toBe("Ej uppfyllt");
  });

  it("cannot judge a negation it cannot turn round, and says why", () => {
    for (const malvarde of ["inte bättre än riket", "Inte lika bra som riket", "inte högre än eller lika med riket"]) {
      expect(status(4, malvarde)).toBe(KEB);
      expect(motivering(4, malvarde)).toBe(`Målvärdet "${malvarde}" kan inte bedömas: "inte" gör målet oklart`);
    }
  });

  it("reads a comparison target without a negation as before", () => {
    expect(status(4, "högre än riket")).toBe("Ej uppfyllt");
    expect(status(5, "högre än riket")).toBe("Delvis uppfyllt");
    expect(status(6, "högre än riket")).toBe("Uppfyllt");
    expect(status(5, "lägre än eller lika med riket")).toBe("Uppfyllt");
    expect(status(6, "lägre än eller lika med riket")).toBe("Ej uppfyllt");
  });
});

describe("comparison target words and negations the target does not reach (issue 15 review)", () => {
  // The comparison values 5, 6 and 7; their mean is 6. The default delvis band is 10 % of |6| = 0,6.
  const jamforelse = kolumnref(5, 6, 7);
  const status = (utfall: number, malvarde: string) =>
    kalla("MALUPPFYLLELSE", utfall, malvarde, undefined, undefined, undefined, jamforelse);
  const motivering = (utfall: number, malvarde: string) =>
    kalla("MOTIVERING", utfall, malvarde, undefined, undefined, undefined, jamforelse);

  it("ignores a negation that does not reach the comparison word", () => {
    for (const malvarde of [
      "Andelen som inte är nöjda ska vara lägre än riket",
      "Andelen elever som inte når målen ska vara lägre än rikssnittet",
    ]) {
      expect(status(5, malvarde)).toBe("Uppfyllt");
      expect(status(7, malvarde)).toBe("Ej uppfyllt");
    }
    expect(status(7, "Andel ej återaktualiserade ska vara högre än riket")).toBe("Uppfyllt");
    expect(status(5, "Andel ej återaktualiserade ska vara högre än riket")).toBe("Ej uppfyllt");
    expect(motivering(5, "Andelen som inte är nöjda ska vara lägre än riket")).toBe(
      "Utfallet 5 är lägre än målvärdet 6 (jämförelsevärdenas medel)",
    );
  });

  it("reads direction and strictness words as whole words, not inside other words", () => {
    // "under" in "undersköterskor" is no direction: better is higher (the default).
    expect(status(7, "Andelen nöjda undersköterskor ska vara bättre än riket")).toBe("Uppfyllt");
    expect(status(5, "Andelen nöjda undersköterskor ska vara bättre än riket")).toBe("Ej uppfyllt");
    // "lika" in "olika" is no non-strict word: the negated `högre än` is v ≤ the mean.
    expect(status(6, "Inte högre än riket för olika åldersgrupper")).toBe("Uppfyllt");
    expect(status(7, "Inte högre än riket för olika åldersgrupper")).toBe("Ej uppfyllt");
  });

  it("reads understiga/överstiga and mer/mindre än, plain and negated", () => {
    expect(status(5, "understiga riket")).toBe("Uppfyllt");
    expect(status(6, "understiga riket")).toBe("Delvis uppfyllt"); // strict: v = the mean is not below it
    expect(status(7, "understiga riket")).toBe("Ej uppfyllt");
    expect(status(7, "överstiger riket")).toBe("Uppfyllt");
    expect(status(5, "överstiger riket")).toBe("Ej uppfyllt");
    // The other verbs the substrings `över`/`under` used to catch keep their direction.
    expect(status(7, "Överträffa riket")).toBe("Uppfyllt");
    expect(status(6, "Överträffa riket")).toBe("Delvis uppfyllt");
    expect(status(5, "underskrida riket")).toBe("Uppfyllt");
    expect(status(7, "underskrida riket")).toBe("Ej uppfyllt");
    expect(status(6, "inte överskrida riket")).toBe("Uppfyllt");
    expect(status(7, "inte överskrida riket")).toBe("Ej uppfyllt");
    for (const malvarde of [
      "får inte understiga rikssnittet",
      "ej understiga riksgenomsnittet",
      "inte mindre än riket",
    ]) {
      expect(status(6, malvarde)).toBe("Uppfyllt"); // v ≥ the mean
      expect(status(7, malvarde)).toBe("Uppfyllt");
      expect(status(5, malvarde)).toBe("Ej uppfyllt");
    }
    for (const malvarde of ["inte överstiga riket", "inte mer än riket"]) {
      expect(status(6, malvarde)).toBe("Uppfyllt"); // v ≤ the mean
      expect(status(5, malvarde)).toBe("Uppfyllt");
      expect(status(7, malvarde)).toBe("Ej uppfyllt");
    }
  });
});

describe("the year of the comparison values (`bättre än riket 2023`)", () => {
  // The comparison values 4 and 6 (A1:A2); their mean is 5, the best 6.
  const jamforelse = kolumnref(4, 6);
  const status = (utfall: Formelargument, malvarde: string) =>
    kalla("MALUPPFYLLELSE", utfall, malvarde, undefined, undefined, undefined, jamforelse);
  const motivering = (utfall: Formelargument, malvarde: string) =>
    kalla("MOTIVERING", utfall, malvarde, undefined, undefined, undefined, jamforelse);

  it("reads a year after the comparison values as theirs, never as the target 2 023", () => {
    expect(status(5.5, "Bättre än riket 2023")).toBe("Uppfyllt");
    expect(status(4, "Bättre än riket 2023")).toBe("Ej uppfyllt");
    expect(motivering(5.5, "Bättre än riket 2023")).toBe(
      "Utfallet 5,5 är högre än målvärdet 5 (jämförelsevärdenas medel)",
    );
    expect(status(5.5, "Bättre än jämförelsekommunerna 2024")).toBe("Delvis uppfyllt"); // best 6, band to 5,4
    expect(status(5.5, "Bättre än jämförbara kommuner 2024")).toBe("Delvis uppfyllt");
  });

  it("turns a negated comparison round as without the year", () => {
    expect(status(6, "Inte högre än riket 2023")).toBe("Ej uppfyllt");
    expect(status(5, "Inte högre än riket 2023")).toBe("Uppfyllt");
  });

  it("reads a range of years after the comparison values as theirs too", () => {
    expect(status(5.5, "Nöjdheten ska vara högre än riket 2022–2023")).toBe("Uppfyllt");
    expect(status(5.5, "Högre än riket 2024/2025")).toBe("Uppfyllt");
    expect(status(4, "Högre än riket 2022-2023")).toBe("Ej uppfyllt");
  });

  it("still reads a year after `än` alone as a comparison with a year, which it cannot judge", () => {
    expect(status(5, "Lägre än 2023")).toBe(KEB);
    expect(motivering(5, "Lägre än 2023")).toMatch(/^Målvärdet jämför med året 2023/);
  });

  it("counts a comparison target inside a sentence with another target as a second target", () => {
    const malvarde = "Andelen ska vara minst 75 % och bättre än riket";
    expect(status("80 %", malvarde)).toBe(KEB);
    expect(motivering("80 %", malvarde)).toBe(
      `Målvärdet "${malvarde}" innehåller flera mål och kan inte bedömas med ett utfall`,
    );
    // A word target beside the comparison is a second target as well.
    const ordmal = "Andelen ska öka och vara högre än riket";
    expect(kalla("MALUPPFYLLELSE", 6, ordmal, undefined, undefined, 5, jamforelse)).toBe(KEB);
    expect(kalla("MOTIVERING", 6, ordmal, undefined, undefined, 5, jamforelse)).toBe(
      `Målvärdet "${ordmal}" innehåller flera mål och kan inte bedömas med ett utfall`,
    );
    // Naming the comparison values without comparing with them is no target: `(riket 70 %)` is information.
    expect(kalla("MALUPPFYLLELSE", "80 %", "Minst 75 % (riket 70 %)")).toBe("Uppfyllt");
  });
});
