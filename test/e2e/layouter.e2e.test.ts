/**
 * Other kommuners' layouts end to end in Chromium: the built pane over the fake workbook holding each fixture as
 * Excel holds it (numbers with number formats, merged areas, Excel tables: test/fixtures/layouter). Läs in from one
 * cell shows what it read and the fixture's status on every row; Färgmarkera writes live formulas that the fake
 * calculates with the add-in's own functions (registered by the functions bundle, called per functions.json), and
 * every row and nämndmål in the sheet shows what the preview shows; Ta bort leaves the workbook as it was.
 */
import type { Page } from "playwright-core";
import { AKTIVITETSFARG, type Aktivitetsstatus } from "../../src/core/bedomning/aktivitet";
import { STATUSAR, type Status } from "../../src/core/bedomning/status";
import { LAYOUTER, omrade } from "../fixtures/layouter";
import { bladspec } from "../helpers/arbetsbok";
import { adress } from "../fake/a1";
import { cell, ogonblick, oppna, miljoForFilen, type Miljo } from "./harness";

let miljo: Miljo;
miljoForFilen((m) => (miljo = m));

/** The colour a word of the sheet counts as: a status is itself, an activity word its colour (spec §9). */
const farg = (ord: string): Status =>
  (STATUSAR as readonly string[]).includes(ord) ? (ord as Status) : AKTIVITETSFARG[ord as Aktivitetsstatus];

/** The address of the first cell of the sheet that holds `text`. */
const hitta = (sida: Page, blad: string, text: string) =>
  sida.evaluate(
    ([b, t]) => {
      const ark = (window as any).__malkoll.wb.hittaBlad(b);
      for (const [k, c] of ark.celler) if (c.innehall === t) return [Math.floor(k / 16384), k % 16384];
      return undefined;
    },
    [blad, text],
  ) as Promise<[number, number] | undefined>;

const fall = LAYOUTER.flatMap((f) => f.tabeller.map((t) => ({ f, t, namn: `${f.id} ${t.adress}` })));

describe.each(fall)("$namn in the pane", ({ f, t }) => {
  it("shows the fixture's statuses, colours the sheet the same, and removes it all", async () => {
    const o = omrade(t.adress);
    const blad = f.utsnitt.blad;
    const { sida, fel } = await oppna(miljo, {
      blad: { [blad]: bladspec(f.utsnitt) },
      markerat: { blad, adress: adress({ r: o.rad + 1, c: o.kolumn, rader: 1, kolumner: 1 }) },
    });
    const fore = await ogonblick(sida);

    await sida.getByRole("button", { name: "Läs in" }).click();
    const citerat = /^[A-Za-z_][A-Za-z0-9_]*$/.test(blad) ? blad : `'${blad}'`;
    // Exactly what was read (an Excel table also gives its name).
    const vad = `^Tabell: ${citerat.replace(/[()]/g, "\\$&")}!${t.beskrivning}(?: \\(Excel-tabellen \\w+\\))?$`;
    await sida.getByText(new RegExp(vad)).waitFor();
    await sida.waitForFunction(() => !document.querySelector("[aria-busy=true]"));

    // The preview, row by row: the name and the word its badge shows, in the colour the fixture gives the row.
    const rader = sida.locator("li");
    await expect(rader.count()).resolves.toBe(t.rader.length);
    const visat: { namn: string; ord: string }[] = [];
    for (let i = 0; i < t.rader.length; i++) {
      const text = await rader.nth(i).innerText();
      const ord = /[✔◐✖○]\s*([^\n]+)/.exec(text)?.[1].trim() ?? "";
      visat.push({ namn: text.split("\n")[0].trim(), ord });
    }
    expect(visat.map((v) => [v.namn, farg(v.ord)])).toEqual(t.rader.map((r) => [r.namn, r.status]));
    for (const m of t.mal) {
      const rubrik = sida.getByRole("heading", { level: 3 }).filter({ hasText: m.namndmal });
      await expect(rubrik.first().innerText()).resolves.toContain(m.status);
    }

    await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
    await sida.getByText("Målen är färgmarkerade").waitFor();
    // The sheet's live formulas, row by row, show the preview's word.
    const status = await hitta(sida, blad, "Status (Målkoll)");
    if (!status) throw new Error("ingen statuskolumn");
    const iArket: string[] = [];
    for (const r of t.rader)
      iArket.push(
        String((await cell(sida, blad, adress({ r: r.rad - 1, c: status[1], rader: 1, kolumner: 1 }))).varde),
      );
    expect(iArket).toEqual(visat.map((v) => v.ord));
    // Every nämndmål's formula gives the pane's (and the fixture's) goal status.
    if (t.mal.length > 0) {
      const malkolumn = status[1] + 1;
      const mal: string[] = [];
      for (let r = o.rad + 1; r < o.rad + o.rader; r++) {
        const c = await cell(sida, blad, adress({ r, c: malkolumn, rader: 1, kolumner: 1 }));
        if (String(c.formel).startsWith("=KPI.")) mal.push(String(c.varde));
      }
      expect(mal).toEqual(t.mal.map((m) => m.status));
    }

    await sida.getByRole("button", { name: "Ta bort färgmarkering" }).click();
    await sida.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(ogonblick(sida)).resolves.toBe(fore);
    expect(fel).toEqual([]);
    await sida.close();
  });
});
