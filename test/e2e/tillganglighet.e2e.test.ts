/**
 * Accessibility in Chromium: axe-core's rules (WCAG 2.x A and AA, and best practice) on every state of the pane,
 * in Office's light and dark theme and in forced colours (Windows high contrast); the summary bars' contrast
 * against their track, which no rule engine checks (WCAG 2.1, 1.4.11: 3:1 for graphics); and the theme read from
 * Office.context.officeTheme.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import {
  INDIKATORER,
  MORKT_TEMA,
  farglagg,
  lasIn,
  markera,
  oppnaPanel,
  startaPanelmiljo,
  type Arbetsbok,
  type Panelmiljo,
  type Visning,
} from "./panel";
import { LAYOUTER, type Layoutfixtur } from "../fixtures/layouter";
import { bladspec } from "../helpers/arbetsbok";

let miljo: Panelmiljo;
beforeAll(async () => {
  miljo = await startaPanelmiljo();
}, 60000);
afterAll(() => miljo?.stang());
jest.setTimeout(90000);

/** axe's serious and critical findings, as "rule: target" lines (empty when there are none). */
async function allvarliga(sida: Page): Promise<string[]> {
  // Colours are measured at rest: an accordion still fading in shows its text half transparent.
  await sida.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const { violations } = await new AxeBuilder({ page: sida as any })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} ${n.failureSummary ?? ""}`));
}

const LAGEN: [string, Visning][] = [
  ["light theme", { tema: { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" } }],
  ["dark theme", { tema: MORKT_TEMA }],
  ["forced colours", { tvingadeFarger: true }],
];

/** The 2020 table, a table whose Utfall is ambiguous, and another kommun's layout as Excel holds it. */
const ARBETSBOK: Arbetsbok = {
  ...INDIKATORER,
  blad: {
    ...INDIKATORER.blad,
    Okand: [
      ["Nämndmål", "Indikator", "Utfall för perioden jan–aug", "Jämförelsetal", "Mål"],
      ["Trygghet", "Andel trygga elever", 36, 40, "Minst 42 %"],
    ],
    Personal: bladspec((LAYOUTER.find((f) => f.id === "avsnitt") as Layoutfixtur).utsnitt),
  },
};

describe.each(LAGEN)("axe in %s", (_, visning) => {
  it("finds nothing serious or critical in any state", async () => {
    const { sida } = await oppnaPanel(miljo, ARBETSBOK, visning);
    const funnet: Record<string, string[]> = {};
    funnet["tom"] = await allvarliga(sida);
    await lasIn(sida);
    await sida
      .getByRole("combobox", { name: /^Riktning för/ })
      .first()
      .waitFor();
    funnet["inläst"] = await allvarliga(sida);
    await sida.getByRole("button", { name: "Kolumner" }).click();
    await sida.getByRole("button", { name: "Inställningar" }).click();
    await sida.getByRole("switch", { name: /Färga hela raden/ }).waitFor();
    funnet["kolumner och inställningar öppna"] = await allvarliga(sida);
    await farglagg(sida);
    funnet["färgmarkerad"] = await allvarliga(sida);
    // A table that cannot be judged yet: the problem, and the column pickers open by themselves.
    await markera(sida, "Okand", "B2");
    await sida.getByRole("button", { name: "Läs in" }).click();
    await sida.getByText(/Två kolumner kan vara Utfall/).waitFor();
    await sida.getByRole("combobox", { name: "Utfall för perioden jan–aug" }).waitFor();
    funnet["kolumn krävs"] = await allvarliga(sida);
    await sida.getByRole("combobox", { name: "Utfall för perioden jan–aug" }).selectOption({ label: "Utfall" });
    await sida.getByRole("heading", { level: 3, name: /Trygghet/ }).waitFor();
    funnet["kolumn vald"] = await allvarliga(sida);
    // Section headings, a (%) header and merged cells: the columns with their units.
    await markera(sida, "Personal", "A5");
    await lasIn(sida);
    await sida.getByRole("button", { name: "Kolumner" }).click();
    await sida.getByText(/läses som procentenheter \(rubriken\)/).waitFor();
    funnet["avsnitt och enheter"] = await allvarliga(sida);
    expect(funnet).toEqual({
      tom: [],
      inläst: [],
      "kolumner och inställningar öppna": [],
      färgmarkerad: [],
      "kolumn krävs": [],
      "kolumn vald": [],
      "avsnitt och enheter": [],
    });
    await sida.close();
  });
});

/** Each summary bar's colour and its track's, as #rrggbb, read from the rendered page. */
async function staplar(sida: Page) {
  return sida.evaluate(() => {
    const hex = (farg: string) =>
      "#" +
      (farg.match(/\d+/g) ?? [])
        .slice(0, 3)
        .map((x) => Number(x).toString(16).padStart(2, "0"))
        .join("");
    return [...document.querySelectorAll("[data-status]")].map((stapel) => ({
      status: stapel.getAttribute("data-status"),
      stapel: hex(getComputedStyle(stapel).backgroundColor),
      spar: hex(getComputedStyle(stapel.parentElement as Element).backgroundColor),
      bakgrund: hex(getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor),
    }));
  });
}

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function kontrast(a: string, b: string): number {
  const l = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const s = parseInt(hex.slice(i, i + 2), 16) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [l(a), l(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

describe("the summary bars", () => {
  it.each([
    ["light", { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" }],
    ["dark", MORKT_TEMA],
  ])("keep 3:1 against their track in %s theme", async (_, tema) => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER, { tema });
    await lasIn(sida);
    const farger = await staplar(sida);
    expect(farger).toHaveLength(4);
    for (const f of farger) {
      expect({ ...f, kontrast: kontrast(f.stapel, f.spar) >= 3 }).toMatchObject({ kontrast: true });
      expect({ ...f, kontrast: kontrast(f.stapel, f.bakgrund) >= 3 }).toMatchObject({ kontrast: true });
    }
    await sida.close();
  });

  it("stay visible in forced colours", async () => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER, { tvingadeFarger: true });
    await lasIn(sida);
    const farger = await staplar(sida);
    for (const f of farger) expect({ ...f, syns: kontrast(f.stapel, f.spar) >= 3 }).toMatchObject({ syns: true });
    await sida.close();
  });
});

describe("the Office theme", () => {
  const bakgrund = (sida: Page) =>
    sida.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor);

  it.each([
    ["isDarkTheme", MORKT_TEMA, "rgb(38, 38, 38)", true],
    ["isDarkTheme without colours", { isDarkTheme: true }, "rgb(41, 41, 41)", true],
    [
      "isDarkTheme false, a light grey body",
      { isDarkTheme: false, bodyBackgroundColor: "#F3F3F3" },
      "rgb(243, 243, 243)",
      false,
    ],
    ["only a dark body colour (an older host)", { bodyBackgroundColor: "#1F1F1F" }, "rgb(31, 31, 31)", true],
    ["no theme at all (outside Office's theme API)", undefined, "rgb(255, 255, 255)", false],
  ])("is read from Office.context.officeTheme: %s", async (_, tema, farg, mork) => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER, { tema });
    await expect(bakgrund(sida)).resolves.toBe(farg);
    const text = await sida.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).color,
    );
    expect(text).toBe(mork ? "rgb(255, 255, 255)" : "rgb(36, 36, 36)");
    await sida.close();
  });
});

describe("the help page", () => {
  it.each([["light" as const], ["dark" as const]])(
    "has nothing serious or critical for axe, and fits 320 px, in %s mode",
    async (lage) => {
      const kontext = await miljo.browser.newContext({ viewport: { width: 320, height: 800 }, colorScheme: lage });
      const sida = await kontext.newPage();
      await sida.goto(`${miljo.url}/hjalp.html#integritet`);
      await expect(allvarliga(sida)).resolves.toEqual([]);
      await expect(
        sida.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).resolves.toBeLessThanOrEqual(0);
      await kontext.close();
    },
  );
});

