/**
 * The pane at 320 px, the narrowest task pane Office shows: nothing wider than the pane in any state, the actions
 * and their results in view whatever the length of the preview, and a short keyboard path through the work.
 */
import type { Page } from "playwright-core";
import {
  INDIKATORER,
  farglagg,
  forhandsvisning,
  lasIn,
  markera,
  oppnaPanel,
  overflode,
  startaPanelmiljo,
  utanforKanten,
  type Panelmiljo,
} from "./panel";
import { LAYOUTER, type Layoutfixtur } from "../fixtures/layouter";
import { bladspec } from "../helpers/arbetsbok";
const { maltabell } = require("./maltabell.cjs") as { maltabell: (n: number, perMal?: number) => unknown[][] };

let miljo: Panelmiljo;
beforeAll(async () => {
  miljo = await startaPanelmiljo();
}, 60000);
afterAll(() => miljo?.stang());
jest.setTimeout(60000);

/** Asserts that the page fits 320 px: no horizontal scroll, no control cut off at the right edge. */
async function passar(sida: Page, steg: string) {
  await expect({ steg, overflode: await overflode(sida) }).toEqual({ steg, overflode: 0 });
  await expect({ steg, utanfor: await utanforKanten(sida) }).toEqual({ steg, utanfor: [] });
}

/** Is the element's box inside the viewport? */
const synlig = (element: ReturnType<Page["getByText"]>) =>
  element.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  });

