/** The Office adapter against the recording fake: sync bound, constant API calls, exact removal. */
import * as adapter from "../../src/taskpane/excel/adapter";
import { hittaKolumner, utvardera } from "../../src/core/tabell/tabell";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { lasCsv, lasRubriker } from "../helpers/csv";

const fake = require("../fake/fake-excel.js");

function indikatortabell(): unknown[][] {
  const rubriker = lasRubriker("indikatorer-2020.csv").filter((r) => r !== "forvantad_status");
  return [rubriker, ...lasCsv("indikatorer-2020.csv").map((r) => rubriker.map((k) => r[k]))];
}

function installera(blad: Record<string, unknown[][]>, markerat: { blad: string; adress: string }) {
  const wb = fake.skapaArbetsbok(blad);
  wb.markerat = markerat;
  const raknare = { syncs: 0, anrop: 0 };
  (globalThis as any).Excel = fake.skapaExcel(wb, raknare);
  (globalThis as any).Office = fake.skapaOffice(wb);
  return { wb, raknare };
}

async function farglaggAllt(installningar = STANDARDINSTALLNINGAR) {
  const tabell = await adapter.lasTabell();
  const val = hittaKolumner(tabell.rubriker);
  const utv = utvardera(tabell.data, val);
  return { tabell, utv, markering: await adapter.farglagg(tabell, val, utv, installningar) };
}

const cell = (wb: any, blad: string, a: string) => {
  const { r, c } = fake.tolka(a);
  return wb.blad.find((b: any) => b.namn === blad).celler.get(`${r},${c}`)?.formel ?? "";
};