describe("focus and announcements in Chromium", () => {
  /** What has keyboard focus: its role-ish tag and accessible name. */
  const fokus = (sida: Page) =>
    sida.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return e === null || e === document.body ? "body" : (e.getAttribute("aria-label") ?? e.textContent ?? "").trim();
    });

  it("never falls to the page after Stäng, Avbryt, Esc or Ta bort, and Ta bort's outcome is in the live region", async () => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER);
    await lasIn(sida);
    await farglagg(sida);
    // Stäng by keyboard: focus back on the action whose result it was.
    await sida.getByRole("button", { name: "Stäng meddelandet" }).focus();
    await sida.keyboard.press("Enter");
    await expect(fokus(sida)).resolves.toBe("Färgmarkera");

    // A summary sheet too: Ta bort asks, and its question takes focus.
    await sida.getByRole("button", { name: "Skapa sammanställning" }).click();
    await sida.getByText("Sammanställningen är klar").waitFor();
    const taBort = sida.getByRole("button", { name: "Ta bort färgmarkering" });
    const fraga = sida.getByRole("group", { name: "Ta bort färgmarkering" });
    await taBort.click();
    await fraga.waitFor();
    await expect(fraga.evaluate((e) => e.contains(document.activeElement))).resolves.toBe(true);
    await expect(allvarliga(sida)).resolves.toEqual([]);
    await sida.keyboard.press("Escape");
    await fraga.waitFor({ state: "detached" });
    await expect(fokus(sida)).resolves.toBe("Ta bort färgmarkering");

    await taBort.click();
    await fraga.getByRole("button", { name: "Avbryt" }).click();
    await expect(fokus(sida)).resolves.toBe("Ta bort färgmarkering");

    await taBort.click();
    await fraga.getByRole("button", { name: "Ta bort", exact: true }).click();
    const status = sida.getByRole("status");
    await status.getByText("Färgmarkeringen är borttagen").waitFor();
    await expect(status.textContent()).resolves.toMatch(/Borttaget för tabellen A1:G27 på bladet Mål 2020/);
    await expect(fokus(sida)).resolves.toBe("Ta bort färgmarkering");
    await sida.close();
  });

  it("the delvis band: Swedish button names, and a message by the field for what cannot be used", async () => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER);
    await sida.getByRole("button", { name: "Inställningar" }).click();
    const falt = sida.getByRole("spinbutton", { name: /Delvis uppfyllt inom/ });
    await expect(falt.inputValue()).resolves.toBe("10,0 %");
    await sida.getByRole("button", { name: "Öka andelen med 1 procentenhet" }).click();
    await expect(falt.inputValue()).resolves.toBe("11,0 %");
    await falt.fill("mycket");
    await falt.press("Enter");
    await sida.getByText(/”mycket” är inget tal/).waitFor();
    await expect(falt.inputValue()).resolves.toBe("mycket");
    await expect(falt.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(allvarliga(sida)).resolves.toEqual([]);
    await sida.close();
  });
});
