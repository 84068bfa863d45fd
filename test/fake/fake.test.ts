/**
 * The fake Excel against what Microsoft documents. Every behaviour the adapter's tests rely on is pinned here, with
 * its source, so a change to the fake that drifts from Excel shows.
 */
import { anvandare, cell, installera, ogonblick, skapaArbetsbok, tillaggsrester, type Arbetsbok } from "./index";
import { skapaKalkylator } from "./kalkylator";
import { formelfel, flyttaFormel } from "./formler";
import { funktionsmetadata } from "../helpers/excel";
import * as kpi from "../../src/functions/functions";

declare const Excel: any;

function bok(): Arbetsbok {
  const wb = skapaArbetsbok(
    {
      Blad1: [
        ["Namn", "Värde", "Kvot"],
        ["a", 3, "=B2*2"],
        ["b", 2, "=B3*2"],
        ["c", 1, "=$B$4*2"],
      ],
      Blad2: [["=Blad1!B2"]],
    },
    { blad: "Blad1", adress: "A1" },
  );
  installera(wb);
  return wb;
}

describe("the fake Excel", () => {
  it("queues commands and gives a property only after load and sync (docs: load(), context.sync())", async () => {
    bok();
    await Excel.run(async (context: any) => {
      const r = context.workbook.worksheets.getItem("Blad1").getRange("A1:B2");
      r.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the point: reading before sync fails
      expect(() => r.values).toThrow(/inte laddad/);
      await context.sync();
      expect(r.values).toEqual([
        ["Namn", "Värde"],
        ["a", 3],
      ]);
    });
  });

  it("stops a batch at the first failing command; the commands before it stay applied (no transactions)", async () => {
    const wb = bok();
    anvandare.sammanfoga(wb, "Blad1", "E5:F5");
    await expect(
      Excel.run(async (context: any) => {
        const b = context.workbook.worksheets.getItem("Blad1");
        b.getRange("D1").values = [["före"]];
        b.getRange("E5:F5").values = [["x", "y"]];
        b.getRange("D2").values = [["efter"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(cell(wb, "Blad1", "D1").formel).toBe("före");
    expect(cell(wb, "Blad1", "D2").formel).toBe("");
  });

  it("moves cells, references, names and conditional formats when a column is inserted, and #REF! when deleted", async () => {
    const wb = bok();
    await Excel.run(async (context: any) => {
      const b = context.workbook.worksheets.getItem("Blad1");
      context.workbook.names.add("Kvoter", b.getRange("C2:C4")).visible = false;
      b.getRange("C2:C4").conditionalFormats.add("Custom").custom.rule.formula = "=C2>4";
      await context.sync();
    });
    anvandare.infogaKolumner(wb, "Blad1", "B");
    expect(cell(wb, "Blad1", "D2").formel).toBe("=C2*2");
    expect(cell(wb, "Blad2", "A1").formel).toBe("=Blad1!C2");
    expect(wb.namnreferens(wb.namn[0]).formel).toBe("=Blad1!$D$2:$D$4");
    expect(wb.blad[0].villkor[0]).toMatchObject({ omraden: [{ r: 1, c: 3, rader: 3, kolumner: 1 }], formel: "=D2>4" });
    anvandare.taBortKolumner(wb, "Blad1", "C");
    expect(cell(wb, "Blad1", "C2").formel).toBe("=#REF!*2");
    expect(cell(wb, "Blad2", "A1").formel).toBe("=Blad1!#REF!");
    anvandare.taBortKolumner(wb, "Blad1", "C");
    expect(wb.namnreferens(wb.namn[0]).formel).toBe("=#REF!");
    expect(wb.blad[0].villkor).toHaveLength(0);
    await Excel.run(async (context: any) => {
      const n = context.workbook.names.getItem("Kvoter");
      n.load("type,value");
      const r = n.getRangeOrNullObject();
      r.load("address");
      await context.sync();
      expect([n.type, n.value, r.isNullObject]).toEqual(["Error", "#REF!", true]);
      n.getRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidReference" });
    });
  });

  it("widens a range a row is inserted inside, shifts one below it, leaves one above", () => {
    const wb = bok();
    anvandare.laggTillNamn(wb, "Inne", "Blad1!$A$2:$C$4");
    anvandare.laggTillNamn(wb, "Under", "Blad1!$A$5:$C$5");
    anvandare.infogaRader(wb, "Blad1", 3);
    expect(wb.namn.map((n) => wb.namnreferens(n).formel)).toEqual(["=Blad1!$A$2:$C$5", "=Blad1!$A$6:$C$6"]);
    anvandare.infogaRader(wb, "Blad1", 6);
    expect(wb.namnreferens(wb.namn[0]).formel).toBe("=Blad1!$A$2:$C$5");
  });

  it("sorts cell contents like Excel (KB Q40401): relative references follow the row, $ ones stay, names don't move", () => {
    const wb = skapaArbetsbok({
      Blad1: [
        [3, "=A3", "=$A$3"],
        [2, "=A2", "=$A$2"],
        [1, "=A1", "=$A$1"],
      ],
    });
    anvandare.laggTillNamn(wb, "Forsta", "Blad1!$A$1");
    anvandare.sortera(wb, "Blad1", "A1:C3", "A");
    expect([1, 2, 3].map((r) => ["A", "B", "C"].map((k) => cell(wb, "Blad1", `${k}${r}`).formel))).toEqual([
      [1, "=#REF!", "=$A$1"],
      [2, "=A2", "=$A$2"],
      [3, "=A5", "=$A$3"],
    ]);
    expect(wb.namnreferens(wb.namn[0]).formel).toBe("=Blad1!$A$1");
  });

  it("follows a renamed sheet in names and references", () => {
    const wb = bok();
    anvandare.laggTillNamn(wb, "N", "Blad1!$A$1");
    anvandare.bytNamn(wb, "Blad1", "Mål 2020");
    expect(wb.namnreferens(wb.namn[0]).formel).toBe("='Mål 2020'!$A$1");
    expect(cell(wb, "Blad2", "A1").formel).toBe("='Mål 2020'!B2");
  });

  it("gives a conditional format the id of its priority: a new one goes on top and shifts the others", async () => {
    const wb = bok();
    const ids: string[] = [];
    await Excel.run(async (context: any) => {
      const r = () => context.workbook.worksheets.getItem("Blad1").getRange("C2:C4");
      r().conditionalFormats.add("Custom").custom.rule.formula = "=C2>1";
      await context.sync();
      const lista = r().conditionalFormats;
      lista.load("items/id");
      await context.sync();
      ids.push(lista.items[0].id);
      r().conditionalFormats.add("Custom").custom.rule.formula = "=C2>2";
      // The item loaded before now names the new format: deleting it by that id deletes the wrong one.
      lista.items[0].delete();
      await context.sync();
    });
    expect(ids).toEqual(["0"]);
    expect(wb.blad[0].villkor.map((v) => v.formel)).toEqual(["=C2>1"]);
  });

  it("cannot load custom/rule/formula over a collection with other kinds of formats (office-js #2180)", async () => {
    bok();
    await Excel.run(async (context: any) => {
      const r = () => context.workbook.worksheets.getItem("Blad1").getRange("C2:C4");
      r().conditionalFormats.add("Custom").custom.rule.formula = "=C2>1";
      r().conditionalFormats.add("ColorScale");
      const lista = r().conditionalFormats;
      lista.load("items/custom/rule/formula");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  it("refuses writes to a protected sheet, formulas over 8 192 characters or 255 arguments, requests over 5 MB", async () => {
    const wb = bok();
    anvandare.skydda(wb, "Blad1");
    await expect(
      Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Blad1").getRange("E1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(formelfel(`=SUM(${"A1,".repeat(255)}A1)`)).toMatch(/256 argument/);
    expect(formelfel(`="${"x".repeat(8200)}"`)).toMatch(/tecken/);
    await expect(
      Excel.run(async (context: any) => {
        context.workbook.worksheets.getItem("Blad2").getRange("A1").formulas = [[`=SUM(${"B1,".repeat(300)}B1)`]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      Excel.run(async (context: any) => {
        const stor = Array.from({ length: 60000 }, () => ["x".repeat(100)]);
        context.workbook.worksheets.getItem("Blad2").getRange("A1:A60000").values = stor;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("finds custom XML parts by their root element's namespace", async () => {
    const wb = bok();
    anvandare.laggTillXml(wb, '<a xmlns="urn:x"><b/></a>');
    anvandare.laggTillXml(wb, '<p:a xmlns:p="urn:y"/>');
    await Excel.run(async (context: any) => {
      const delar = context.workbook.customXmlParts.getByNamespace("urn:y");
      delar.load("items/id");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- items/id was loaded and synced above
      const alla = delar.items;
      expect(alla).toHaveLength(1);
      const [del] = alla;
      const xml = del.getXml();
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult has its value after sync
      expect(xml.value).toBe('<p:a xmlns:p="urn:y"/>');
    });
  });

  it("calculates =KPI.… with the add-in's functions as functions.json describes them", () => {
    const m = funktionsmetadata();
    const wb = skapaArbetsbok({
      Blad1: [
        ["Uppfyllt", "=KPI.SAMMANVAGD(A1,A2:A3)"],
        ["Ej uppfyllt", '=KPI.MALUPPFYLLELSE(6,7,"lägre är bättre")'],
        [""],
      ],
    });
    wb.kalkylator = skapaKalkylator(m.functions, (id) => (kpi as any)[m.associate[id]]);
    // A3 is empty: passed as null inside the one array of the repeating parameter.
    expect(cell(wb, "Blad1", "B1").varde).toBe("Delvis uppfyllt");
    expect(cell(wb, "Blad1", "B2").varde).toBe("Uppfyllt");
  });

  it("moves a sorted formula by its row distance only", () => {
    expect(flyttaFormel('=KPI.X(F10,"F10",$H$2:$H$9)', 3)).toBe('=KPI.X(F13,"F10",$H$2:$H$9)');
  });

  it("tells apart what the add-in created from what the user did", async () => {
    const wb = bok();
    const fore = ogonblick(wb);
    await Excel.run(async (context: any) => {
      context.workbook.worksheets.getItem("Blad1").getRange("E1").values = [["tillägg"]];
      await context.sync();
    });
    expect(tillaggsrester(wb)).toEqual(["cell Blad1!E1: tillägg"]);
    expect(ogonblick(wb)).not.toBe(fore);
  });
});
