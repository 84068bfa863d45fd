/**
 * Tests against the mutants that survived the mutation run over the reader that finds where a goal table starts
 * and ends in a sheet (src/core/tabell/avgransning.ts, issue 19). Each asserts what a user sees: which cells are
 * the table, which row is its header, what is left out, which cell a formula must point at. One describe per rule.
 * Sheets are built as Excel holds them (test/fixtures/layouter: numbers with their number formats, text, blanks);
 * a sheet read from another cell than A1 is the same sheet moved, as the pane reads a used range that starts
 * further in. The mutants that no test can tell apart are listed with their reasons in docs/kvalitet.md.
 */
import { ark, cell, las, TOM, type Cellspec, type Radspec } from "../fixtures/layouter";
import { lasArk, lasTabellVid } from "../../src/core/tabell/tabell";
import type { Arkomrade, Arkutsnitt } from "../../src/core/tabell/ark";
import { arRubrikrad, Rutnat } from "../../src/core/tabell/avgransning";
import type { Cellvarde } from "../../src/core/tal/cell";

const U = "Uppfyllt" as const;

const en = (v: number) => cell(v, "0.0");

const vid = (utsnitt: Arkutsnitt, rad: number, kolumn: number, rader = 1, kolumner = 1) =>
  lasTabellVid(utsnitt, { rad, kolumn, rader, kolumner });

/** The addresses of the tables the batch command reads from the rows. */
const adresser = (rader: readonly Radspec[], val: Parameters<typeof ark>[2] = {}): string[] =>
  lasArk(ark("Mål", rader, val).utsnitt).tabeller.map((t) => t.adress);

/** A row whose first `kolumner` cells are blank: a table that starts further right. */
const pa = (kolumner: number, ...celler: Cellspec[]): Radspec =>
  las(...Array<Cellspec>(kolumner).fill(null), ...celler);

/**
 * The same sheet read from another cell than A1 (`rader` rows down, `kolumner` columns right): the used range of a
 * sheet whose first rows and columns are empty starts there, and every address is in sheet coordinates.
 */
function flyttad(u: Arkutsnitt, rader: number, kolumner: number): Arkutsnitt {
  const flytta = (o: Arkomrade): Arkomrade => ({ ...o, rad: o.rad + rader, kolumn: o.kolumn + kolumner });
  return {
    ...u,
    rad: u.rad + rader,
    kolumn: u.kolumn + kolumner,
    sammanfogade: u.sammanfogade.map(flytta),
    tabeller: u.tabeller.map((t) => ({ ...t, omrade: flytta(t.omrade) })),
  };
}

