/**
 * Tests written against mutants of src/core/bedomning/bedomning.ts that earlier tests let survive: each asserts the
 * status or the reason a Swedish user reads, as spec §2 (numbers, percent scale, money units), §6 and §7 state them.
 */
import { bedom, type Underlag } from "../../src/core/bedomning/bedomning";
import { tal } from "../../src/core/tal/tal";
import { kalla, kolumnref, type Formelargument } from "../helpers/excel";

const las = (u: Underlag): [string, string] => {
  const r = bedom(u);
  return [r.status, r.motivering];
};

describe("comparisons use a relative epsilon of 1e-9 (§2)", () => {
  it("holds 999 999 999 equal to a target of 1 000 000 000 (the epsilon is relative to the larger value)", () => {
    expect(las({ malvarde: "≥ 1 000 000 000", utfall: 999_999_999 })).toEqual([
      "Uppfyllt",
      "Utfallet 999 999 999 är lika med målvärdet 1 000 000 000",
    ]);
  });
});

describe("status rules for bands and intervals (§7)", () => {
  it("says a value inside a band lies inside it, never that it is on the favourable side", () => {
    expect(las({ malvarde: "±1 %", utfall: "0,5 %" })).toEqual([
      "Uppfyllt",
      "Utfallet 0,5 % ligger inom målvärdet ±1,0 %",
    ]);
  });

  it("names the delvis limit of the side of the interval the utfall is on", () => {
    expect(las({ malvarde: "mellan 5 och 10 %", utfall: "4,6 %" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 4,6 % ligger under målintervallet 5,0 %–10,0 % men inom gränsvärdet 4,5 %",
    ]);
    expect(las({ malvarde: "mellan 5 och 10 %", utfall: "10,6 %" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 10,6 % ligger över målintervallet 5,0 %–10,0 % men inom gränsvärdet 11,0 %",
    ]);
  });

  it("shows as many decimals as it takes to tell the utfall from the interval's delvis limit", () => {
    expect(las({ malvarde: "mellan 5 och 10 %", utfall: "4,51 %" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 4,51 % ligger under målintervallet 5,00 %–10,00 % men inom gränsvärdet 4,50 %",
    ]);
    expect(las({ malvarde: "mellan 5 och 10 %", utfall: "10,99 %" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 10,99 % ligger över målintervallet 5,00 %–10,00 % men inom gränsvärdet 11,00 %",
    ]);
  });

  it("shows an utfall on the lower end of an interval with the decimals of the upper side, as it is not below", () => {
    expect(las({ malvarde: "mellan 0,1 och 10 %", utfall: "0,1 %" })).toEqual([
      "Uppfyllt",
      "Utfallet 0,1 % ligger inom målintervallet 0,1 %–10,0 %",
    ]);
  });

  it("shows as many decimals as it takes to tell |utfall| from the band and its delvis limit", () => {
    expect(las({ malvarde: "±1 %", utfall: "-1,05 %" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet −1,05 % ligger utanför målvärdet ±1,00 % men inom gränsvärdet ±1,10 %",
    ]);
  });

  it("shows as many decimals as it takes to tell the utfall from föregående", () => {
    expect(las({ malvarde: "≤ 7 %", utfall: "10,51 %", foregaende: "10,5 %" })).toEqual([
      "Ej uppfyllt",
      "Utfallet 10,51 % är högre än målvärdet 7,00 % (gränsvärde 7,70 %) och har inte förbättrats från 10,50 %",
    ]);
  });

  it("judges `lägre än eller lika med riket` as v ≤ the comparison mean", () => {
    expect(las({ malvarde: "lägre än eller lika med riket", utfall: 5, jamforelse: [4, 6] })).toEqual([
      "Uppfyllt",
      "Utfallet 5 är lika med målvärdet 5 (jämförelsevärdenas medel)",
    ]);
  });
});

describe("money and other units (§2)", () => {
  it("converts the utfall to the unit of a band", () => {
    expect(las({ malvarde: "±2 mnkr", utfall: "1 500 tkr" })).toEqual([
      "Uppfyllt",
      "Utfallet 1 500 tkr (1,5 mnkr) ligger inom målvärdet ±2 mnkr",
    ]);
  });

  it("converts to the unit of an interval", () => {
    expect(las({ malvarde: "mellan 2 och 3 mnkr", utfall: "2 500 tkr" })).toEqual([
      "Uppfyllt",
      "Utfallet 2 500 tkr (2,5 mnkr) ligger inom målintervallet 2 mnkr–3 mnkr",
    ]);
  });

  it("judges a change in an amount in the change's unit", () => {
    expect(las({ malvarde: "Minska med 2 mnkr", utfall: "8 500 tkr", foregaende: "10 mnkr" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 8 500 tkr (8,5 mnkr) är högre än målvärdet 8 mnkr (föregående 10 mnkr, minska med 2 mnkr) " +
        "men inom gränsvärdet 8,8 mnkr",
    ]);
  });

  it("judges a change in % in the utfall's unit: the 10 % is no unit of the amounts", () => {
    expect(las({ malvarde: "Minska med 10 %", utfall: "8 500 tkr", foregaende: "10 mnkr" })).toEqual([
      "Uppfyllt",
      "Utfallet 8 500 tkr är lägre än målvärdet 9 000 tkr (föregående 10 mnkr (10 000 tkr), minska med 10,0 %)",
    ]);
  });

  it("shows a value read as written once, even when another value was converted", () => {
    expect(las({ malvarde: "Högst 40 mnkr", utfall: "42 mnkr", foregaende: "39 000 tkr" })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 42 mnkr är högre än målvärdet 40 mnkr men inom gränsvärdet 44 mnkr",
    ]);
  });

  it("reads a plain föregående beside a trend without money as it is", () => {
    expect(las({ malvarde: "minska", utfall: 3, foregaende: "4 dagar" })).toEqual([
      "Uppfyllt",
      "Utfallet 3 jämfört med föregående 4 dagar: minskning, målet är minskning",
    ]);
  });

  it("never compares a unit with a percentage", () => {
    expect(las({ malvarde: "Minst 50 %", utfall: "60 dagar" })).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 60 dagar, målvärdet 50,0 %",
    ]);
  });

  it("never compares an amount with a unit that is no money, nor asks for a money unit then", () => {
    expect(las({ malvarde: "Högst 5 dagar", utfall: "3 mnkr" })).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 3 mnkr, målvärdet 5 dagar",
    ]);
    expect(las({ malvarde: "Högst 40 mnkr", utfall: "5 dagar" })).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 5 dagar, målvärdet 40 mnkr",
    ]);
  });

  it("reads a plain utfall in a unit that is no money, and names the value that cannot be compared", () => {
    expect(las({ malvarde: "Högst 5 dagar", utfall: 4, foregaende: "3 mnkr" })).toEqual([
      "Kan ej bedömas",
      "Olika enheter: föregående värde 3 mnkr, målvärdet 5 dagar",
    ]);
  });

  it("asks for the unit in the målvärde when an amount meets a plain target", () => {
    expect(las({ malvarde: "Högst 40", utfall: "38 mnkr" })).toEqual([
      "Kan ej bedömas",
      "Utfallet 38 mnkr är ett belopp men målvärdet 40 saknar enhet: skriv enheten i målvärdet (kr, tkr, mnkr eller mdkr)",
    ]);
  });

  it("asks for the unit in the utfall when an amount meets a plain utfall", () => {
    expect(las({ malvarde: "minska", utfall: "51 000", foregaende: "51,6 mnkr" })).toEqual([
      "Kan ej bedömas",
      "Föregående värde 51,6 mnkr är ett belopp men utfallet 51 000 saknar enhet: skriv enheten i utfallet " +
        "(kr, tkr, mnkr eller mdkr)",
    ]);
  });

  it("calls for the unit when any one comparison value is an amount", () => {
    expect(las({ malvarde: "bättre än riket", utfall: 5, jamforelse: [4, tal(3, false, "mnkr")] })).toEqual([
      "Kan ej bedömas",
      "Jämförelsevärdet 3 mnkr är ett belopp men utfallet 5 saknar enhet: skriv enheten i utfallet " +
        "(kr, tkr, mnkr eller mdkr)",
    ]);
  });

  it("reads a plain 0 as 0 in every unit: as utfall, and as målvärde", () => {
    expect(las({ malvarde: "Högst 40 mnkr", utfall: 0 })).toEqual([
      "Uppfyllt",
      "Utfallet 0 är lägre än målvärdet 40 mnkr",
    ]);
    expect(las({ malvarde: "≥ 0", utfall: "5 mnkr" })).toEqual(["Uppfyllt", "Utfallet 5 mnkr är högre än målvärdet 0"]);
  });

  it("does not read an amount against a plain utfall of 0 (only the target's 0 is unit-free)", () => {
    expect(las({ malvarde: "minska", utfall: 0, foregaende: "2 mnkr" })).toEqual([
      "Kan ej bedömas",
      "Föregående värde 2 mnkr är ett belopp men utfallet 0 saknar enhet: skriv enheten i utfallet " +
        "(kr, tkr, mnkr eller mdkr)",
    ]);
  });

  it("checks and converts the gränsvärde to the target's money unit", () => {
    expect(las({ malvarde: "Högst 40 mnkr", utfall: "38 mnkr", gransvarde: 45 })).toEqual([
      "Kan ej bedömas",
      "Gränsvärdet 45 saknar enhet men målvärdet 40 mnkr är ett belopp: skriv enheten (kr, tkr, mnkr eller mdkr)",
    ]);
    expect(las({ malvarde: "Högst 40 mnkr", utfall: "46 mnkr", gransvarde: "45 000 tkr" })).toEqual([
      "Ej uppfyllt",
      "Utfallet 46 mnkr är högre än målvärdet 40 mnkr (gränsvärde 45 mnkr)",
    ]);
  });
});

