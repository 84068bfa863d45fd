/**
 * The report's layout as a spreadsheet shows it: frozen headers, long texts wrapped in their columns at the top of
 * their cells, and rows tall enough for them. Neither Excel nor LibreOffice raises the height of a row saved with
 * one, so the heights the report writes are what a user sees (checked rendered: soffice --convert-to pdf, pdftoppm).
 * Read back with the second reader (xlsx-populate).
 */
import path from "node:path";
import { EJ_BEDOMDA, PROBLEM, radbehov } from "../../src/cli/rapport";
import { EXEMPEL, malkoll, oppnaAndraLasare, stada, tempMapp } from "./hjalp";

// Judging and writing every example workbook takes far longer than jest's 5 s on a loaded 2-core machine.
jest.setTimeout(120_000);

let mapp: string;
let bok: any;
beforeAll(async () => {
  mapp = tempMapp();
  const ut = path.join(mapp, "rapport.xlsx");
  expect((await malkoll("bedom", EXEMPEL, "--ut", ut)).kod).toBe(0);
  bok = await oppnaAndraLasare(ut);
});
afterAll(() => stada(mapp));

/** Excel's default row height in points, for one line of the default font. */
const RAD = 15;

describe("radbehov", () => {
  it("lays words out line by line in a column's width (digit widths), as a spreadsheet wraps them", () => {
    expect(radbehov("Uppgift saknas (I.U)", 60)).toBe(1);
    expect(radbehov("", 10)).toBe(1);
    expect(radbehov(42, 5)).toBe(1);
    // Wide capitals need more room than as many digits: ten M are fifteen digit widths.
    expect(radbehov("MMMMMMMMMM", 10)).toBe(2);
    // A word never splits where a space would do: two words of 8 digit widths in a line of 9 are two lines.
    expect(radbehov("12345678 12345678", 10)).toBe(2);
    expect(radbehov("12345678 12345678", 19)).toBe(1);
    // A path longer than a line is broken over as many lines as it needs.
    expect(radbehov("1".repeat(30), 11)).toBe(3);
    // Line breaks in the text start new lines.
    expect(radbehov("a\nb\nc", 60)).toBe(3);
    // Bold text is wider.
    expect(radbehov("1234567890", 11, true)).toBe(2);
    expect(radbehov("1234567890", 11)).toBe(1);
  });
});

/** The cells of a sheet's used range with a text value: address, value, and the cell. */
function textceller(blad: any): { rad: number; kolumn: number; text: string; cell: any }[] {
  const ut: { rad: number; kolumn: number; text: string; cell: any }[] = [];
  const omrade = blad.usedRange();
  const [r0, k0] = [omrade.startCell().rowNumber(), omrade.startCell().columnNumber()];
  omrade.value().forEach((rad: unknown[], i: number) =>
    rad.forEach((v, j) => {
      if (typeof v === "string" && v !== "")
        ut.push({ rad: r0 + i, kolumn: k0 + j, text: v, cell: blad.cell(r0 + i, k0 + j) });
    }),
  );
  return ut;
}

describe("the report's list sheets", () => {
  it.each([EJ_BEDOMDA, PROBLEM])(
    "%s: a frozen bold header, every text wrapped at the top, every row tall enough",
    (namn) => {
      const blad = bok.sheet(namn);
      expect(blad.panes()).toMatchObject({ state: "frozen", ySplit: 1 });
      const celler = textceller(blad);
      expect(celler.length).toBeGreaterThan(3);
      for (const { rad, kolumn, text, cell } of celler) {
        expect({ text, wrap: cell.style("wrapText"), top: cell.style("verticalAlignment") }).toEqual({
          text,
          wrap: true,
          top: "top",
        });
        if (rad === 1) expect(cell.style("bold")).toBe(true);
        const bredd = blad.column(kolumn).width();
        const behov = radbehov(text, bredd, rad === 1);
        expect(blad.row(rad).height() ?? RAD).toBeGreaterThanOrEqual(RAD * behov);
      }
    },
  );

  it("sizes the file column by its paths, within bounds, so that a path is not cut off", () => {
    const blad = bok.sheet(EJ_BEDOMDA);
    const langsta = Math.max(
      ...textceller(blad)
        .filter((c) => c.kolumn === 2)
        .map((c) => c.text.length),
    );
    expect(blad.column(2).width()).toBe(Math.min(40, Math.max(12, langsta + 2)));
  });
});

describe("the report's unit sheets", () => {
  it("freeze their headers and wrap Målkoll's columns, with rows as tall as their texts need", () => {
    const enhetsblad = bok.sheets().filter((b: any) => !["Översikt", EJ_BEDOMDA, PROBLEM].includes(b.name()));
    expect(enhetsblad.length).toBeGreaterThan(5);
    for (const blad of enhetsblad) {
      const celler = textceller(blad);
      const rubrik = celler.find((c) => c.text === "Motivering (Målkoll)")!;
      expect(blad.panes()).toMatchObject({ state: "frozen", ySplit: rubrik.rad });
      // The reasons are the long texts: Motivering and Målmotivering.
      const kolumner = celler
        .filter((c) => c.rad === rubrik.rad && ["Motivering (Målkoll)", "Målmotivering (Målkoll)"].includes(c.text))
        .map((c) => c.kolumn);
      for (const { rad, kolumn, text, cell } of celler.filter(
        (c) => kolumner.includes(c.kolumn) && c.rad > rubrik.rad,
      )) {
        expect({ blad: blad.name(), text, wrap: cell.style("wrapText") }).toEqual({
          blad: blad.name(),
          text,
          wrap: true,
        });
        const behov = radbehov(text, blad.column(kolumn).width());
        expect(blad.row(rad).height() ?? RAD).toBeGreaterThanOrEqual(RAD * behov);
      }
    }
  });
});