describe("avgransning.ts: a sheet whose used range does not start at A1", () => {
  // Two rows and two columns of nothing before the table: the pane reads from C3.
  const { utsnitt } = ark(
    "Mål",
    [
      las("Nämndmål", "Indikator", "Utfall", "Målvärde"),
      las("Trygg uppväxt", "Sjukfrånvaro", en(6), en(7)),
      las(null, "Långtidssjukfrånvaro", en(3), null),
    ],
    { sammanfogade: ["A2:A3", "D2:D3"] },
  );
  const u = flyttad(utsnitt, 2, 2);

  it("reads the table at its place in the sheet, a målvärde merged down over two rows serving both", () => {
    const t = lasArk(u).tabeller;
    expect(t.map((x) => [x.adress, x.beskrivning])).toEqual([["'Mål'!C3:F5", "C3:F5, 2 rader"]]);
    expect(t[0].utvardering!.rader.map((r) => [r.namn, r.namndmal, r.status, r.varden.malvarde])).toEqual([
      ["Sjukfrånvaro", "Trygg uppväxt", U, 7],
      ["Långtidssjukfrånvaro", "Trygg uppväxt", U, 7],
    ]);
  });

  it("points the merged cells of a row at the sheet cell that holds the value (where a formula must refer)", () => {
    const rad = lasArk(u).tabeller[0].celler.rader[1];
    expect([rad.rad, rad.varden]).toEqual([4, ["Trygg uppväxt", "Långtidssjukfrånvaro", 3, 7]]);
    expect(rad.kallor).toEqual([{ rad: 3, kolumn: 2 }, undefined, undefined, { rad: 3, kolumn: 5 }]);
    // The first row holds its values itself.
    expect(lasArk(u).tabeller[0].celler.rader[0].kallor).toEqual([]);
  });

  it("a målvärde merged down alone: only that column of the lower row names a source", () => {
    const t = lasArk(
      flyttad(
        ark(
          "Mål",
          [
            las("Indikator", "Utfall", "Målvärde"),
            las("Sjukfrånvaro", en(6), en(7)),
            las("Långtidssjukfrånvaro", en(3), null),
          ],
          { sammanfogade: ["C2:C3"] },
        ).utsnitt,
        2,
        2,
      ),
    ).tabeller[0];
    expect(t.celler.rader[1].kallor).toEqual([undefined, undefined, { rad: 3, kolumn: 4 }]);
    expect(t.utvardering!.rader.map((r) => [r.namn, r.status])).toEqual([
      ["Sjukfrånvaro", U],
      ["Långtidssjukfrånvaro", U],
    ]);
  });

  it("a cell selected in the table gives the same table", () => {
    expect(vid(u, 4, 3).tabell!.adress).toBe("'Mål'!C3:F5");
  });

  it("an Excel table there is read once, as that Excel table", () => {
    const { utsnitt: e } = ark(
      "Mål",
      [
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(6), en(7)),
        TOM,
        las(null, null, null, null, "x"),
      ],
      { tabeller: [{ namn: "Mal", omrade: "A1:C2" }] },
    );
    const l = lasArk(flyttad(e, 3, 3));
    expect(l.tabeller.map((t) => [t.adress, t.excelTabell, t.beskrivning])).toEqual([
      ["'Mål'!D4:F5", "Mal", "D4:F5, 1 rad"],
    ]);
    expect(l.meddelanden).toEqual([]);
  });
});

describe("avgransning.ts: what a cell holds, as the rules read it", () => {
  it("a SANT/FALSKT cell is a written value of the row, not a blank", () => {
    const t = lasArk(
      ark("Mål", [
        las("Indikator", "Utfall", "Målvärde", "Uppnått"),
        las("Sjukfrånvaro", en(6), en(7), true),
        las(null, null, null, false),
      ]).utsnitt,
    ).tabeller[0];
    expect(t.adress).toBe("'Mål'!A1:D3");
    expect(t.celler.rader.map((r) => r.varden[3])).toEqual([true, false]);
  });

  it("a sheet read without number formats reads every cell as General", () => {
    const { utsnitt } = ark("Mål", [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", 6, 7)]);
    const utanFormat = { ...utsnitt, format: undefined } as unknown as Arkutsnitt;
    const trasigaFormat = { ...utsnitt, format: [[], [7, null]] } as unknown as Arkutsnitt;
    for (const u of [utanFormat, trasigaFormat]) {
      const t = lasArk(u).tabeller[0];
      expect(t.celler.rader[0].format).toEqual(["General", "General", "General"]);
      expect(t.utvardering!.rader.map((r) => [r.namn, r.status])).toEqual([["Sjukfrånvaro", U]]);
    }
  });

  it("a cell merged across from the column to its left is read as General, its value only in the first column", () => {
    const t = lasArk(
      ark(
        "Mål",
        [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(6), en(7)), las(cell("Se not 1", "@"))],
        {
          sammanfogade: ["A3:C3"],
        },
      ).utsnitt,
    ).tabeller[0];
    expect(t.celler.rader[1]).toMatchObject({
      varden: ["Se not 1", null, null],
      format: ["@", "General", "General"],
      sammanfogadOver: true,
    });
  });

  it("a name merged over two rows and two columns is read in both rows from its first cell", () => {
    const t = lasArk(
      ark(
        "Mål",
        [
          las("Målområde", null, "Indikator", "Utfall", "Målvärde"),
          las("Medarbetare", null, "Sjukfrånvaro", en(6), en(7)),
          las(null, null, "Långtidssjukfrånvaro", en(3), en(7)),
        ],
        { sammanfogade: ["A1:B1", "A2:B3"] },
      ).utsnitt,
    ).tabeller[0];
    expect(t.celler.rader.map((r) => [r.varden[0], r.kallor[0] ?? null])).toEqual([
      ["Medarbetare", null],
      ["Medarbetare", { rad: 1, kolumn: 0 }],
    ]);
  });

  it("a merged area of a fraction of a row or column (an untrusted file) merges nothing", () => {
    const { utsnitt } = ark("Mål", [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(6), en(7))]);
    const halv = {
      ...utsnitt,
      sammanfogade: [
        { rad: 0, kolumn: 0, rader: 0.5, kolumner: 3 },
        { rad: 0, kolumn: 1, rader: 3, kolumner: 0.5 },
      ],
    };
    const t = lasArk(halv).tabeller[0];
    expect(t.celler.rubriker).toEqual(["Indikator", "Utfall", "Målvärde"]);
    expect(t.utvardering!.rader.map((r) => [r.namn, r.status])).toEqual([["Sjukfrånvaro", U]]);
  });

  it.each([
    [
      "to the right of a header: the header reads Indikator | Kommentar, no goal table",
      [las("Indikator", "Utfall", "Kommentar"), las("Sjukfrånvaro", null, "Bra")],
      ["A1:B1"],
      [],
    ],
    [
      "under a målvärde merged down: the row under is blank, and the table ends before the two blank rows",
      [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(6), en(7)), las(null, null, en(7)), TOM, TOM],
      ["C2:C3"],
      ["'Mål'!A1:C2"],
    ],
  ])("a value left in a cell merged away (files from other programs keep one) is not read, %s", (_, rader, yta, ut) => {
    expect(adresser(rader, { sammanfogade: yta })).toEqual(ut);
  });
});