describe("reading utfall, målvärde, föregående, gränsvärde and comparison values", () => {
  it("quotes an unreadable utfall without the spaces around it", () => {
    expect(las({ malvarde: "≤ 7 %", utfall: "  abc  " })).toEqual(["Kan ej bedömas", 'Utfallet "abc" är inget tal']);
  });

  it("gives the målvärde's reason first when the målvärde cannot be read", () => {
    expect(las({ malvarde: "blaha blaha", utfall: 5, foregaende: "abc" })).toEqual([
      "Kan ej bedömas",
      'Kan inte läsa målvärdet "blaha blaha"',
    ]);
  });

  it("says a gränsvärde that is no number is no number, also a number Excel cannot hold", () => {
    expect(las({ malvarde: "≤ 7 %", utfall: 0.05, gransvarde: "abc" })).toEqual([
      "Kan ej bedömas",
      "Gränsvärdet är inget tal",
    ]);
    expect(las({ malvarde: "≤ 7 %", utfall: 0.05, gransvarde: NaN })).toEqual([
      "Kan ej bedömas",
      "Gränsvärdet är inget tal",
    ]);
  });

  it("leaves out comparison values that are not finite", () => {
    expect(las({ malvarde: "bättre än riket", utfall: 5, jamforelse: [NaN] })).toEqual([
      "Kan ej bedömas",
      "Jämförelsevärden saknas",
    ]);
    expect(las({ malvarde: "bättre än riket", utfall: 5, jamforelse: [NaN, 4] })).toEqual([
      "Uppfyllt",
      "Utfallet 5 är högre än målvärdet 4 (jämförelsevärdenas medel)",
    ]);
  });

  it("shows how a föregående read in the percent scale was written", () => {
    expect(las({ malvarde: "Minst 42 %", utfall: 0.3, foregaende: 36 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 30,0 % är lägre än målvärdet 42,0 % (gränsvärde 37,8 %) och har inte förbättrats från 36 (läst som 36 %)",
    ]);
  });

  it("shows a promille reading, also of a value below 1", () => {
    expect(las({ malvarde: "Högst 5 ‰", utfall: 6 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 6 (läst som 6 ‰) är högre än målvärdet 5,0 ‰ (gränsvärde 5,5 ‰)",
    ]);
    expect(las({ malvarde: "Högst 5 ‰", utfall: 0.5 })).toEqual([
      "Uppfyllt",
      "Utfallet 0,5 (läst som 0,5 ‰) är lägre än målvärdet 5,0 ‰",
    ]);
  });

  it("shows a procentenheter reading in procentenheter", () => {
    expect(las({ malvarde: "Högst 2 procentenheter", utfall: 3 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 3 (läst som 3 procentenheter) är högre än målvärdet 2 procentenheter (gränsvärde 2,2 procentenheter)",
    ]);
  });
});

describe("a gränsvärde on the wrong side of the target (§6)", () => {
  it("shows the gränsvärde and the target with the decimals that tell them apart", () => {
    expect(las({ malvarde: "mellan 5 och 10 %", utfall: "6 %", gransvarde: "5,05 %" })).toEqual([
      "Kan ej bedömas",
      "Gränsvärdet 5,05 % ligger inom målintervallet 5,00 %–10,00 %",
    ]);
    expect(las({ malvarde: "≤ 7 %", utfall: "6 %", gransvarde: "6,95 %" })).toEqual([
      "Kan ej bedömas",
      "Gränsvärdet 6,95 % ligger på fel sida om målvärdet 7,00 %",
    ]);
  });
});

describe("where a target in words comes from, in the reason", () => {
  it("names budget i balans, also when read from a sentence", () => {
    expect(las({ malvarde: "budget i balans", utfall: "-1 mnkr" })).toEqual([
      "Ej uppfyllt",
      "Utfallet −1 mnkr är lägre än målvärdet 0 (budget i balans)",
    ]);
    expect(las({ malvarde: "Nämnden ska ha en budget i balans", utfall: "-1 mnkr" })).toEqual([
      "Ej uppfyllt",
      'Utfallet −1 mnkr är lägre än målvärdet 0 (målvärdet läst som "budget i balans")',
    ]);
  });

  it("names bibehålla föregående nivå", () => {
    expect(las({ malvarde: "bibehålla", utfall: 5, foregaende: 6 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 5 är lägre än målvärdet 6 (bibehålla föregående nivå) (gränsvärde 5,4) och har inte förbättrats från 6",
    ]);
  });
});

describe("trend targets (§6, §7)", () => {
  it("says which way the utfall moved and which way the goal asks", () => {
    expect(las({ malvarde: "ökar", utfall: 3, foregaende: 4 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 3 jämfört med föregående 4: minskning, målet är ökning",
    ]);
    expect(las({ malvarde: "minska", utfall: 5, foregaende: 4 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 5 jämfört med föregående 4: ökning, målet är minskning",
    ]);
  });

  it("says unchanged, Delvis uppfyllt, without a goal when the goal asks for a move", () => {
    expect(las({ malvarde: "ökar", utfall: 4, foregaende: 4 })).toEqual([
      "Delvis uppfyllt",
      "Utfallet 4 jämfört med föregående 4: oförändrat",
    ]);
  });

  it("says unchanged meets a negated trend, and names the goal", () => {
    expect(las({ malvarde: "ska inte öka", utfall: 4, foregaende: 4 })).toEqual([
      "Uppfyllt",
      "Utfallet 4 jämfört med föregående 4: oförändrat, målet är ingen ökning",
    ]);
    expect(las({ malvarde: "ska inte minska", utfall: 3, foregaende: 4 })).toEqual([
      "Ej uppfyllt",
      "Utfallet 3 jämfört med föregående 4: minskning, målet är ingen minskning",
    ]);
  });
});

describe("units other than money (§2: two different units are never compared)", () => {
  /** Status and reason as the two cells `KPI.MALUPPFYLLELSE(…)` and `KPI.MOTIVERING(…)` show them. */
  const iExcel = (...argument: Formelargument[]): [unknown, unknown] => [
    kalla("MALUPPFYLLELSE", ...argument),
    kalla("MOTIVERING", ...argument),
  ];

  it("does not judge a gränsvärde in another unit than the target's", () => {
    expect(iExcel("5,5 dagar", "Högst 5 dagar", undefined, "6 timmar")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: gränsvärdet 6 timmar, målvärdet 5 dagar",
    ]);
  });

  it("does not judge a trend against a föregående in another unit than the utfall's", () => {
    expect(iExcel("5 dagar", "Minska", undefined, undefined, "7 timmar")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: föregående värde 7 timmar, utfallet 5 dagar",
    ]);
    expect(las({ malvarde: "Högst 5 dagar", utfall: "4 dagar", foregaende: "7 timmar" })).toEqual([
      "Kan ej bedömas",
      "Olika enheter: föregående värde 7 timmar, målvärdet 5 dagar",
    ]);
  });

  it("does not judge against a comparison value in another unit", () => {
    expect(
      iExcel("5 dagar", "bättre än riket", "lägre är bättre", undefined, undefined, kolumnref("4 dagar", "3 timmar")),
    ).toEqual(["Kan ej bedömas", "Olika enheter: jämförelsevärdet 3 timmar, utfallet 5 dagar"]);
  });

  it("judges values in the same unit as before", () => {
    expect(iExcel("5,5 dagar", "Högst 5 dagar", undefined, "6 dagar")).toEqual([
      "Delvis uppfyllt",
      "Utfallet 5,5 dagar är högre än målvärdet 5 dagar men inom gränsvärdet 6 dagar",
    ]);
    expect(iExcel("5 dagar", "Minska", undefined, undefined, "7 dagar")).toEqual([
      "Uppfyllt",
      "Utfallet 5 dagar jämfört med föregående 7 dagar: minskning, målet är minskning",
    ]);
  });

  it("reads a plain gränsvärde, utfall or föregående in the unit beside it", () => {
    expect(iExcel("5,5 dagar", "Högst 5 dagar", undefined, 6)).toEqual([
      "Delvis uppfyllt",
      "Utfallet 5,5 dagar är högre än målvärdet 5 dagar men inom gränsvärdet 6 dagar",
    ]);
    expect(iExcel(4, "Högst 5 dagar")).toEqual(["Uppfyllt", "Utfallet 4 är lägre än målvärdet 5 dagar"]);
    expect(iExcel("5 dagar", "Minska", undefined, undefined, 7)).toEqual([
      "Uppfyllt",
      "Utfallet 5 dagar jämfört med föregående 7: minskning, målet är minskning",
    ]);
  });

  it("still converts money units", () => {
    expect(iExcel("42 mnkr", "Högst 40 mnkr", undefined, "45 000 tkr")).toEqual([
      "Delvis uppfyllt",
      "Utfallet 42 mnkr är högre än målvärdet 40 mnkr men inom gränsvärdet 45 mnkr",
    ]);
  });
});

describe("rate units (§2: two different units are never compared, rates are not converted)", () => {
  /** Status and reason as the two cells `KPI.MALUPPFYLLELSE(…)` and `KPI.MOTIVERING(…)` show them. */
  const iExcel = (...argument: Formelargument[]): [unknown, unknown] => [
    kalla("MALUPPFYLLELSE", ...argument),
    kalla("MOTIVERING", ...argument),
  ];

  it("does not judge an utfall per another base than the target's", () => {
    expect(iExcel("11 per 100 000 invånare", "Högst 12 per 1 000 invånare")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 11 per 100 000 invånare, målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel("11 per invånare", "Högst 12 per 1 000 invånare")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 11 per invånare, målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel("11 per 1 000 elever", "Högst 12 per 1 000 invånare")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 11 per 1 000 elever, målvärdet 12 per 1 000 invånare",
    ]);
  });

  it("does not judge a gränsvärde, föregående or comparison value per another base", () => {
    expect(
      iExcel("13 per 1 000 invånare", "Högst 12 per 1 000 invånare", undefined, "14 per 100 000 invånare"),
    ).toEqual([
      "Kan ej bedömas",
      "Olika enheter: gränsvärdet 14 per 100 000 invånare, målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel("11 per 1 000 invånare", "Minska", undefined, undefined, "12 per 10 000 invånare")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: föregående värde 12 per 10 000 invånare, utfallet 11 per 1 000 invånare",
    ]);
    expect(
      iExcel(
        "11 per 1 000 invånare",
        "bättre än riket",
        "lägre är bättre",
        undefined,
        undefined,
        kolumnref("12 per 1 000 invånare", "1 300 per 100 000 invånare"),
      ),
    ).toEqual([
      "Kan ej bedömas",
      "Olika enheter: jämförelsevärdet 1 300 per 100 000 invånare, utfallet 11 per 1 000 invånare",
    ]);
  });

  it("does not judge a share or a value in a unit against a rate", () => {
    // The percent scale reads the target's plain 12 beside a percent utfall (procentskala.ts); the status holds.
    const [status, motivering] = iExcel("1,5 %", "Högst 12 per 1 000 invånare");
    expect(status).toBe("Kan ej bedömas");
    expect(motivering).toMatch(/^Olika enheter: utfallet 1,5 %, målvärdet 12(,0 %)? per 1 000 invånare$/);
    expect(iExcel("11 dagar", "Högst 12 per 1 000 invånare")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 11 dagar, målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel("11 st", "Högst 12 per 1 000 invånare")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 11 st, målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel("11 per 1 000 invånare", "Högst 12 dagar")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 11 per 1 000 invånare, målvärdet 12 dagar",
    ]);
  });

  it("does not convert an amount per inhabitant against a total amount", () => {
    expect(iExcel("0,3 tkr", "Högst 250 kr/inv")).toEqual([
      "Kan ej bedömas",
      "Olika enheter: utfallet 0,3 tkr, målvärdet 250 kr per inv",
    ]);
  });

  it("judges values per the same base, and a plain number in the target's rate", () => {
    expect(iExcel("11 per 1 000 invånare", "Högst 12 per 1 000 invånare")).toEqual([
      "Uppfyllt",
      "Utfallet 11 per 1 000 invånare är lägre än målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel(11, "Högst 12 per 1 000 invånare")).toEqual([
      "Uppfyllt",
      "Utfallet 11 är lägre än målvärdet 12 per 1 000 invånare",
    ]);
    expect(iExcel("11 per 1 000 invånare", "Minska", undefined, undefined, "12 per 1 000 invånare")).toEqual([
      "Uppfyllt",
      "Utfallet 11 per 1 000 invånare jämfört med föregående 12 per 1 000 invånare: minskning, målet är minskning",
    ]);
  });

  it("reads inv as invånare, and keeps it as written in the reason", () => {
    expect(iExcel("11 per 1 000 inv", "Högst 12 per 1 000 invånare", undefined, "13 per 1 000 invånare")).toEqual([
      "Uppfyllt",
      "Utfallet 11 per 1 000 inv är lägre än målvärdet 12 per 1 000 invånare",
    ]);
  });

  it("still converts money per the same base", () => {
    expect(iExcel("0,24 tkr/inv", "Högst 250 kr/inv")).toEqual([
      "Uppfyllt",
      "Utfallet 0,24 tkr per inv (240 kr per inv) är lägre än målvärdet 250 kr per inv",
    ]);
  });
});
