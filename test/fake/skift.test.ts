/**
 * The fake Excel's partial inserts and deletes (Insert Cells / Delete Cells with a shift, Range.insert / Range.delete
 * with a direction, ExcelApi 1.1), pasted copies and the sheet's bounds, against what Microsoft documents: only the
 * cells of the selected columns (or rows) shift; a reference, name or format follows only when its whole span across
 * the shift lies within them (Microsoft support, "Insert or delete cells, rows, and columns"); relative references of
 * a pasted formula move with it (Microsoft support, "Move or copy a formula"); there are no cells past XFD1048576.
 */
import { anvandare, cell, installera, skapaArbetsbok, tolka, ursprung, type Arbetsbok } from "./index";

declare const Excel: any;

function bok(): Arbetsbok {
  return skapaArbetsbok({
    Blad1: [
      ["Namn", "Värde", "", "Summa"],
      ["a", 1, "", "=B2"],
      ["b", 2, "", "=B3"],
      ["c", 3, "", "=SUM($B$2:$B$4)"],
      ["", "", "", "=SUM(A2:B4)"],
    ],
  });
}
const f = (wb: Arbetsbok, a: string) => cell(wb, "Blad1", a).formel;

describe("cells shifted in part of the sheet", () => {
  it("inserting A3:B3 with shift down moves those columns' cells and the references within them only", () => {
    const wb = bok();
    anvandare.laggTillNamn(wb, "Varden", "Blad1!$B$2:$B$4");
    anvandare.laggTillNamn(wb, "Summor", "Blad1!$D$2:$D$4");
    anvandare.infogaCeller(wb, "Blad1", "A3:B3");
    expect([f(wb, "A3"), f(wb, "A4"), f(wb, "B5")]).toEqual(["", "b", 3]);
    expect([f(wb, "D2"), f(wb, "D3"), f(wb, "D4")]).toEqual(["=B2", "=B4", "=SUM($B$2:$B$5)"]);
    // A:B inside the shifted columns: moved; a range reaching into D stays.
    expect(f(wb, "D5")).toBe("=SUM(A2:B5)");
    expect(wb.namnreferens(wb.namn[0]).formel).toBe("=Blad1!$B$2:$B$5");
    expect(wb.namnreferens(wb.namn[1]).formel).toBe("=Blad1!$D$2:$D$4");
  });

  it("inserting B2:B3 with shift right moves those rows' cells and the references within them only", () => {
    const wb = bok();
    anvandare.infogaCeller(wb, "Blad1", "B2:B3", "hoger");
    expect([f(wb, "B2"), f(wb, "C2"), f(wb, "E3"), f(wb, "D4")]).toEqual(["", 1, "=C3", "=SUM($B$2:$B$4)"]);
    anvandare.taBortCeller(wb, "Blad1", "B2:B3", "vanster");
    expect([f(wb, "B2"), f(wb, "D3")]).toEqual([1, "=B3"]);
  });

  it("a reference spanning shifted and unshifted columns stays as it is", () => {
    const wb = skapaArbetsbok({ Blad1: [["=SUM(A1:C3)", 1]] });
    anvandare.infogaCeller(wb, "Blad1", "B2:C2");
    expect(f(wb, "A1")).toBe("=SUM(A1:C3)");
  });

  it("deleting A3:B3 with shift up: a reference to a deleted cell is #REF!, those below move up", () => {
    const wb = bok();
    anvandare.taBortCeller(wb, "Blad1", "A3:B3");
    expect([f(wb, "D3"), f(wb, "D4"), f(wb, "A3")]).toEqual(["=#REF!", "=SUM($B$2:$B$3)", "c"]);
  });

  it("a conditional format over shifted and unshifted columns is split, each part following its cells", () => {
    const wb = bok();
    anvandare.laggTillVillkor(wb, "Blad1", "A2:D4", '=$D2="x"');
    anvandare.infogaCeller(wb, "Blad1", "A3:B3");
    expect(wb.blad[0].villkor[0].omraden.map((o) => `${o.r},${o.c},${o.rader},${o.kolumner}`)).toEqual([
      "1,0,4,2",
      "1,2,3,2",
    ]);
  });

  it("refuses to push cells off the sheet or to shift part of a merged area or table", () => {
    const wb = bok();
    anvandare.skriv(wb, "Blad1", "A1048576", "sist");
    expect(() => anvandare.infogaCeller(wb, "Blad1", "A3:B3")).toThrow(/utanför bladet/);
    const wb2 = bok();
    anvandare.sammanfoga(wb2, "Blad1", "B6:C6");
    expect(() => anvandare.infogaCeller(wb2, "Blad1", "A3:B3")).toThrow(/sammanfogade/);
    const wb3 = bok();
    anvandare.skapaTabell(wb3, "Blad1", "A1:D4", "Tabell1");
    expect(() => anvandare.infogaCeller(wb3, "Blad1", "A3:B3")).toThrow(/tabell/);
    anvandare.infogaCeller(wb3, "Blad1", "A3:D3");
    expect(wb3.blad[0].tabeller[0].rekt).toEqual(tolka("A1:D5").rekt);
  });
});