describe("avgransning.ts: which cells are headers", () => {
  const ar = (...celler: Cellvarde[]) => {
    const rutnat = new Rutnat(ark("Blad1", [las(...celler)]).utsnitt);
    return arRubrikrad(rutnat, 0, 0, rutnat.bredd - 1);
  };

  it("a header padded with spaces up to 80 characters is read; a longer text is a sentence, not a header", () => {
    expect(ar("Indikator", "Målvärde".padEnd(80))).toBe(true);
    expect(ar("Indikator", "Målvärde".padEnd(81))).toBe(false);
  });

  it("Målkoll's own column is not the second known header of a row", () => {
    expect(ar("Utfall", "Status (Målkoll)")).toBe(false);
    expect(ar("Utfall", "Status (Målkoll)", "Målvärde")).toBe(true);
  });

  it("years alone are no header row, also when two years stand in one cell", () => {
    expect(ar("2022 2023", 2024)).toBe(false);
    expect(ar("2022 2023", "Målvärde")).toBe(true);
  });

  it("a header asked for beyond the edge of what was read is no header, even after every cell was read", () => {
    // lasTabellVid asks one column right of a table at the edge for Målkoll's own columns: that must not reach the
    // first cell of the next row, nor a column left of A the last cell of the row above.
    const r = new Rutnat(
      ark("Blad1", [las("Indikator", "Utfall", "Målvärde"), las("Status (Målkoll)", "Sjukfrånvaro", en(6))]).utsnitt,
    );
    for (let rad = 0; rad < r.hojd; rad++) for (let k = 0; k < r.bredd; k++) r.rubrik(rad, k);
    expect(r.rubrik(1, 0).slag.typ).toBe("egen");
    expect(r.rubrik(0, 3)).toEqual({ text: "", slag: { typ: "okand" } });
    expect(r.rubrik(1, -1)).toEqual({ text: "", slag: { typ: "okand" } });
    expect(r.rubrik(0, 2).slag.typ).toBe("malvarde");
  });
});

