/**
 * Two tables on one sheet in the built pane over the fake workbook, side by side (a blank column between) and one
 * under the other (two blank rows between): Läs in from a cell of table 2 reads table 2 only, before and after
 * table 1 is read and coloured; Färgmarkera on each keeps the other's cells; Ta bort of all restores the sheet.
 */
import type { Page } from "playwright-core";
import { anvandare, cell, ogonblick, oppna, miljoForFilen, type Miljo } from "./harness";
import { EKONOMI, PERSONAL } from "../fixtures/intilliggande";

let miljo: Miljo;
miljoForFilen((m) => (miljo = m));

const SIDA_VID_SIDA = PERSONAL.map((r, i) => [...r, "", ...EKONOMI[i]]);
const UNDER_VARANDRA = [...PERSONAL, [], [], ...EKONOMI];

/** Läs in, and what the pane says it read with the name and status word of every row. */
async function lasIn(sida: Page): Promise<{ tabell: string; rader: string[][] }> {
  await sida.getByRole("button", { name: "Läs in" }).click();
  await sida.getByText(/^Tabell: /).waitFor();
  await sida.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
  const tabell = await sida.getByText(/^Tabell: /).innerText();
  const rader: string[][] = [];
  for (const text of await sida.locator("li").allInnerTexts())
    rader.push([text.split("\n")[0].trim(), /[✔◐✖○]\s*([^\n]+)/.exec(text)?.[1].trim() ?? ""]);
  return { tabell, rader };
}

const TABELL_1 = {
  tabell: "Tabell: Blad1!A1:C4, 3 rader",
  rader: [
    ["Sjukfrånvaro", "Uppfyllt"],
    ["Personalomsättning", "Ej uppfyllt"],
    ["Andel heltider", "Uppfyllt"],
  ],
};
const rader2 = [
  ["Resultat", "Uppfyllt"],
  ["Nettokostnadsavvikelse", "Uppfyllt"],
  ["Avtalstrohet", "Ej uppfyllt"],
];

describe.each([
  ["side by side, a blank column between", SIDA_VID_SIDA, "G3", "Blad1!E1:H4", "I3"],
  ["one under the other, two blank rows between", UNDER_VARANDRA, "B9", "Blad1!A7:D10", "E9"],
])("two tables %s", (_, blad, cell2, adress2, status2) => {
  it("Läs in in table 2 reads table 2 only, before and after table 1 is read and coloured", async () => {
    const { sida, fel } = await oppna(miljo, { blad: { Blad1: blad }, markerat: { blad: "Blad1", adress: cell2 } });
    const fore = await ogonblick(sida);
    const TABELL_2 = { tabell: `Tabell: ${adress2}, 3 rader`, rader: rader2 };

    await expect(lasIn(sida)).resolves.toEqual(TABELL_2);
    await anvandare(sida, "markera", "Blad1", "B2");
    await expect(lasIn(sida)).resolves.toEqual(TABELL_1);
    await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
    await sida.getByText("Målen är färgmarkerade").waitFor();

    await anvandare(sida, "markera", "Blad1", cell2);
    await expect(lasIn(sida)).resolves.toEqual(TABELL_2);
    await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
    await sida.getByText("Målen är färgmarkerade").waitFor();
    await expect(cell(sida, "Blad1", status2)).resolves.toMatchObject({ varde: "Uppfyllt" });
    // Table 1's statuses are still there.
    await expect(cell(sida, "Blad1", "D3")).resolves.toMatchObject({ varde: "Ej uppfyllt" });

    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    const val = sida.getByRole("group", { name: "Ta bort färgmarkering" });
    await val.getByRole("radio", { name: /Alla 2 markerade tabeller/ }).check();
    await val.getByRole("button", { name: "Ta bort" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(ogonblick(sida)).resolves.toBe(fore);
    expect(fel).toEqual([]);
    await sida.close();
  });
});
