/**
 * Issue 16's "what goes wrong", each as it was met on another kommun's table, through the adapter and the pane's own
 * choices (src/taskpane/visning.ts) over the fake Excel, with the sheet's formulas calculated by the add-in's own
 * functions: the pane and the sheet must say the same, and say it right.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { bedomIgen, sammanfattadeMal } from "../../src/core/tabell/tabell";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { kolumnbeskrivning, radensOrd, tabelltext, valjRoll } from "../../src/taskpane/visning";
import { LAYOUTER, cell, pct, type Layoutfixtur } from "../fixtures/layouter";
import { bladspec } from "../helpers/arbetsbok";
import { formel, installera, lasIn, ogonblick, varde } from "./hjalp";

const layout = (id: string): Layoutfixtur => LAYOUTER.find((f) => f.id === id) as Layoutfixtur;
const bok = (id: string, adress: string) => {
  const f = layout(id);
  return installera({ [f.utsnitt.blad]: bladspec(f.utsnitt) }, { blad: f.utsnitt.blad, adress }).wb;
};

describe("issue 16: read real sheets as Excel holds them", () => {
  it("judges 6,3 under 'Andel (%)' beside ≤ 6,5 % as Uppfyllt, in the pane and in the sheet", async () => {
    const { wb } = installera(
      {
        Personal: {
          varden: [
            ["Nyckeltal", "Andel (%)", "Målvärde"],
            ["Total sjukfrånvaro", 6.3, "≤ 6,5 %"],
            // A plain 0,8 under (%) is 0,8 %, not the fraction 80 %: only the header tells.
            ["Andel sjukfrånvaro över 60 dagar av arbetstiden", 0.8, "Högst 1 %"],
            ["Andel heltidsanställda", 81.5, "Minst 80 %"],
          ],
        },
      },
      { blad: "Personal", adress: "B3" },
    );
    const { tabell, last, utv } = await lasIn();
    expect(last.mappning.kolumner[1].skala.text).toBe("procentenheter (rubriken)");
    expect(utv?.rader.map((r) => [r.status, r.motivering.includes("630")])).toEqual([
      ["Uppfyllt", false],
      ["Uppfyllt", false],
      ["Uppfyllt", false],
    ]);
    expect(utv?.rader[0].motivering).toMatch(/6,3 %/);
    const { markering } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect(markering.status).toBe("D1:D4");
    expect(["D2", "D3", "D4"].map((a) => varde(wb, "Personal", a))).toEqual(["Uppfyllt", "Uppfyllt", "Uppfyllt"]);
    // What goes into the summary sheet is the pane's reasons, and none of them reads 630 %.
    const namn = await adapter.skapaSammanstallning(utv!);
    expect([2, 3, 4].map((r) => String(varde(wb, namn, `D${r}`)))).not.toContainEqual(expect.stringMatching(/630/));
  });

  it("takes 'Målvärde 2021' as målvärde beside Bokslut 2019 | 2020, and never lets one column hold two roles", async () => {
    bok("arskolumner", "B3");
    const { tabell, last } = await lasIn();
    const rubrik = (roll: "utfall" | "malvarde" | "foregaende") =>
      last.mappning.kolumner[last.mappning.val[roll] as number].rubrik;
    expect([rubrik("foregaende"), rubrik("utfall"), rubrik("malvarde")]).toEqual([
      "Bokslut 2019",
      "Bokslut 2020",
      "Målvärde 2021",
    ]);
    // The user sets Målvärde on the utfall column by mistake: the column leaves Utfall, and nothing is judged.
    const fel = valjRoll(last.mappning.val, last.mappning.val.utfall as number, "malvarde");
    const igen = bedomIgen(tabell.tabell, { kolumnval: fel });
    expect(Object.values(igen.mappning.val).filter((k) => k === 3)).toHaveLength(1);
    expect(igen.mappning.val.utfall).toBeUndefined();
    expect(igen.utvardering).toBeUndefined();
    expect(igen.mappning.problem.filter((p) => p.blockerar).map((p) => p.roll)).toEqual(["utfall"]);
    await expect(adapter.farglagg(tabell, igen, STANDARDINSTALLNINGAR)).rejects.toThrow(/Ingen kolumn för Utfall/);
  });

  it("reads a 'Mål' column of goal sentences as nämndmål, says why, and writes formulas over the målvärde column", async () => {
    const wb = bok("malkolumn", "B2");
    const { tabell, last } = await lasIn();
    const mal = last.mappning.kolumner[0];
    expect(mal.roll).toBe("namndmal");
    expect(kolumnbeskrivning(mal, tabell.tabell.mappning.kolumner[0])).toMatch(/mål i meningar, inte målvärden/);
    expect(last.mappning.kolumner[last.mappning.val.malvarde as number].rubrik).toBe("Målvärde 2023");
    await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect(formel(wb, "Omsorg delår", "H2")).toMatch(/^=KPI\.MALUPPFYLLELSE\(.*,E2,"högre är bättre"/);
    expect(formel(wb, "Omsorg delår", "I2")).toBe("=KPI.SAMMANVAGD.OM($H$2:$H$3,$A$2:$A$3,A2,$B$2:$B$3)");
  });

  it("judges no section heading row, counts none in the summary, and writes no status on it", async () => {
    const wb = bok("avsnitt", "A5");
    const { tabell, last, utv } = await lasIn();
    expect(utv?.rader.map((r) => r.namn)).not.toContain("Hälsa");
    expect(utv?.avsnitt.map((a) => a.text)).toEqual(["Hälsa", "Kompetensförsörjning"]);
    // Five indicators (Kvinnor and Män are breakdowns of the first), and no heading among them.
    expect(sammanfattadeMal(utv!).map((m) => m.namndmal)).toEqual([
      "Total sjukfrånvaro",
      "Långtidssjukfrånvaro, andel av total sjukfrånvaro",
      "Extern personalomsättning",
      "Andel heltidsanställda",
      "Andel medarbetare som rekommenderar sin arbetsplats",
    ]);
    expect(utv?.rader[0].malomrade).toBe("Hälsa");
    await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect([formel(wb, "Personal", "F4"), formel(wb, "Personal", "F10")]).toEqual(["", ""]);
    expect(varde(wb, "Personal", "F5")).toBe("Uppfyllt");
    const namn = await adapter.skapaSammanstallning(utv!);
    // The summary sheet lists the five indicators, then a blank row before its counts.
    expect([2, 3, 4, 5, 6, 7].map((r) => varde(wb, namn, `B${r}`))).toEqual([
      ...sammanfattadeMal(utv!).map((m) => m.namndmal),
      "",
    ]);
  });

  it("takes the whole table from one cell across a single blank row, and says so", async () => {
    const wb = bok("avsnitt", "B5");
    const { tabell, last } = await lasIn();
    expect(tabell.adress).toBe("Personal!A3:E13");
    expect(tabelltext(last)).toBe("Tabell: Personal!A3:E13, 9 rader varav 2 rubrikrader; 1 tom rad hoppades över");
    await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    // The rows under the blank row 9 got their formulas, read by the (%) header like those above it.
    expect(formel(wb, "Personal", "F11")).toBe(
      '=KPI.MALUPPFYLLELSE(IF(ISNUMBER(B11),B11&" %",B11&""),C11,"lägre är bättre")',
    );
    expect(varde(wb, "Personal", "F11")).toBe("Ej uppfyllt");
  });

  it("shows the sheet's own activity word for each activity", async () => {
    const wb = bok("ekonomi-delar", "A12");
    const { tabell, last, utv } = await lasIn();
    expect(utv?.typ).toBe("aktiviteter");
    const { markering } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    const kolumn = (markering.status ?? "").replace(/\d.*$/, "");
    const ord = utv!.rader.map((r) => [radensOrd(r), varde(wb, "Delår 2024", `${kolumn}${r.rad + 1}`)]);
    expect(ord).toEqual([
      ["Genomförd", "Genomförd"],
      ["Pågår", "Pågår"],
      ["Försenad", "Försenad"],
      ["Ej påbörjad", "Ej påbörjad"],
    ]);
  });
});

describe("cells as Excel holds them, where the host is older or the sheet is large", () => {
  it("reads without merged areas where Excel lacks ExcelApi 1.13, and the sheet still agrees with the pane", async () => {
    const f = layout("malkolumn");
    const { wb } = installera(
      { [f.utsnitt.blad]: bladspec(f.utsnitt) },
      { blad: f.utsnitt.blad, adress: "B2" },
      { ExcelApi: "1.12", SharedRuntime: "1.1" },
    );
    const { tabell, last, utv } = await lasIn();
    expect(tabell.kontroll.sammanfogade).toEqual([]);
    const { markering } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    const kolumn = (markering.status ?? "").replace(/\d.*$/, "");
    for (const r of utv!.rader)
      expect([r.rad, varde(wb, f.utsnitt.blad, `${kolumn}${r.rad + 1}`)]).toEqual([r.rad, r.status]);
  });

  it("reads a table under 50 000 rows of other data in a window around it, each response under 5 MB", async () => {
    const annat = Array.from({ length: 50000 }, (_, i) => [`Post ${i}`, i, "Text som inte är en måltabell"]);
    const tabellen = [
      ["Nyckeltal", "Utfall", "Målvärde"],
      ["Total sjukfrånvaro", pct(0.062), "≤ 7 %"],
      ["Andel heltider", cell(0.81, "0%"), "Minst 80 %"],
    ];
    const varden = [...annat, [], [], ...tabellen.map((r) => r.map((c) => (c && typeof c === "object" ? c.v : c)))];
    const format = [
      ...annat.map(() => []),
      [],
      [],
      ...tabellen.map((r) => r.map((c) => (c && typeof c === "object" ? c.f : null))),
    ];
    const { raknare } = installera({ Blad1: { varden, format } }, { blad: "Blad1", adress: "A50004" });
    const { tabell, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!A50003:C50005");
    expect(utv?.rader.map((r) => r.status)).toEqual(["Uppfyllt", "Uppfyllt"]);
    expect(Math.max(...raknare.svar)).toBeLessThan(5_000_000);
    // A window around the table, not the 50 000 rows above it.
    expect(raknare.svar.reduce((s, b) => s + b, 0)).toBeLessThan(50_000);
  });

  it("finds the header of a long table across many single blank rows above the selected cell", async () => {
    const rader: unknown[][] = [["Nämndmål", "Indikator", "Utfall", "Målvärde"]];
    for (let i = 0; i < 3000; i++)
      rader.push(i % 50 === 49 ? [] : [`Mål ${Math.floor(i / 500)}`, "Andel heltider", 0.7 + (i % 20) / 100, "≥ 75 %"]);
    const format = rader.map((r, i) => (i === 0 || r.length === 0 ? [] : [null, null, "0%", null]));
    const { wb, raknare } = installera({ Blad1: { varden: rader, format } }, { blad: "Blad1", adress: "C2900" });
    const fore = ogonblick(wb);
    const { tabell, last, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!A1:D3000");
    expect(last.beskrivning).toBe("A1:D3000, 2940 rader; 59 tomma rader hoppades över");
    expect(Math.max(...raknare.svar)).toBeLessThan(5_000_000);
    await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    for (const r of utv!.rader.slice(-60)) expect(varde(wb, "Blad1", `E${r.rad + 1}`)).toBe(r.status);
    await adapter.taBort({ markeringar: "alla", sammanstallningar: false });
    expect(ogonblick(wb)).toBe(fore);
  });

  it("reads an Excel table as that table, without its total row", async () => {
    const f = layout("arskolumner");
    const spec = bladspec(f.utsnitt);
    const varden = [...spec.varden, [null, "Summa", null, null, null, null]];
    const { wb } = installera(
      {
        [f.utsnitt.blad]: {
          ...spec,
          varden,
          tabeller: [{ namn: "Maltabell_BUN", omrade: "A1:F9", summa: true }],
        },
      },
      { blad: f.utsnitt.blad, adress: "B9" },
    );
    const { tabell, last } = await lasIn();
    expect(tabell.adress).toBe("'BUN 2020'!A1:F8");
    expect(tabelltext(last)).toBe("Tabell: 'BUN 2020'!A1:F8, 7 rader (Excel-tabellen Maltabell_BUN)");
    expect(wb.blad[0].tabeller[0].rekt).toEqual({ r: 0, c: 0, rader: 9, kolumner: 6 });
  });
});