describe("avgransning.ts: which columns belong to the table", () => {
  it("a column without header belongs when its first note is in the second row under the header", () => {
    expect(
      adresser([
        las("Indikator", "Utfall", "Målvärde", null),
        las("Sjukfrånvaro", en(6), en(7), null),
        las("Heltider", en(81), en(80), "Ny mätmetod"),
      ]),
    ).toEqual(["'Mål'!A1:D3"]);
  });

  it("a column without header whose first note is more than ten rows under the header is not the table's", () => {
    const data = Array.from({ length: 11 }, (_, i) => las(`Indikator ${i + 1}`, en(6), en(7)));
    expect(
      adresser([las("Indikator", "Utfall", "Målvärde", null), ...data, las("Sista", en(6), en(7), "Not")]),
    ).toEqual(["'Mål'!A1:C13"]);
  });

  it("header words in one-column stretches with blank columns between make no table, however wide the sheet", () => {
    const l = lasArk(
      ark("Anteckningar", [
        las("Indikator", null, "Målvärde", null, null),
        las("Se bilaga"),
        TOM,
        las(null, null, null, null, "Sida 2"),
      ]).utsnitt,
    );
    expect(l.tabeller).toEqual([]);
  });

  it("a note merged down into the header row from above, beside the header, is not a column of the table", () => {
    const t = lasArk(
      ark(
        "Mål",
        [
          las(null, "Utfall", null, "Anm."),
          las("Indikator", 2022, 2023, null),
          las("Sjukfrånvaro", en(8), en(6), null),
        ],
        { sammanfogade: ["B1:C1", "D1:D2"] },
      ).utsnitt,
    ).tabeller;
    expect(t.map((x) => [x.adress, x.celler.rubriker])).toEqual([["'Mål'!A2:C3", ["Indikator", 2022, 2023]]]);
  });
});

