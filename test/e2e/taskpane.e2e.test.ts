/**
 * End to end in headless Chromium: the built taskpane.html, with the CDN office.js routed to an in-memory
 * fake Excel workbook. Drives Läs in → Färgmarkera → Ta bort on the example tables.
 */
import type { Page } from "playwright-core";
import { lasCsv, lasRubriker } from "../helpers/csv";
import { cell, CDN, ogonblick, oppna as oppnaI, type Arbetsbok, miljoForFilen, type Miljo } from "./harness";

let miljo: Miljo;
miljoForFilen((m) => (miljo = m));

const oppna = (arbetsbok: Arbetsbok | undefined, bredd = 320) => oppnaI(miljo, arbetsbok, bredd);
const villkor = (sida: Page, blad: string) => sida.evaluate((b) => (window as any).__malkoll.villkor(b), blad);

function tabell(fil: string, utan: string[]): unknown[][] {
  const rubriker = lasRubriker(fil).filter((r) => !utan.includes(r));
  return [rubriker, ...lasCsv(fil).map((r) => rubriker.map((k) => r[k]))];
}

describe("the task pane in Chromium", () => {
  jest.setTimeout(60000);

  it("colours indikatorer-2020.csv with the file's statuses, and removes it all again", async () => {
    const rader = lasCsv("indikatorer-2020.csv");
    const { sida, anrop, fel } = await oppna({
      blad: { "Mål 2020": tabell("indikatorer-2020.csv", ["forvantad_status"]) },
      markerat: { blad: "Mål 2020", adress: "B3" },
    });
    const fore = await ogonblick(sida);

    await sida.getByRole("button", { name: "Läs in" }).click();
    await sida.getByText("Tabell: 'Mål 2020'!A1:G27, 26 rader").waitFor();

    // The preview: every row's status, every goal's status.
    const listrader = sida.locator("li");
    await expect(listrader.count()).resolves.toBe(rader.length);
    for (let i = 0; i < rader.length; i++) {
      await expect(listrader.nth(i).innerText()).resolves.toContain(rader[i].forvantad_status);
    }
    for (const mal of lasCsv("maluppfyllelse-2020.csv")) {
      const rubrik = sida.getByRole("heading", { level: 3 }).filter({ hasText: mal.namndmal });
      await expect(rubrik.innerText()).resolves.toContain(mal.forvantad_status);
    }
    await expect(sida.getByRole("img", { name: /Nämndens måluppfyllelse/ }).getAttribute("aria-label")).resolves.toBe(
      "Nämndens måluppfyllelse. Uppfyllt: 2, Delvis uppfyllt: 3, Ej uppfyllt: 1, Kan ej bedömas: 5",
    );

    await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
    await sida.getByText("Målen är färgmarkerade").waitFor();
    await expect(cell(sida, "Mål 2020", "H10")).resolves.toEqual({
      formel: '=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)',
      varde: "Ej uppfyllt",
    });
    // The live formulas, calculated by the add-in's own functions, give the file's statuses.
    for (let i = 0; i < rader.length; i++) {
      await expect(cell(sida, "Mål 2020", `H${i + 2}`)).resolves.toMatchObject({ varde: rader[i].forvantad_status });
    }
    await expect(cell(sida, "Mål 2020", "I10")).resolves.toEqual({
      // The goal's own rows (10–17): Excel recalculates only those when one changes.
      formel: "=KPI.SAMMANVAGD.OM($H$10:$H$17,$B$10:$B$17,B10,$C$10:$C$17)",
      varde: "Delvis uppfyllt",
    });
    // Every goal's formula, calculated by the add-in's own KPI.SAMMANVAGD.OM, gives the report's goal judgement.
    const mal = lasCsv("maluppfyllelse-2020.csv");
    const forsta = new Map<string, number>();
    rader.forEach((r, i) => {
      if (!forsta.has(r.namndmal)) forsta.set(r.namndmal, i + 2);
    });
    for (const m of mal)
      await expect(cell(sida, "Mål 2020", `I${forsta.get(m.namndmal)}`)).resolves.toMatchObject({
        varde: m.forvantad_status,
      });
    const formaten = await villkor(sida, "Mål 2020");
    expect(formaten.map((v: any) => [v.omraden, v.fyllning, v.text]).sort()).toEqual(
      [
        [["H2:I33"], "#C6EFCE", "#006100"],
        [["H2:I33"], "#FFEB9C", "#9C5700"],
        [["H2:I33"], "#FFC7CE", "#9C0006"],
        [["H2:I33"], "#EDEDED", "#404040"],
      ].sort(),
    );
    const syncs = await sida.evaluate(() => (window as any).__malkoll.raknare.syncs);
    expect(syncs).toBeLessThanOrEqual(3 + 6);

    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(ogonblick(sida)).resolves.toBe(fore);

    expect(fel).toEqual([]);
    const frammande = anrop.filter((u) => !u.startsWith(miljo.url) && !u.startsWith(CDN));
    expect(frammande).toEqual([]);
    await sida.close();
  });

  it("colours an activity table with normalised statuses", async () => {
    const rader = lasCsv("aktiviteter-2020.csv");
    const { sida } = await oppna({
      blad: { Aktiviteter: tabell("aktiviteter-2020.csv", ["normaliserad_status", "farg"]) },
      markerat: { blad: "Aktiviteter", adress: "A1:C15" },
    });
    const fore = await ogonblick(sida);
    await sida.getByRole("button", { name: "Läs in" }).click();
    await sida.getByText("Tabell: Aktiviteter!A1:C15, 14 rader").waitFor();
    await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
    await sida.getByText("Målen är färgmarkerade").waitFor();
    for (let i = 0; i < rader.length; i++) {
      await expect(cell(sida, "Aktiviteter", `D${i + 2}`)).resolves.toEqual({
        formel: `=KPI.AKTIVITETSSTATUS(C${i + 2})`,
        varde: rader[i].normaliserad_status,
      });
    }
    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(ogonblick(sida)).resolves.toBe(fore);
    await sida.close();
  });

  it("is usable from the keyboard", async () => {
    const { sida } = await oppna({
      blad: { Blad1: tabell("personal-2020.csv", ["forvantad_status"]) },
      markerat: { blad: "Blad1", adress: "A1" },
    });
    const lasIn = sida.getByRole("button", { name: "Läs in" });
    await lasIn.waitFor();
    for (let i = 0; i < 10 && !(await lasIn.evaluate((e) => e === document.activeElement)); i++)
      await sida.keyboard.press("Tab");
    await sida.keyboard.press("Enter");
    await sida.getByText("Tabell: Blad1!A1:D4, 3 rader").waitFor();
    await expect(sida.locator("li").nth(1).innerText()).resolves.toContain("Ej uppfyllt");
    await sida.close();
  });

  it("says what is missing when Excel lacks conditional formats", async () => {
    const { sida } = await oppna({
      blad: { Blad1: [["a"]] },
      markerat: { blad: "Blad1", adress: "A1" },
      krav: { ExcelApi: "1.4", SharedRuntime: "1.1" },
    });
    await sida.getByText("Excel saknar funktioner").waitFor();
    await expect(sida.getByRole("button", { name: "Ta bort färgmarkering" }).isDisabled()).resolves.toBe(true);
    await sida.close();
  });

  it("shows a Swedish message, not a blank page, outside Office", async () => {
    const { sida } = await oppna(undefined);
    await expect(sida.getByText("Målkoll är ett tillägg som körs i Excel.").isVisible()).resolves.toBe(true);
    await sida.close();
  });
});
