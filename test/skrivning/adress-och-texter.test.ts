/**
 * A1 addresses as Excel writes and returns them, and the pane's sentences about what it left alone and how the
 * statuses stand (src/core/skrivning/adress.ts, beskrivning.ts): the cases the mutation run found untested.
 */
import {
  bladnamn,
  cellAdress,
  kolumnIndex,
  kolumnbokstav,
  omradesAdress,
  tolkaAdress,
} from "../../src/core/skrivning/adress";
import { beskrivLage, beskrivLamnade } from "../../src/core/skrivning/beskrivning";

describe("A1 addresses", () => {
  it("names columns as Excel does, past Z and ZZ", () => {
    // Excel's columns run A…Z, AA…AZ, BA…ZZ, AAA… up to XFD (16 384 columns).
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(kolumnbokstav)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(cellAdress(0, 0)).toBe("A1");
    expect(cellAdress(26, 27)).toBe("AB27");
  });

  it("writes one cell without a colon and a range with both corners", () => {
    expect(omradesAdress(1, 7, 1, 1)).toBe("H2");
    expect(omradesAdress(1, 7, 26, 1)).toBe("H2:H27");
    expect(omradesAdress(0, 0, 1, 7)).toBe("A1:G1");
  });

  it("quotes a sheet name unless it is a plain name, doubling its apostrophes", () => {
    expect(bladnamn("Blad1")).toBe("Blad1");
    expect(bladnamn("_x")).toBe("_x");
    expect(bladnamn("Mål 2020")).toBe("'Mål 2020'");
    expect(bladnamn("2020")).toBe("'2020'");
    expect(bladnamn("Blad 1")).toBe("'Blad 1'");
    expect(bladnamn("Q1-rapport")).toBe("'Q1-rapport'");
    expect(bladnamn("Kommunens 'bästa'")).toBe("'Kommunens ''bästa'''");
  });

  it("reads the addresses Excel returns back to sheet and 0-based indices", () => {
    expect(tolkaAdress("'Mål 2020'!A1:H27")).toEqual({ blad: "Mål 2020", rad: 0, kolumn: 0, rader: 27, kolumner: 8 });
    expect(tolkaAdress("Blad1!$H$2:$H$27")).toEqual({ blad: "Blad1", rad: 1, kolumn: 7, rader: 26, kolumner: 1 });
    expect(tolkaAdress("'Kommunens ''bästa'''!AB3")).toEqual({
      blad: "Kommunens 'bästa'",
      rad: 2,
      kolumn: 27,
      rader: 1,
      kolumner: 1,
    });
    expect(tolkaAdress("Blad1!XFD1048576")).toEqual({
      blad: "Blad1",
      rad: 1048575,
      kolumn: 16383,
      rader: 1,
      kolumner: 1,
    });
    expect(kolumnIndex("AA5:AC9")).toBe(26);
    expect(kolumnIndex("$C$5")).toBe(2);
  });

  it("refuses what is no cell address", () => {
    for (const fel of ["Blad1!#REF!", "Blad1!h2", "Blad1!H", "Blad1!2", "Blad1!H2x", "Blad1!xH2"])
      expect(() => tolkaAdress(fel)).toThrow(/^Okänd celladress: /);
  });
});

describe("what the pane says after an action", () => {
  it("groups the cells it left alone by sheet, column and kind, with the sheet named when there are several", () => {
    expect(
      beskrivLamnade([
        { adress: "'Mål 2020'!H3", blad: "Mål 2020", kolumn: "H", typ: "andrad" },
        { adress: "Blad2!H3", blad: "Blad2", kolumn: "H", typ: "andrad" },
        { adress: "Blad2!I3", blad: "Blad2", kolumn: "I", typ: "skriven" },
        { adress: "Blad2!I4", blad: "Blad2", kolumn: "I", typ: "skriven" },
      ]),
    ).toEqual([
      "1 cell i H på bladet Mål 2020 har ändrats av dig och lämnades kvar.",
      "1 cell i H på bladet Blad2 har ändrats av dig och lämnades kvar.",
      "2 statusar i I på bladet Blad2 är skrivna för hand och behölls; de räknas i målens bedömning.",
    ]);
    expect(beskrivLamnade([])).toEqual([]);
  });

  it("says whether the statuses are live formulas, locked values or both, and how many are typed by hand", () => {
    expect(beskrivLage({ levande: 12, lasta: 0, forHand: 0 }, "H2:H13")).toBe(
      "Alla 12 statusar i H2:H13 är levande KPI-formler som följer ändringar i tabellen.",
    );
    expect(beskrivLage({ levande: 0, lasta: 12, forHand: 0 }, "H2:H13")).toBe(
      "Alla 12 statusar i H2:H13 är låsta värden: de ändras inte när tabellen ändras. Färgmarkera igen för att göra dem levande.",
    );
    // One status: the sentence in the singular.
    expect(beskrivLage({ levande: 1, lasta: 0, forHand: 0 }, "H2")).toBe(
      "Statusen i H2 är en levande KPI-formel som följer ändringar i tabellen.",
    );
    expect(beskrivLage({ levande: 0, lasta: 1, forHand: 0 }, "H2")).toBe(
      "Statusen i H2 är ett låst värde: det ändras inte när tabellen ändras. Färgmarkera igen för att göra det levande.",
    );
    expect(beskrivLage({ levande: 1, lasta: 1, forHand: 0 }, "H2:H3")).toBe(
      "I H2:H3 är 1 status en levande KPI-formel och 1 ett låst värde.",
    );
    expect(beskrivLage({ levande: 10, lasta: 2, forHand: 1 }, "H2:H14")).toBe(
      "I H2:H14 är 10 statusar levande KPI-formler och 2 låsta värden. 1 status är skriven för hand och behålls.",
    );
    expect(beskrivLage({ levande: 0, lasta: 0, forHand: 3 }, "H2:H4")).toBe(
      "3 statusar är skrivna för hand och behålls.",
    );
    expect(beskrivLage({ levande: 0, lasta: 0, forHand: 0 }, "H2:H4")).toBe("");
  });
});
