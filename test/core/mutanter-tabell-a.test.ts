/**
 * Tests against the mutants that survived the mutation run over the table reader's formats, sheets and helpers
 * (src/core/tabell: talformat, lasArk, avsnitt, omvandling, roller, tabell; issue 19). Each asserts what a user
 * sees: the unit or percentage a real Excel number format code gives a cell, which table a selection reads, what a
 * heading names. One describe per rule. Format codes are written as Excel stores them (the invariant
 * Range.numberFormat, an .xlsx numFmt), as Microsoft's "Number format codes" documents them. The mutants that no
 * test can tell apart are listed with their reasons in docs/kvalitet.md.
 */
import { ark, cell, las, TOM } from "../fixtures/layouter";
import { lasTalformat } from "../../src/core/tabell/talformat";
import { avsnittstext, lasRubriktext } from "../../src/core/tabell/avsnitt";
import { radAvVarden } from "../../src/core/tabell/celler";
import { karnvarde, omvandlingFor } from "../../src/core/tabell/omvandling";
import { sattRoll } from "../../src/core/tabell/roller";
import { hittaKolumner, lasArk, lasTabellVid } from "../../src/core/tabell/tabell";
import type { Arkutsnitt } from "../../src/core/tabell/ark";

const en = (v: number) => cell(v, "0.0");

const vid = (utsnitt: Arkutsnitt, rad: number, kolumn: number, rader = 1, kolumner = 1) =>
  lasTabellVid(utsnitt, { rad, kolumn, rader, kolumner });

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

describe("avsnitt: heading texts", () => {
  it("collapses white space inside a heading (a line break typed with Alt+Enter, double spaces)", () => {
    expect(lasRubriktext("Målområde:\nMedarbetare  och   hälsa")).toEqual({
      text: "Medarbetare och hälsa",
      slag: "malomrade",
    });
    expect(lasRubriktext("Mål 2:  Goda  arbetsplatser ")).toEqual({ text: "Goda arbetsplatser", slag: "namndmal" });
  });

  it("a row with only a number or a missing marker is no heading (spec §1, §2)", () => {
    expect(avsnittstext(radAvVarden(5, [null, 2024, null]))).toBeUndefined();
    expect(avsnittstext(radAvVarden(5, ["7,5 %", null, null]))).toBeUndefined();
    expect(avsnittstext(radAvVarden(5, ["..", null, null]))).toBeUndefined();
    expect(avsnittstext(radAvVarden(5, [null, "Ekonomi", null]))).toEqual({ text: "Ekonomi", kolumn: 1 });
  });
});

describe("lasArk: which Excel tables are read", () => {
  const excelTabell = (rubrik: string) =>
    lasArk(
      ark("Blad", [las(rubrik, "Kommentar"), las("x", "y")], { tabeller: [{ namn: "T", omrade: "A1:B2" }] }).utsnitt,
    );

  it.each(["Indikator", "Utfall 2024", "Föregående år", "Målvärde"])(
    "an Excel table whose one known header is %s is read",
    (rubrik) => {
      const l = excelTabell(rubrik);
      expect(l.tabeller.map((t) => [t.adress, t.excelTabell])).toEqual([["Blad!A1:B2", "T"]]);
      expect(l.meddelanden).toEqual([]);
    },
  );

  it("an Excel table without a known header is not read, and the sheet says so", () => {
    const l = excelTabell("Anteckning");
    expect(l.tabeller).toEqual([]);
    expect(l.meddelanden).toEqual([
      'Excel-tabellen "T" (Blad!A1:B2) lästes inte: ingen rubrik som Indikator, Utfall, Målvärde eller Status.',
    ]);
  });

  it("lists tables top to bottom: an Excel table lower left after a table higher right", () => {
    const l = lasArk(
      ark(
        "Blad",
        [
          las(null, null, null, null, "Indikator", "Utfall", "Målvärde"),
          las(null, null, null, null, "A", en(5), en(7)),
          TOM,
          TOM,
          las("Indikator", "Utfall", "Målvärde"),
          las("B", en(5), en(7)),
        ],
        { tabeller: [{ namn: "Nedre", omrade: "A5:C6" }] },
      ).utsnitt,
    );
    expect(l.tabeller.map((t) => [t.adress, t.excelTabell])).toEqual([
      ["Blad!E1:G2", undefined],
      ["Blad!A5:C6", "Nedre"],
    ]);
  });
});