describe("avgransning.ts: where a table ends", () => {
  it("a row written only in the table's last column (a comment going on) is a row of the table", () => {
    expect(
      adresser([
        las("Indikator", "Utfall", "Målvärde", "Kommentar"),
        las("Sjukfrånvaro", en(6), en(7), "Lägre än i fjol,"),
        las(null, null, null, "främst bland män."),
        TOM,
        TOM,
        las("Heltider", en(81), en(80)),
      ]),
    ).toEqual(["'Mål'!A1:D3"]);
  });

  it("a table that starts in column B goes on across one blank row", () => {
    const { utsnitt } = ark("Mål", [
      las(null, "Indikator", "Utfall", "Målvärde"),
      las(null, "Sjukfrånvaro", en(6), en(7)),
      TOM,
      las(null, "Heltider", en(81), en(80)),
    ]);
    const t = lasArk(utsnitt).tabeller;
    expect(t.map((x) => [x.adress, x.beskrivning])).toEqual([
      ["'Mål'!B1:D4", "B1:D4, 2 rader; 1 tom rad hoppades över"],
    ]);
    expect(vid(utsnitt, 3, 1).tabell!.adress).toBe("'Mål'!B1:D4");
  });

  it("an activity table whose statuses are not filled in yet keeps its rows", () => {
    const t = lasArk(
      ark("Aktiviteter", [
        las("Aktivitet", "Status"),
        las("Ta fram en plan för heltid"),
        las("Utbilda chefer i rehabilitering"),
      ]).utsnitt,
    ).tabeller;
    expect(t.map((x) => [x.adress, x.celler.rader.length])).toEqual([["Aktiviteter!A1:B3", 2]]);
  });

  it("two footnotes with a blank row between them are both left out (a bug until issue 19)", () => {
    // Before, only the last footnote was left out: the note above it was read as a målområde heading of the table.
    const t = lasArk(
      ark("Mål", [
        las("Nämndmål", "Indikator", "Utfall", "Målvärde"),
        las("Friska medarbetare", "Sjukfrånvaro", en(6), en(7)),
        TOM,
        las("Not: Sjukfrånvaron mäts i procent av ordinarie arbetstid."),
        TOM,
        las("Källa: Kolada"),
      ]).utsnitt,
    ).tabeller[0];
    expect([t.adress, t.beskrivning]).toEqual(["'Mål'!A1:D2", "A1:D2, 1 rad"]);
    expect(t.utvardering!.avsnitt).toEqual([]);
  });

  it("a heading after a blank row with rows under it stays in the table; a footnote after them is left out", () => {
    const t = lasArk(
      ark("Mål", [
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(6), en(7)),
        TOM,
        las("Målområde: Ekonomi"),
        las("Resultat", en(5), en(0)),
        TOM,
        las("Källa: Kolada"),
      ]).utsnitt,
    ).tabeller[0];
    expect([t.adress, t.utvardering!.rader.map((r) => [r.namn, r.malomrade ?? null])]).toEqual([
      "'Mål'!A1:C5",
      [
        ["Sjukfrånvaro", null],
        ["Resultat", "Ekonomi"],
      ],
    ]);
  });

  it.each([
    ["ends in the table's first column", 0, ["Indikator", "Utfall", "Målvärde"], ["Resultat", en(5), en(0)]],
    ["starts in the table's last column", 4, ["Nr", "Indikator", "Utfall", "Målvärde"], [1, "Resultat", en(5), en(0)]],
    [
      "is the same, and the row also writes a note further right",
      2,
      ["Indikator", "Utfall", "Målvärde", null, "Anteckningar"],
      ["Resultat", en(5), en(0)],
    ],
  ])("a title after a blank row ends the table when the next header %s", (_, kolumn, rubriker, data) => {
    // The table is C1:E2; the next header, in row 5, is no header within C:E when it is shifted.
    const l = lasArk(
      ark("Mål", [
        pa(2, "Indikator", "Utfall", "Målvärde"),
        pa(2, "Sjukfrånvaro", en(6), en(7)),
        TOM,
        pa(2, "Målområde: Ekonomi"),
        pa(kolumn, ...rubriker),
        pa(kolumn, ...data),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.omrade.rad, t.omrade.kolumn, t.omrade.rader, t.celler.ovanfor])).toEqual([
      [0, 2, 2, []],
      [4, kolumn, 2, ["Målområde: Ekonomi"]],
    ]);
  });

  it.each([
    ["right of it", 0, 4],
    ["left of it", 4, 0],
  ])("a heading inside the table stays when a table %s starts on the row under the heading", (_, egen, annan) => {
    const rad = (...celler: [number, Cellspec[]][]) => {
      const ut: Cellspec[] = Array<Cellspec>(7).fill(null);
      for (const [k, c] of celler) c.forEach((v, i) => (ut[k + i] = v));
      return las(...ut);
    };
    const t = lasArk(
      ark("Mål", [
        rad([egen, ["Indikator", "Utfall", "Målvärde"]]),
        rad([egen, ["Sjukfrånvaro", en(6), en(7)]]),
        TOM,
        rad([egen, ["Målområde: Ekonomi"]]),
        rad([egen, ["Resultat", en(5), en(0)]], [annan, ["Indikator", "Utfall", "Målvärde"]]),
        rad([annan, ["Heltider", en(81), en(80)]]),
      ]).utsnitt,
    ).tabeller.find((x) => x.omrade.rad === 0)!;
    expect(t.utvardering!.rader.map((r) => [r.rad, r.namn, r.malomrade ?? null])).toEqual([
      [1, "Sjukfrånvaro", null],
      [4, "Resultat", "Ekonomi"],
    ]);
  });

  it("a header repeated inside the table (as on a printed page) does not start a new table", () => {
    expect(
      adresser([
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(6), en(7)),
        las("Indikator", "Utfall", "Målvärde"),
        las("Heltider", en(81), en(80)),
      ]),
    ).toEqual(["'Mål'!A1:C4"]);
  });

  it("a second header that differs only in its last column starts a new table", () => {
    expect(
      adresser([
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(6), en(7)),
        las("Indikator", "Utfall", "Målnivå"),
        las("Heltider", en(81), en(80)),
      ]),
    ).toEqual(["'Mål'!A1:C2", "'Mål'!A3:C4"]);
  });

  it.each([
    ["the first header", "", null],
    ["the repeated header", null, ""],
  ])("a repeated header is the same header whether a blank cell of %s is empty text or missing", (_, forsta, andra) => {
    // Office.js gives a blank cell as "", a ragged row from a file has no cell at all: both are blank.
    expect(
      adresser([
        las("Indikator", "Utfall", "Målvärde", forsta),
        las("Sjukfrånvaro", en(6), en(7), "Bra"),
        las("Indikator", "Utfall", "Målvärde", andra),
        las("Heltider", en(81), en(80), "Bra"),
      ]),
    ).toEqual(["'Mål'!A1:D4"]);
  });
});