describe("the Excel adapter", () => {
  it("reads the region around the active cell, writes live formulas and colours, in at most 3 syncs each", async () => {
    const { wb, raknare } = installera({ "Mål 2020": indikatortabell() }, { blad: "Mål 2020", adress: "C5" });
    const tabell = await adapter.lasTabell();
    expect(raknare.syncs).toBeLessThanOrEqual(3);
    expect(tabell.adress).toBe("'Mål 2020'!A1:G27");
    const val = hittaKolumner(tabell.rubriker);
    const utv = utvardera(tabell.data, val);
    raknare.syncs = 0;
    const markering = await adapter.farglagg(tabell, val, utv, STANDARDINSTALLNINGAR);
    expect(raknare.syncs).toBeLessThanOrEqual(3);
    expect(markering.omrade).toBe("H1:I33");
    expect(cell(wb, "Mål 2020", "H1")).toBe("Status (Målkoll)");
    expect(cell(wb, "Mål 2020", "H10")).toBe('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)');
    expect(cell(wb, "Mål 2020", "H13")).toBe('=KPI.MALUPPFYLLELSE(F13,G13,"högre är bättre",,E13)');
    expect(cell(wb, "Mål 2020", "I10")).toBe("=KPI.SAMMANVAGD(H10,H13,H16:H17)");
    expect(cell(wb, "Mål 2020", "H29")).toBe("Förklaring (Målkoll):");
    expect(cell(wb, "Mål 2020", "H33")).toBe("Kan ej bedömas");
    const villkor = wb.blad[0].villkor;
    expect(villkor).toHaveLength(4);
    expect(villkor.map((v: any) => v.omrade)).toEqual(Array(4).fill("H2:I33"));
    expect(villkor[0]).toMatchObject({
      formel: '=OR(H2="Uppfyllt",H2="Genomförd")',
      fyllning: "#C6EFCE",
      text: "#006100",
    });
    expect(markering.villkor).toEqual(villkor.map((v: any) => v.id));
  });

  it("removes exactly what it added, also after the file is reopened (record in custom XML)", async () => {
    const { wb, raknare } = installera(
      { Blad1: indikatortabell(), Blad2: [["egen"]] },
      { blad: "Blad1", adress: "A1" },
    );
    const fore = fake.ogonblick(wb);
    await farglaggAllt({ ...STANDARDINSTALLNINGAR, helRad: true });
    expect(wb.blad[0].villkor).toHaveLength(8);
    expect(wb.delar).toHaveLength(1);
    expect(fake.ogonblick(wb)).not.toBe(fore);
    // A new adapter session knows nothing but what the workbook holds.
    raknare.syncs = 0;
    expect(await adapter.taBort()).toBe(1);
    expect(raknare.syncs).toBeLessThanOrEqual(3);
    expect(fake.ogonblick(wb)).toBe(fore);
  });

  it("removes everything even when the user already deleted one of its formats by hand", async () => {
    const { wb, raknare } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    const fore = fake.ogonblick(wb);
    await farglaggAllt({ ...STANDARDINSTALLNINGAR, helRad: true });
    wb.blad[0].villkor.splice(2, 1);
    raknare.syncs = 0;
    expect(await adapter.taBort()).toBe(1);
    expect(raknare.syncs).toBeLessThanOrEqual(5);
    expect(fake.ogonblick(wb)).toBe(fore);
  });

  it("replaces its own formats when colouring again, also in whole-row mode", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    const helRad = { ...STANDARDINSTALLNINGAR, helRad: true };
    await farglaggAllt(helRad);
    await farglaggAllt(helRad);
    expect(wb.blad[0].villkor).toHaveLength(8);
    expect(wb.blad[0].villkor[0].omrade).toBe("A2:I27");
  });

  it("keeps a status a person typed over a formula when colouring again", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    await farglaggAllt();
    const b = wb.blad[0];
    b.celler.set("9,7", { formel: "Delvis uppfyllt", varde: "Delvis uppfyllt" });
    const { tabell } = await farglaggAllt();
    expect(tabell.placering.kolumner).toBe(7);
    expect(cell(wb, "Blad1", "H10")).toBe("Delvis uppfyllt");
    expect(cell(wb, "Blad1", "H11")).toMatch(/^=KPI.MALUPPFYLLELSE/);
    expect(b.villkor).toHaveLength(4);
    expect(wb.delar).toHaveLength(1);
  });

  it("writes next to the first empty columns, never over the user's cells", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    wb.blad[0].celler.set("30,8", { formel: "anteckning", varde: "anteckning" });
    const fore = fake.ogonblick(wb);
    const { markering } = await farglaggAllt();
    expect(markering.omrade).toBe("J1:K33");
    expect(cell(wb, "Blad1", "I31")).toBe("anteckning");
    await adapter.taBort();
    expect(fake.ogonblick(wb)).toBe(fore);
  });

  it("uses a bounded number of syncs and API calls, independent of the row count", async () => {
    const matt = async (antal: number) => {
      const rader = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
      for (let i = 0; i < antal; i++)
        rader.push([
          `Mål ${i % 7}`,
          i % 5 ? "Andel heltider" : "Total sjukfrånvaro",
          "50",
          String(40 + (i % 30)),
          "≤ 60",
        ]);
      const { raknare } = installera({ Blad1: rader }, { blad: "Blad1", adress: "B2" });
      const tabell = await adapter.lasTabell();
      const las = { ...raknare };
      const val = hittaKolumner(tabell.rubriker);
      const utv = utvardera(tabell.data, val);
      raknare.syncs = 0;
      raknare.anrop = 0;
      await adapter.farglagg(tabell, val, utv, STANDARDINSTALLNINGAR);
      return { las, syncs: raknare.syncs, anrop: raknare.anrop };
    };
    const liten = await matt(100);
    const stor = await matt(10000);
    expect(stor.las.syncs).toBeLessThanOrEqual(3);
    expect(stor.syncs).toBeLessThanOrEqual(3);
    expect(stor.anrop).toBe(liten.anrop);
    expect(stor.las.anrop).toBe(liten.las.anrop);
  });

  it("locks statuses as values and creates a summary sheet with a chart", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    (globalThis as any).__malkollBerakna = () => "Uppfyllt";
    const { markering, utv } = await farglaggAllt();
    await adapter.lasStatusar(markering);
    expect(cell(wb, "Blad1", "H10")).toBe("Uppfyllt");
    delete (globalThis as any).__malkollBerakna;
    const namn = await adapter.skapaSammanstallning(utv);
    expect(namn).toBe("Måluppfyllelse");
    const ark = wb.blad.find((b: any) => b.namn === namn);
    expect(ark.diagram).toHaveLength(1);
    expect(ark.diagram[0].title.text).toBe("Nämndens måluppfyllelse");
    expect(cell(wb, namn, "B2")).toBe("Trygga välfärdstjänster med god kvalitet");
    expect(cell(wb, namn, "C11")).toBe("Uppfyllt");
  });

  it("explains a selection that is not a table", async () => {
    installera({ Blad1: [["ensam"]] }, { blad: "Blad1", adress: "A1" });
    await expect(adapter.lasTabell()).rejects.toThrow("Markera en tabell med en rubrikrad");
  });
});