describe("a pasted copy", () => {
  it("moves relative references by the distance pasted and keeps absolute ones; the pasted cells are the user's", () => {
    const wb = bok();
    anvandare.kopiera(wb, "Blad1", "A1:D4", "F10");
    expect([f(wb, "I11"), f(wb, "I13")]).toEqual(["=G11", "=SUM($B$2:$B$4)"]);
    expect(ursprung(wb, "Blad1", "I11")).toBe("anvandare");
  });
});

describe("the sheet's bounds", () => {
  it("reads XFD1048576 and refuses anything past it", () => {
    expect(tolka("XFD1048576").rekt).toEqual({ r: 1048575, c: 16383, rader: 1, kolumner: 1 });
    expect(() => tolka("A1048577")).toThrow(/InvalidArgument/);
    expect(() => tolka("XFE1")).toThrow(/InvalidArgument/);
    expect(() => tolka("A:XFE")).toThrow(/InvalidArgument/);
  });
});

describe("a copied sheet", () => {
  it("copies cells, and each name referring to the sheet as a name scoped to the copy (Worksheet.copy, ExcelApi 1.7)", async () => {
    const wb = bok();
    anvandare.laggTillNamn(wb, "Varden", "Blad1!$B$2:$B$4", false);
    anvandare.laggTillNamn(wb, "Text", '="x"');
    installera(wb);
    const kopia = await Excel.run(async (context: any) => {
      const b = context.workbook.worksheets.getItem("Blad1").copy("After");
      b.load("name");
      const egna = b.names;
      egna.load("items/name,items/value,items/visible,items/scope");
      const bok = context.workbook.names;
      bok.load("items/name,items/value");
      await context.sync();
      return {
        namn: b.name,
        egna: egna.items.map((n: any) => [n.name, n.value, n.visible, n.scope]),
        bok: bok.items.map((n: any) => [n.name, n.value]),
      };
    });
    expect(kopia).toEqual({
      namn: "Blad1 (2)",
      egna: [["Varden", "'Blad1 (2)'!$B$2:$B$4", false, "Worksheet"]],
      bok: [
        ["Text", "x"],
        ["Varden", "Blad1!$B$2:$B$4"],
      ],
    });
    expect(cell(wb, "Blad1 (2)", "D4").formel).toBe("=SUM($B$2:$B$4)");
    // A sheet-scoped name is deleted from its sheet's collection, and goes with its sheet.
    await Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Blad1 (2)").names.getItem("Varden").delete();
      await context.sync();
    });
    expect(wb.namn.map((n) => n.namn)).toEqual(["Varden", "Text"]);
    const tredje = anvandare.kopieraBlad(wb, "Blad1");
    expect(tredje).toBe("Blad1 (3)");
    expect(wb.namn.map((n) => n.namn)).toEqual(["Varden", "Text", "Varden"]);
    anvandare.taBortBlad(wb, tredje);
    expect(wb.namn.map((n) => n.namn)).toEqual(["Varden", "Text"]);
  });
});
