/**
 * A table of 5 000 rows in the pane: grouped per nämndmål, only what is open is rendered, the summary counts every
 * row, and the pane says what it does while it works.
 */
import { forhandsvisning, lasIn, oppnaPanel, startaPanelmiljo, type Panelmiljo } from "./panel";
const { maltabell } = require("./maltabell.cjs") as { maltabell: (n: number, perMal?: number) => unknown[][] };

let miljo: Panelmiljo;
beforeAll(async () => {
  miljo = await startaPanelmiljo();
}, 60000);
afterAll(() => miljo?.stang());
jest.setTimeout(90000);

const antalElement = (sida: import("playwright-core").Page) =>
  sida.evaluate(() => document.getElementsByTagName("*").length);

describe("5 000 rows", () => {
  it.each([
    ["50 rows per goal (100 goals)", 50],
    ["5 rows per goal (1 000 goals)", 5],
    ["no nämndmål column", 0],
  ])("hold under 3 000 DOM elements: %s", async (_, perMal) => {
    const tabell = maltabell(5000, perMal || 5000);
    if (perMal === 0) for (const rad of tabell) rad.splice(0, 2);
    const { sida, fel } = await oppnaPanel(miljo, {
      blad: { Blad1: tabell },
      markerat: { blad: "Blad1", adress: "A1" },
    });
    // Every text the live region shows while Läs in works, recorded as it changes.
    await sida.evaluate(() => {
      const sett: string[] = ((window as any).__status = []);
      const region = document.querySelector("[role=status]") as Element;
      // A live region inside an aria-busy subtree may not be read out: note if it ever was.
      new MutationObserver(() =>
        sett.push((region.closest("[aria-busy=true]") ? "(tyst) " : "") + (region.textContent ?? "").trim()),
      ).observe(region, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await lasIn(sida);
    await sida.getByText("Tabell: Blad1!A1:" + (perMal === 0 ? "D" : "F") + "5001, 5000 rader").waitFor();
    // Numbers are grouped with a no-break space (sv-SE), read here as a plain space.
    const sett: string[] = (await sida.evaluate(() => (window as any).__status)).map((t: string) =>
      t.replace(/\s/g, " "),
    );
    expect(sett).toContain("Läser tabellen i Excel…");
    expect(sett.some((t) => t.includes("Bedömer 5 000 rader…"))).toBe(true);

    await forhandsvisning(sida);
    const element = await antalElement(sida);
    expect(element).toBeLessThan(3000);
    // The summary still counts all of them.
    const etikett = await sida.getByRole("img", { name: /måluppfyllelse|status/ }).getAttribute("aria-label");
    // Counts are grouped in thousands with a space ("Ej uppfyllt: 1 381").
    const summa = [...(etikett ?? "").matchAll(/: (\d+(?:\s\d{3})*)/g)].reduce(
      (s, m) => s + Number(m[1].replace(/\s/g, "")),
      0,
    );
    const mal = perMal ? Math.ceil(5000 / perMal) : 5000 - 5000 * (2 / 5);
    expect(summa).toBe(mal);

    // Showing more adds rows (or goals) a page at a time, and stays under the bound after one page.
    await sida
      .getByRole("button", { name: /till \(av/ })
      .first()
      .click();
    await expect(antalElement(sida)).resolves.toBeLessThan(3000);
    expect(fel).toEqual([]);
    await sida.close();
  });

  it("opens a goal to its rows, each with status, reason and riktning", async () => {
    const { sida } = await oppnaPanel(miljo, {
      blad: { Blad1: maltabell(5000) },
      markerat: { blad: "Blad1", adress: "A1" },
    });
    await lasIn(sida);
    await forhandsvisning(sida);
    const rubrik = sida.getByRole("button", { name: /^Nämndmål 7:/ });
    await expect(rubrik.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(sida.getByRole("listitem").count()).resolves.toBe(0);
    await rubrik.click();
    await expect(rubrik.getAttribute("aria-expanded")).resolves.toBe("true");
    const rader = sida.getByRole("listitem");
    await expect(rader.count()).resolves.toBe(50);
    // Goal 7's first row: Total sjukfrånvaro 11 % against ≤ 7 %, with its reason.
    await expect(rader.first().innerText()).resolves.toMatch(/^Total sjukfrånvaro\s*✖\s*Ej uppfyllt\s*Utfallet 11/);
    await expect(
      sida.getByRole("combobox", { name: "Riktning för Total sjukfrånvaro" }).first().inputValue(),
    ).resolves.toBe("lagre");
    await sida.close();
  });
});