describe("avgransning.ts: a header on two rows", () => {
  const tvaRader = (undre: Cellvarde[], ovre: Cellvarde = "Utfall") =>
    lasArk(
      ark(
        "Bokslut",
        [
          las("Indikator", ovre, null, "Målvärde", null),
          las(null, ...undre),
          las("Sjukfrånvaro", en(8), en(6), en(7), null),
        ],
        { sammanfogade: ["B1:C1"] },
      ).utsnitt,
    ).tabeller[0].celler;

  it("spaces around the merged header and the year under it are not doubled in the joined header", () => {
    expect(tvaRader(["2022 ", " 2023"], "Utfall ").rubriker).toEqual([
      "Indikator",
      "Utfall 2022",
      "Utfall 2023",
      "Målvärde",
    ]);
  });

  it.each([
    ["a word no header has in the last column", [2022, 2023, null, "Ej fastställt"]],
    ["Målkoll's own header", [2022, 2023, null, "Status (Målkoll)"]],
  ])("a row under a merged header with %s is a row of data, not the header's second row", (_, undre) => {
    const c = tvaRader(undre);
    expect([c.rubrikrader, c.rubriker]).toEqual([1, ["Indikator", "Utfall", null, "Målvärde", null]]);
  });

  it("without a merged cell, a header written again right under is no second header row", () => {
    const t = lasArk(
      ark("Mål", [
        las("Indikator", "Utfall", "Målvärde"),
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(6), en(7)),
      ]).utsnitt,
    ).tabeller[0];
    expect([t.adress, t.celler.rubrikrader, t.celler.rubriker]).toEqual([
      "'Mål'!A1:C3",
      1,
      ["Indikator", "Utfall", "Målvärde"],
    ]);
  });
});