describe("lasArk: heading rows do not count as a column's content", () => {
  it("an indented layout: headings alone in column A, the indicators unheaded in B, are named from B", () => {
    const t = lasArk(
      ark("Mål", [
        las(null, null, "Utfall", "Målvärde"),
        las("Medarbetare"),
        las(null, "Sjukfrånvaro", en(8), en(7)),
        las("Ekonomi"),
        las(null, "Resultat", en(2), en(1)),
      ]).utsnitt,
    ).tabeller[0];
    expect(t.mappning.val).toEqual({ indikator: 1, utfall: 2, malvarde: 3 });
    expect(t.utvardering!.avsnitt.map((a) => a.text)).toEqual(["Medarbetare", "Ekonomi"]);
    expect(t.utvardering!.rader.map((r) => [r.namn, r.malomrade])).toEqual([
      ["Sjukfrånvaro", "Medarbetare"],
      ["Resultat", "Ekonomi"],
    ]);
  });
});

describe("lasArk: the selected cell and the table it belongs to", () => {
  const blad = () =>
    ark("Mål", [
      las(null, "Indikator", "Utfall", "Målvärde", null, "Not"),
      las(null, "Sjukfrånvaro", en(6), en(7)),
      TOM,
      TOM,
      las("Anteckning"),
    ]).utsnitt;
  const tom = "Den markerade cellen är tom. Markera en cell i måltabellen.";

  it("a blank cell left of, right of or below a table is not in it", () => {
    const utsnitt = blad();
    expect(vid(utsnitt, 1, 0).fel).toBe(tom);
    expect(vid(utsnitt, 1, 4).fel).toBe(tom);
    expect(vid(utsnitt, 2, 1).fel).toBe(tom);
    expect(vid(utsnitt, 1, 3).tabell!.adress).toBe("'Mål'!B1:D2");
  });

  it("a selection narrower than the sheet reads exactly its columns", () => {
    const t = vid(blad(), 0, 1, 2, 2).tabell!;
    expect(t.adress).toBe("'Mål'!B1:C2");
    expect(t.celler.rubriker).toEqual(["Indikator", "Utfall"]);
  });

  it("a read that starts at B3 (Excel's used range) finds the cell by sheet coordinates", () => {
    const utsnitt: Arkutsnitt = {
      ...ark("Mål", [
        las("Indikator", "Utfall", "Målvärde", "Status (Målkoll)", null, "Not"),
        las("Sjukfrånvaro", en(6), en(7), "Uppfyllt"),
        TOM,
        TOM,
        las(null, null, null, null, null, "x"),
      ]).utsnitt,
      rad: 2,
      kolumn: 1,
    };
    // B3 is the header's first cell, C4 the utfall; a selection of cells is read from where it is.
    expect(vid(utsnitt, 3, 2).tabell!.adress).toBe("'Mål'!B3:D4");
    expect(vid(utsnitt, 2, 1, 2, 3).tabell!.adress).toBe("'Mål'!B3:D4");
    // E4, Målkoll's status column beside the table, selects the table.
    expect(vid(utsnitt, 3, 4).tabell!.adress).toBe("'Mål'!B3:D4");
    // A1 lies above and left of what was read.
    expect(vid(utsnitt, 0, 0).fel).toBe(
      "Markeringen ligger utanför det som lästes från bladet. Markera en cell i måltabellen.",
    );
  });
});

describe("omvandling: a blank cell", () => {
  it("is the empty text for the core, also in a column read as % or tkr", () => {
    expect(karnvarde(omvandlingFor("0.0%", undefined), null)).toBe("");
    expect(karnvarde(omvandlingFor(undefined, "tkr"), undefined)).toBe("");
  });
});

describe("roller: taking a role away", () => {
  it("leaves no trace of it: the role is gone, not set to undefined", () => {
    const val = sattRoll({ indikator: 0, utfall: 1, malvarde: 2 }, "utfall", undefined);
    expect(val).toStrictEqual({ indikator: 0, malvarde: 2 });
    expect(Object.keys(val)).toEqual(["indikator", "malvarde"]);
  });

  it("giving a column another role drops its previous one", () => {
    expect(sattRoll({ indikator: 0, utfall: 1, malvarde: 2 }, "malvarde", 1)).toStrictEqual({
      indikator: 0,
      malvarde: 1,
    });
  });
});

describe("tabell: hittaKolumner without data rows", () => {
  it("takes a bare Mål at its word when there are no cells to read", () => {
    expect(hittaKolumner(["Indikator", "Utfall", "Mål"])).toEqual({ indikator: 0, utfall: 1, malvarde: 2 });
  });
});
