/**
 * The column mapping and the units of a column in the built pane over the fake workbook: a share typed as a plain
 * number under `Andel (%)` is judged as percentage points in the preview and by the sheet's formulas alike; a
 * required role that is missing is named with why, and nothing is judged until the user sets it; a role is held by
 * at most one column.
 */
import type { Page } from "playwright-core";
import { cell, ogonblick, oppna, miljoForFilen, type Miljo } from "./harness";

let miljo: Miljo;
miljoForFilen((m) => (miljo = m));

/** Each row of the preview: its first line (the name), its status word and its whole text. */
async function forhandsvisning(sida: Page): Promise<{ namn: string; ord: string; text: string }[]> {
  return (await sida.locator("li").allInnerTexts()).map((text) => ({
    namn: text.split("\n")[0].trim(),
    ord: /[✔◐✖○]\s*([^\n]+)/.exec(text)?.[1].trim() ?? "",
    text,
  }));
}

async function lasIn(sida: Page): Promise<void> {
  await sida.getByRole("button", { name: "Läs in" }).click();
  await sida.getByText(/^Tabell: /).waitFor();
  await sida.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
}

describe("a share typed as a plain number under 'Andel (%)'", () => {
  it("is read as percentage points: 6,3 beside ≤ 6,5 % is Uppfyllt in the pane and in the sheet", async () => {
    const { sida, fel } = await oppna(miljo, {
      blad: {
        Personal: [
          ["Nyckeltal", "Andel (%)", "Målvärde"],
          ["Total sjukfrånvaro", 6.3, "≤ 6,5 %"],
          // 0,8 under (%) is 0,8 %, not the fraction 80 %: only the header tells.
          ["Andel sjukfrånvaro över 60 dagar av arbetstiden", 0.8, "Högst 1 %"],
          ["Andel heltidsanställda", 81.5, "Minst 80 %"],
          ["Andel medarbetare med medarbetarsamtal", 72, "Minst 90 %"],
        ],
      },
      markerat: { blad: "Personal", adress: "B3" },
    });
    const fore = await ogonblick(sida);
    await lasIn(sida);
    const rader = await forhandsvisning(sida);
    expect(rader.map((r) => r.ord)).toEqual(["Uppfyllt", "Uppfyllt", "Uppfyllt", "Ej uppfyllt"]);
    expect(rader[0].text).toMatch(/6,3 %/);
    expect(rader.map((r) => r.text).join("\n")).not.toMatch(/\d{3},\d %/);
    // The column shows how its numbers are read.
    await sida.getByRole("button", { name: "Kolumner" }).click();
    await sida.getByText(/läses som procentenheter \(rubriken\)/).waitFor();

    await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
    await sida.getByText("Målen är färgmarkerade").waitFor();
    const iArket: unknown[] = [];
    for (const a of ["D2", "D3", "D4", "D5"]) iArket.push((await cell(sida, "Personal", a)).varde);
    expect(iArket).toEqual(rader.map((r) => r.ord));

    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(ogonblick(sida)).resolves.toBe(fore);
    expect(fel).toEqual([]);
    await sida.close();
  });
});

describe("the column mapping", () => {
  it("names a missing Målvärde with why, judges nothing until it is set, and gives a role to one column only", async () => {
    const { sida, fel } = await oppna(miljo, {
      blad: {
        Blad1: [
          ["Indikator", "Utfall 2023", "Vill nå"],
          ["Andel nöjda brukare", "88 %", "Minst 85 %"],
          ["Väntetid till särskilt boende, dagar", "75", "Högst 60"],
        ],
      },
      markerat: { blad: "Blad1", adress: "A2" },
    });
    await lasIn(sida);
    const varning = sida.getByText(/Ingen kolumn för Målvärde: ingen rubrik som Målvärde/);
    await varning.waitFor();
    await sida.getByText("Välj kolumner under Kolumner innan tabellen kan bedömas").waitFor();
    // Nothing is judged, and nothing can be coloured.
    await expect(sida.locator("li").count()).resolves.toBe(0);
    await expect(sida.getByRole("button", { name: "Färgmarkera", exact: true }).isDisabled()).resolves.toBe(true);

    // The pickers are open, each column with why it has its role and how its cells are read.
    await sida.getByText('Rubriken "Utfall 2023"; cellerna är text och läses som de är skrivna').waitFor();
    // The user makes "Vill nå" the målvärde, and the rows are judged.
    const villNa = sida.getByRole("combobox", { name: "Vill nå" });
    const utfall = sida.getByRole("combobox", { name: "Utfall 2023" });
    await villNa.selectOption({ label: "Målvärde" });
    await sida.getByText(/^Andel nöjda brukare/).waitFor();
    await expect(varning.count()).resolves.toBe(0);
    expect((await forhandsvisning(sida)).map((r) => r.ord)).toEqual(["Uppfyllt", "Ej uppfyllt"]);

    // Målvärde set on the utfall column: it leaves "Vill nå", Utfall is now missing, and nothing is judged.
    await utfall.selectOption({ label: "Målvärde" });
    await sida.getByText(/Ingen kolumn för Utfall: ingen rubrik som Utfall/).waitFor();
    await expect(villNa.inputValue()).resolves.toBe("");
    await expect(utfall.inputValue()).resolves.toBe("malvarde");
    await expect(sida.locator("li").count()).resolves.toBe(0);
    await expect(sida.getByRole("button", { name: "Färgmarkera", exact: true }).isDisabled()).resolves.toBe(true);
    expect(fel).toEqual([]);
    await sida.close();
  });
});