describe("the pane at 320 px", () => {
  it("never overflows: empty, read, mapping warning, coloured, after errors, settings open", async () => {
    const langRubrik = "Utfall för perioden januari–augusti enligt nämndens uppföljningsplan (delårsrapport)";
    const langRubrikUtanBrytning = "Jämförelsetal_enligt_nämndens_uppföljningsplan_för_perioden";
    const { sida, fel } = await oppnaPanel(miljo, {
      blad: {
        "Mål 2020": INDIKATORER.blad["Mål 2020"],
        // Headers the pane does not know, and names without a place to break.
        // Two columns of numbers no header names: Utfall is ambiguous until the user picks one.
        Okand: [
          ["Nämndmål", "Indikator", langRubrik, langRubrikUtanBrytning, "Mål"],
          [
            "Nämndmålet_med_ett_mycket_långt_namn_utan_blanksteg_som_inte_kan_brytas",
            "Andel_heltidsanställda_bland_tillsvidareanställda_inom_vård_och_omsorg",
            36,
            40,
            "Minst 42 %",
          ],
        ],
        Tomt: [["ensam"]],
        // Another kommun's layout as Excel holds it: section headings, a (%) header, merged cells.
        Personal: bladspec((LAYOUTER.find((f) => f.id === "avsnitt") as Layoutfixtur).utsnitt),
      },
      markerat: { blad: "Mål 2020", adress: "B3" },
    });
    await passar(sida, "tom");

    await lasIn(sida);
    await passar(sida, "inläst");
    // Every goal open (a small table): the longest row texts and the riktning lists on screen.
    await sida
      .getByRole("combobox", { name: /^Riktning för/ })
      .first()
      .waitFor();
    await passar(sida, "inläst, mål öppna");

    await farglagg(sida);
    await passar(sida, "färgmarkerad");

    await sida.getByRole("button", { name: "Inställningar" }).click();
    await sida.getByRole("switch", { name: /Färga hela raden/ }).waitFor();
    await passar(sida, "inställningar öppna");

    // Headers the pane does not recognise: the mapping warning and the open column pickers.
    await markera(sida, "Okand", "A1");
    await lasIn(sida);
    await sida.getByText(/Två kolumner kan vara Utfall/).waitFor();
    await passar(sida, "kolumnvarning");
    // The column pickers open by themselves for a table that needs them, also after an earlier table: one per
    // column, named by its header, with why it has its role (or none) and how its numbers are read.
    await sida.getByRole("combobox", { name: langRubrik }).waitFor();
    await passar(sida, "kolumnval öppet");
    // The user gives the first of the two the role Utfall: the judged row shows, with its long goal and names.
    await sida.getByRole("combobox", { name: langRubrik }).selectOption({ label: "Utfall" });
    await sida.getByRole("heading", { name: /^Nämndmålet_med_ett/ }).waitFor();
    await sida.getByText(/^Andel_heltidsanställda/).waitFor();
    await passar(sida, "kolumn vald, långa namn");

    // Another layout: the table's description, and every column with why and how its numbers are read.
    await markera(sida, "Personal", "B5");
    await lasIn(sida);
    await sida.getByText(/^Tabell: Personal!A3:E13, 9 rader varav 2 rubrikrader; 1 tom rad hoppades över$/).waitFor();
    await sida.getByRole("button", { name: "Kolumner" }).click();
    await sida.getByText(/läses som procentenheter \(rubriken\)/).waitFor();
    await passar(sida, "avsnitt, kolumner med enheter");

    // A selection that is no table: the pane's own warning.
    await markera(sida, "Tomt", "A1");
    await sida.getByRole("button", { name: "Läs in" }).click();
    await sida.getByText("Ingen tabell vid markeringen").waitFor();
    await passar(sida, "varning");

    // A failure that is no Excel error the adapter knows (a bug), with a long technical text that has no place to
    // break: the pane shows it as an error with its detail.
    await sida.evaluate(() => {
      (window as any).Excel.run = async () => {
        throw new Error("Blad_som_inte_finns_".repeat(6));
      };
    });
    await sida.getByRole("button", { name: "Läs in" }).click();
    const felrubrik = sida.getByText("Tabellen lästes inte in");
    await felrubrik.waitFor();
    await passar(sida, "fel");
    // A failure is said at once (an assertive live region), beside the button.
    await expect(felrubrik.evaluate((e) => e.closest("[role=alert]") !== null)).resolves.toBe(true);
    await expect(synlig(felrubrik)).resolves.toBe(true);
    expect(fel).toEqual([]);
    await sida.close();
  });

  it("keeps Färgmarkera and its result in view at the end of a long preview", async () => {
    const { sida } = await oppnaPanel(miljo, {
      blad: { Blad1: maltabell(5000, 200) },
      markerat: { blad: "Blad1", adress: "A1" },
    });
    await lasIn(sida);
    await forhandsvisning(sida);
    // Open a few goals and show more rows, then go to the very end of the pane.
    for (const n of [1, 2, 3]) await sida.getByRole("button", { name: new RegExp(`^Nämndmål ${n}:`) }).click();
    await sida
      .getByRole("button", { name: /rader till/ })
      .first()
      .click();
    await passar(sida, "lång förhandsvisning");
    await sida.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await sida.evaluate(() => window.scrollY)).toBeGreaterThan(2000);

    // Every action is on screen at the end of the preview, not only Färgmarkera.
    for (const namn of ["Läs in", "Färgmarkera", "Skapa sammanställning", "Lås statusar", "Ta bort färgmarkering"])
      await expect(synlig(sida.getByRole("button", { name: namn, exact: true }))).resolves.toBe(true);
    const knapp = sida.getByRole("button", { name: "Färgmarkera", exact: true });
    await knapp.click();
    const resultat = sida.getByText("Målen är färgmarkerade");
    await resultat.waitFor();
    await expect(synlig(resultat)).resolves.toBe(true);
    // The result is announced: it sits in a polite live region.
    await expect(
      resultat.evaluate((e) => e.closest("[aria-live]")?.getAttribute("aria-live") ?? "ingen"),
    ).resolves.toBe("polite");
    await passar(sida, "färgmarkerad längst ned");

    // Tab to a goal's heading that sits just under the bar: the page scrolls it out from under the bar.
    const rubriker = sida.getByRole("button", { name: /^Nämndmål \d+:/ });
    await rubriker.nth(11).evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - 40));
    await rubriker.nth(10).evaluate((e) => (e as HTMLElement).focus({ preventScroll: true }));
    await sida.keyboard.press("Tab");
    await expect(rubriker.nth(11).evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    const [fokus, bar] = await sida.evaluate(() => [
      (document.activeElement as Element).getBoundingClientRect().top,
      (document.querySelector("[role=region][aria-label=Åtgärder]") as Element).getBoundingClientRect().bottom,
    ]);
    expect(fokus).toBeGreaterThanOrEqual(bar);
    await sida.close();
  });

  it("reaches Färgmarkera from Läs in in at most 3 Tab presses", async () => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER);
    const lasInKnapp = sida.getByRole("button", { name: "Läs in" });
    await lasInKnapp.focus();
    await sida.keyboard.press("Enter");
    await sida.getByText(/^Tabell: /).waitFor();
    await sida.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
    // Focus stayed on Läs in while it worked (the button is never removed from the tab order).
    await expect(lasInKnapp.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    let tryck = 0;
    const farg = sida.getByRole("button", { name: "Färgmarkera", exact: true });
    while (!(await farg.evaluate((e) => e === document.activeElement)) && tryck < 10) {
      await sida.keyboard.press("Tab");
      tryck++;
    }
    expect(tryck).toBeLessThanOrEqual(3);
    await sida.keyboard.press("Enter");
    await sida.getByText("Målen är färgmarkerade").waitFor();
    await sida.close();
  });

  it("explains itself on first run: what Målkoll does and the three steps", async () => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER);
    const intro = sida.getByRole("region", { name: "Så fungerar Målkoll" });
    await expect(intro.getByRole("listitem").allInnerTexts()).resolves.toEqual([
      "Markera måltabellen, eller en cell i den, och välj Läs in.",
      "Granska bedömningen och kolumnerna här i fönstret.",
      "Välj Färgmarkera. Ta bort tar bort exakt det Målkoll lade till.",
    ]);
    // What Målkoll does: two sentences, the four statuses named.
    const text = await intro.locator("p").innerText();
    expect(text.trim().split(/\.\s+/).length).toBe(2);
    expect(text).toMatch(/Uppfyllt, Delvis uppfyllt, Ej uppfyllt eller Kan ej bedömas/);
    await lasIn(sida);
    await expect(intro.count()).resolves.toBe(0);
    await sida.close();
  });
});
