/**
 * Tests against the mutants that survived the mutation run over the table reader's formats, sheets and helpers
 * (src/core/tabell: talformat, lasArk, avsnitt, omvandling, roller, tabell; issue 19). Each asserts what a user
 * sees: the unit or percentage a real Excel number format code gives a cell, which table a selection reads, what a
 * heading names. One describe per rule. Format codes are written as Excel stores them (the invariant
 * Range.numberFormat, an .xlsx numFmt), as Microsoft's "Number format codes" documents them. The mutants that no
 * test can tell apart are listed with their reasons in docs/kvalitet.md.
 */
import { ark, cell, las } from "../fixtures/layouter";
import { lasTalformat } from "../../src/core/tabell/talformat";
import { omvandlingFor } from "../../src/core/tabell/omvandling";
import { lasArk } from "../../src/core/tabell/tabell";

describe("talformat: literal text, escapes and brackets", () => {
  it("an escaped unit before the number is read like one after it", () => {
    expect(lasTalformat("\\t\\k\\r\\ #,##0")).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat("\\m\\n\\k\\r\\ 0.0")).toEqual({ procent: undefined, enhet: "mnkr" });
  });

  it("unquoted spaces keep escaped words apart: `0 \\k\\r \\p\\e\\r \\i\\n\\v` is kr", () => {
    expect(lasTalformat("#,##0 \\k\\r \\p\\e\\r \\i\\n\\v")).toEqual({ procent: undefined, enhet: "kr" });
  });

  it("a colour before a currency bracket, as Excel's own formats write it: [Red][$kr-41D]", () => {
    expect(lasTalformat("[Red][$kr-41D] #,##0")).toEqual({ procent: undefined, enhet: "kr" });
    expect(lasTalformat("[Blue][$-41D]0.0%")).toEqual({ procent: "andel", enhet: undefined });
  });

  it("an elapsed-time bracket is no unit: [hh]:mm holds days, not timmar", () => {
    expect(lasTalformat("[hh]:mm")).toEqual({});
    expect(lasTalformat("[h]:mm:ss")).toEqual({});
    expect(lasTalformat("[mm]:ss")).toEqual({});
  });

  it("untrusted codes: an unclosed quote or bracket runs to the end, a lone backslash at the end adds nothing", () => {
    expect(lasTalformat('#,##0 "tkr')).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat("#,##0 [$tkr")).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat("#,##0 \\t\\k\\r\\")).toEqual({ procent: undefined, enhet: "tkr" });
  });
});

describe("talformat: scaling by trailing commas and literal 000 groups", () => {
  it('a comma right after a placeholder at the very start scales: `0, "tkr"` shows kronor as tkr', () => {
    expect(lasTalformat('0, "tkr"')).toEqual({ procent: undefined, enhet: "kr" });
    expect(lasTalformat('0,, "mnkr"')).toEqual({ procent: undefined, enhet: "kr" });
  });

  it("a comma that follows no digit placeholder does not scale (Microsoft: a comma that follows a placeholder)", () => {
    expect(lasTalformat('@, "tkr"')).toEqual({ procent: undefined, enhet: "tkr" });
  });

  it('a literal 000 group multiplies what is shown: `0" 000 kr"` shows 1 700 as 1700 000 kr, so the cell holds tkr', () => {
    expect(lasTalformat('#,##0" 000 kr"')).toEqual({ procent: undefined, enhet: "tkr" });
    expect(lasTalformat('0" 000 000 kr"')).toEqual({ procent: undefined, enhet: "mnkr" });
    expect(lasTalformat('#,##0," 000 kr"')).toEqual({ procent: undefined, enhet: "kr" });
    // Beyond the money units, or a unit that is no money: no unit the core has.
    expect(lasTalformat('0" 000 mdkr"')).toEqual({});
    expect(lasTalformat('0" 000 st"')).toEqual({});
    // A cell in such a column is shown and judged in tkr.
    expect(omvandlingFor('#,##0" 000 kr"', undefined)).toMatchObject({ faktor: 1, enhetstext: "tkr" });
  });

  it("a cell showing 1 700 000 kr through such a format is judged as 1,7 mnkr, not 1 700 kr", () => {
    const t = lasArk(
      ark("Ekonomi", [
        las("Indikator", "Utfall", "Målvärde"),
        las("Kostnad för konsulter", cell(1700, '#,##0" 000 kr"'), "Högst 1 mnkr"),
      ]).utsnitt,
    ).tabeller[0];
    expect(t.utvardering!.rader.map((r) => [r.status, r.varden.utfall])).toEqual([["Ej uppfyllt", "1700 tkr"]]);
  });
});