describe("avgransning.ts: Excel tables", () => {
  const rader = [las("Indikator", "Utfall", "Målvärde"), las("Sjukfrånvaro", en(6), en(7)), TOM, TOM, las("Not")];
  const med = (...tabeller: unknown[]): Arkutsnitt => ({ ...ark("Mål", rader).utsnitt, tabeller }) as Arkutsnitt;
  const lasta = (u: Arkutsnitt) => {
    const l = lasArk(u);
    return { tabeller: l.tabeller.map((t) => [t.adress, t.excelTabell ?? null]), meddelanden: l.meddelanden };
  };
  const reglerna = { tabeller: [["'Mål'!A1:C2", null]], meddelanden: [] };

  it("an Excel table narrower than the sheet is read over its own columns only", () => {
    const u = ark("Mål", [las("Indikator", "Utfall", "Målvärde", null, "Not"), las("Sjukfrånvaro", en(6), en(7))], {
      tabeller: [{ namn: "Mal", omrade: "A1:C2" }],
    }).utsnitt;
    expect(lasta(u)).toEqual({ tabeller: [["'Mål'!A1:C2", "Mal"]], meddelanden: [] });
  });

  it("a one-column Excel table is read as that table", () => {
    const u = med({ namn: "Namn", omrade: { rad: 0, kolumn: 0, rader: 2, kolumner: 1 } });
    expect(lasta(u).tabeller).toEqual([["'Mål'!A1:A2", "Namn"]]);
  });

  it("an Excel table of its header row only is read as that table (the rules do not take it over)", () => {
    const u = med({ namn: "Tom", omrade: { rad: 0, kolumn: 0, rader: 1, kolumner: 3 } });
    expect(lasta(u).tabeller).toEqual([["'Mål'!A1:C1", "Tom"]]);
  });

  it("an Excel table of its header row only keeps one header row, whatever is written under it", () => {
    const u = ark(
      "Bokslut",
      [
        las("Indikator", "Utfall", null, "Målvärde"),
        las(null, 2022, 2023, null),
        las("Sjukfrånvaro", en(8), en(6), en(7)),
      ],
      { sammanfogade: ["B1:C1"], tabeller: [{ namn: "Rubrik", omrade: "A1:D1" }] },
    ).utsnitt;
    const t = lasArk(u).tabeller.find((x) => x.excelTabell === "Rubrik")!;
    expect([t.adress, t.celler.rubrikrader, t.celler.rubriker]).toEqual([
      "Bokslut!A1:D1",
      1,
      ["Indikator", "Utfall", null, "Målvärde"],
    ]);
  });

  it.each([
    ["a missing entry", null],
    ["a size that is no number", { namn: "X", omrade: { rad: 0, kolumn: 0, rader: 2 } }],
    ["a table starting above what was read", { namn: "X", omrade: { rad: -1, kolumn: 0, rader: 3, kolumner: 3 } }],
    ["a table starting left of what was read", { namn: "X", omrade: { rad: 0, kolumn: -1, rader: 2, kolumner: 4 } }],
    ["a table starting right under what was read", { namn: "X", omrade: { rad: 5, kolumn: 0, rader: 2, kolumner: 3 } }],
  ])("an Excel table entry with %s is skipped; the goal table is found by its header", (_, e) => {
    expect(lasta(med(e))).toEqual(reglerna);
  });

  it("a goal table above an Excel table in the same columns is read too", () => {
    const u = ark(
      "Mål",
      [
        las("Indikator", "Utfall", "Målvärde"),
        las("Sjukfrånvaro", en(6), en(7)),
        TOM,
        TOM,
        las("Indikator", "Utfall", "Målvärde"),
        las("Heltider", en(81), en(80)),
      ],
      { tabeller: [{ namn: "Heltid", omrade: "A5:C6" }] },
    ).utsnitt;
    expect(lasta(u).tabeller).toEqual([
      ["'Mål'!A1:C2", null],
      ["'Mål'!A5:C6", "Heltid"],
    ]);
  });

  it("a goal table in C:E beside an Excel table in G:H is read too", () => {
    const u = ark(
      "Mål",
      [
        las(null, null, "Indikator", "Utfall", "Målvärde", null, "Indikator", "Utfall"),
        las(null, null, "Sjukfrånvaro", en(6), en(7), null, "Heltider", en(81)),
      ],
      { tabeller: [{ namn: "Heltid", omrade: "G1:H2" }] },
    ).utsnitt;
    expect(lasta(u).tabeller).toEqual([
      ["'Mål'!C1:E2", null],
      ["'Mål'!G1:H2", "Heltid"],
    ]);
  });
});

