/**
 * Cells as Excel holds them (spec §2): number format codes, (%) and (tkr) headers, and the one cell reading that
 * gives the core's value and the formula argument alike.
 */
import fc from "fast-check";
import {
  beskrivOmvandling,
  formelargument,
  karnvarde,
  lasTabellVid,
  lasTalformat,
  omvandlingFor,
  OFORANDRAD,
} from "../../src/core/tabell/tabell";
import { somExceltext } from "../../src/core/tabell/omvandling";
import { lasCell, type Cellvarde } from "../../src/core/tal/cell";
import { ark, las, rad } from "../fixtures/layouter";
import { berakna } from "../helpers/formel";
import { korningar } from "../helpers/korningar";

describe("lasTalformat", () => {
  it.each([
    ["0%", "andel"],
    ["0.0%", "andel"],
    ["0.00 %", "andel"],
    ["0.0\\ %", "andel"],
    ["[Red]0.0%", "andel"],
    ["+0.0%;-0.0%;0.0%", "andel"],
    ['0.0" %"', "punkter"],
    ["0.0\\%", "punkter"],
    ['General" %"', "punkter"],
  ])("reads %s as a percentage (%s)", (kod, procent) => {
    expect(lasTalformat(kod)).toEqual({ procent, enhet: undefined });
  });

  it.each([
    ['0.0 "mnkr"', "mnkr"],
    ['0.0 "Mkr"', "mnkr"],
    ['#,##0 "tkr"', "tkr"],
    ['# ##0 "tkr"', "tkr"],
    ['#,##0" tkr"', "tkr"],
    ["#,##0\\ \\t\\k\\r", "tkr"],
    ["[$kr-41D] #,##0", "kr"],
    ["#,##0.00 [$kr-41D]", "kr"],
    ['_-* #,##0\\ "kr"_-;\\-* #,##0\\ "kr"_-;_-* "-"??\\ "kr"_-;_-@_-', "kr"],
    ['0 "st"', "st"],
    ['0 "dagar"', "dagar"],
    ['#,##0 "kr per invånare"', "kr"],
  ])("reads the unit of %s as %s", (kod, enhet) => {
    expect(lasTalformat(kod)).toEqual({ procent: undefined, enhet });
  });

  it("scales by the trailing commas: the cell holds kronor shown as tkr or mnkr", () => {
    expect(lasTalformat('#,##0, "tkr"').enhet).toBe("kr");
    expect(lasTalformat('#,##0.0,, "mnkr"').enhet).toBe("kr");
    expect(lasTalformat('#,##0.0, "mnkr"').enhet).toBe("tkr");
    // A comma between digit placeholders only groups thousands.
    expect(lasTalformat('#,##0 "tkr"').enhet).toBe("tkr");
    // A scale with no money unit to step down from says nothing.
    expect(lasTalformat('#,##0, "kr"').enhet).toBeUndefined();
  });

  it.each([
    "General",
    "@",
    "0",
    "0.0",
    "#,##0",
    "yyyy-mm-dd",
    "h:mm",
    "[h]:mm:ss",
    "0.00E+00",
    '"Mål: "0',
    "[$SEK] #,##0",
    '0.0 "',
    "[",
    "",
    "\\",
  ])("says nothing about %j", (kod) => {
    expect(lasTalformat(kod)).toEqual({});
  });

  it("never throws on junk", () => {
    fc.assert(
      fc.property(fc.string(), (kod) => {
        lasTalformat(kod);
      }),
    );
    expect(lasTalformat(undefined)).toEqual({});
  });
});

describe("omvandlingFor", () => {
  it("takes the cell's own format first, then the header's unit", () => {
    expect(omvandlingFor("0.0%", "tkr")).toMatchObject({ faktor: 100, enhetstext: "%", kalla: "format" });
    expect(omvandlingFor('0.0" %"', undefined)).toMatchObject({ faktor: 1, enhetstext: "%", kalla: "format" });
    expect(omvandlingFor('0.0 "mnkr"', "%")).toMatchObject({ faktor: 1, enhetstext: "mnkr", kalla: "format" });
    expect(omvandlingFor("General", "%")).toMatchObject({ faktor: 1, enhetstext: "%", kalla: "rubrik" });
    expect(omvandlingFor("0.0", "tkr")).toMatchObject({ faktor: 1, enhetstext: "tkr", kalla: "rubrik" });
    expect(omvandlingFor("0.0", undefined)).toBe(OFORANDRAD);
    // One shared object per reading.
    expect(omvandlingFor("0.0%", undefined)).toBe(omvandlingFor("0%", "st"));
  });

  it("describes each reading as the column mapping shows it", () => {
    expect(beskrivOmvandling(omvandlingFor("0.0%", undefined))).toBe("procent (cellformat)");
    expect(beskrivOmvandling(omvandlingFor("General", "%"))).toBe("procentenheter (rubriken)");
    expect(beskrivOmvandling(omvandlingFor("General", "tkr"))).toBe("tkr (rubriken)");
    expect(beskrivOmvandling(omvandlingFor('0.0 "mnkr"', undefined))).toBe("mnkr (cellformat)");
    expect(beskrivOmvandling(OFORANDRAD)).toBe("tal");
  });
});