describe("avgransning.ts: titles above a table", () => {
  // The first table ends with a heading of its own; the next table's header is two blank rows further down, in
  // columns that only partly are the first table's: the heading stays the first table's last row.
  it.each([
    ["a first table in the last columns of the next", 3, 0],
    ["a next table that shares only the first table's last column", 0, 2],
  ])("a heading that ends the table above is not the title of the next table: %s", (_, forsta, nasta) => {
    const l = lasArk(
      ark("Mål", [
        pa(forsta, "Indikator", "Utfall", "Målvärde"),
        pa(forsta, "Sjukfrånvaro", en(6), en(7)),
        pa(forsta, "Målområde: Ekonomi"),
        TOM,
        TOM,
        pa(nasta, "Indikator", "Utfall", "Målvärde", "Kommentar"),
        pa(nasta, "Resultat", en(5), en(0), "Bra"),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.omrade.rad, t.omrade.rader, t.celler.ovanfor])).toEqual([
      [0, 3, []],
      [5, 2, []],
    ]);
  });

  it("a title above a table wider than the one before it, and starting left of it, is read", () => {
    const l = lasArk(
      ark("Mål", [
        las(null, "Indikator", "Utfall", "Målvärde"),
        las(null, "Sjukfrånvaro", en(6), en(7)),
        TOM,
        las("Målområde: Ekonomi"),
        las("Indikator", "Utfall", "Målvärde", "Kommentar"),
        las("Resultat", en(5), en(0), "Bra"),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.celler.ovanfor])).toEqual([
      ["'Mål'!B1:D2", []],
      ["'Mål'!A5:D6", ["Målområde: Ekonomi"]],
    ]);
  });

  it("a title beside a longer table, in a row where that table has a blank row, is read", () => {
    const rad = (vanster: Cellspec[], hoger: Cellspec[] = []) =>
      las(...vanster, ...Array<Cellspec>(4 - vanster.length).fill(null), ...hoger);
    const hoger = (i: number): Cellspec[] => [`Indikator ${i}`, en(5), en(6)];
    const l = lasArk(
      ark("Mål", [
        rad([], ["Indikator", "Utfall", "Målvärde"]),
        ...[1, 2, 3, 4].map((i) => rad([], hoger(i))),
        rad(["Målområde: Ekonomi"]),
        rad(["Indikator", "Utfall", "Målvärde"], hoger(5)),
        rad(["Resultat", en(5), en(0)], hoger(6)),
        rad([], hoger(7)),
      ]).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.celler.ovanfor])).toEqual([
      ["'Mål'!E1:G9", []],
      ["'Mål'!A7:C8", ["Målområde: Ekonomi"]],
    ]);
  });
});

describe("avgransning.ts: the region around a cell when no header is known", () => {
  it.each([
    ["only in its first column", las("Heltider")],
    ["only in its last column", las(null, null, "Minst 80")],
  ])("takes in the row right under that writes %s", (_, sista) => {
    const { utsnitt } = ark("Blad1", [las("Namn", "Värde", "Krav"), las("Sjukfrånvaro", en(6), "Högst 7"), sista]);
    expect(vid(utsnitt, 1, 1).tabell!.adress).toBe("Blad1!A1:C3");
  });

  it("reaches up across one blank row to a first row in row 1", () => {
    const { utsnitt } = ark("Blad1", [
      las("Namn", "Värde", "Krav"),
      TOM,
      las("Sjukfrånvaro", en(6), "Högst 7"),
      las("Heltider", en(81), "Minst 80"),
    ]);
    const t = vid(utsnitt, 3, 0).tabell!;
    expect([t.adress, t.celler.rubriker]).toEqual(["Blad1!A1:C4", ["Namn", "Värde", "Krav"]]);
  });

  it("from a cell in column A does not wrap round to a merged cell at the sheet's right edge", () => {
    // An index one left of column A is the last column of the row above: the note merged over E1:F1 is not joined.
    const { utsnitt } = ark(
      "Blad1",
      [
        las("Namn", "Värde", "Krav", null, "Anteckning"),
        las("Sjukfrånvaro", en(6), "Högst 7"),
        las("Heltider", en(81), "Minst 80"),
      ],
      { sammanfogade: ["E1:F1"] },
    );
    expect(vid(utsnitt, 1, 0).tabell!.adress).toBe("Blad1!A1:C3");
  });
});

describe("avgransning.ts: a selection of several cells", () => {
  it("names merged over A:B, the selection from B: the formula's source is A, and B is no merged-over row", () => {
    const { utsnitt } = ark(
      "Mål",
      [
        las("Indikator", null, "Utfall", "Målvärde"),
        las("Sjukfrånvaro", null, en(6), en(7)),
        las("Heltider", null, en(81), en(80)),
      ],
      { sammanfogade: ["A1:B1", "A2:B2", "A3:B3"] },
    );
    const t = vid(utsnitt, 0, 1, 3, 3).tabell!;
    expect(t.adress).toBe("'Mål'!B1:D3");
    expect(t.celler.rader.map((r) => [r.varden, r.kallor, r.sammanfogadOver])).toEqual([
      [["Sjukfrånvaro", 6, 7], [{ rad: 1, kolumn: 0 }], false],
      [["Heltider", 81, 80], [{ rad: 2, kolumn: 0 }], false],
    ]);
  });
});