describe("karnvarde and formelargument", () => {
  const procent = omvandlingFor("0.0%", undefined);
  const punkter = omvandlingFor("General", "%");
  const tkr = omvandlingFor("General", "tkr");

  it("gives the core a number's percentage or unit as a report prints it", () => {
    expect(karnvarde(procent, 0.105)).toBe("10.5 %");
    expect(karnvarde(procent, 0.07)).toBe("7 %");
    expect(karnvarde(punkter, 6.3)).toBe("6.3 %");
    expect(karnvarde(tkr, -1250)).toBe("-1250 tkr");
    expect(karnvarde(OFORANDRAD, 10.5)).toBe(10.5);
  });

  it("passes text, blanks and SANT/FALSKT as they are, a blank as the empty text", () => {
    expect(karnvarde(procent, "I.U")).toBe("I.U");
    expect(karnvarde(procent, "≤ 7 %")).toBe("≤ 7 %");
    expect(karnvarde(procent, null)).toBe("");
    expect(karnvarde(procent, true)).toBe(true);
    expect(karnvarde(OFORANDRAD, null)).toBeNull();
  });

  it("writes the argument that gives the same value in Excel", () => {
    expect(formelargument(OFORANDRAD, "F10")).toBe("F10");
    expect(formelargument(procent, "F10")).toBe('IF(ISNUMBER(F10),F10*100&" %",F10&"")');
    expect(formelargument(punkter, "F10")).toBe('IF(ISNUMBER(F10),F10&" %",F10&"")');
    expect(formelargument(tkr, "$F$2:$F$40")).toBe('IF(ISNUMBER($F$2:$F$40),$F$2:$F$40&" tkr",$F$2:$F$40&"")');
  });

  it("writes numbers with Excel's 15 significant digits", () => {
    expect(0.07 * 100).not.toBe(7);
    expect(somExceltext(0.07 * 100)).toBe("7");
    expect(somExceltext(1 / 3)).toBe("0.333333333333333");
    expect(somExceltext(-7972)).toBe("-7972");
  });

  it("gives the core the same value through the formula as through the preview, for any cell", () => {
    const omvandlingar = [procent, punkter, tkr, OFORANDRAD, omvandlingFor('0.0 "mnkr"', undefined)];
    const cellvarde = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer({ min: -100000, max: 100000 }).map((n) => n / 1000),
      fc.constantFrom("I.U", "X", "", "≤ 7 %", "Budget i balans", "6,3"),
      fc.constant(null),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...omvandlingar), cellvarde, (o, v) => {
        const excel = berakna(formelargument(o, "F10"), () => v);
        const forhand = karnvarde(o, v);
        const fran = (x: unknown) =>
          x !== null && typeof x === "object" ? (x as { rader: unknown[][] }).rader[0][0] : x;
        const a = lasCell(fran(excel) as Cellvarde);
        const b = lasCell(forhand);
        expect(a.typ).toBe(b.typ);
        if (a.typ === "tal" && b.typ === "tal") {
          expect(a.procent).toBe(b.procent);
          expect(a.enhet).toBe(b.enhet);
          expect(Math.abs(a.varde - b.varde)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b.varde)));
        }
      }),
      { numRuns: korningar(2000) },
    );
  });
});

describe("a plain number under an Andel (%) header (issue 16)", () => {
  it("is read as percentage points beside ≤ 6,5 %: 6,3 is Uppfyllt, not 630 %", () => {
    const { utsnitt } = ark("Personal", [
      las("Nyckeltal", "Andel (%)", "Målvärde"),
      rad(["Sjukfrånvaro", 6.3, "≤ 6,5 %"], "Uppfyllt", ""),
      rad(["Kvinnor", 7.1, "≤ 6,5 %"], "Delvis uppfyllt", ""),
    ]);
    const svar = lasTabellVid(utsnitt, { rad: 1, kolumn: 1, rader: 1, kolumner: 1 });
    const rader = svar.tabell?.utvardering?.rader ?? [];
    expect(rader.map((r) => r.status)).toEqual(["Uppfyllt", "Delvis uppfyllt"]);
    expect(rader[0].motivering).toBe("Utfallet 6,3 % är lägre än målvärdet 6,5 %");
    expect(svar.tabell?.mappning.kolumner[1].skala.text).toBe("procentenheter (rubriken)");
  });

  it("a cell formatted as percent already holds the fraction, also under a (%) header", () => {
    const { utsnitt } = ark("Personal", [
      las("Nyckeltal", "Utfall (%)", "Målvärde"),
      rad(["Sjukfrånvaro", { v: 0.063, f: "0.0%" }, { v: 0.065, f: "0.0%" }], "Uppfyllt", ""),
    ]);
    const r = lasTabellVid(utsnitt, { rad: 1, kolumn: 0, rader: 1, kolumner: 1 }).tabell?.utvardering?.rader[0];
    expect(r?.varden).toEqual({ utfall: "6.3 %", malvarde: "6.5 %" });
    expect(r?.motivering).toBe("Utfallet 6,3 % är lägre än målvärdet 6,5 %");
  });
});
