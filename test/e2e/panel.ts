/**
 * Opens the built task pane in headless Chromium over a fake workbook, for the layout, accessibility, scale and
 * start-up tests. The CDN's office.js is answered with the recording fake (test/fake); a theme, when asked for,
 * is set as Office.context.officeTheme right after the fake has installed Office, as Excel provides it
 * (Office.OfficeTheme, office-js-docs-reference). One place to switch when the fake's harness changes.
 */
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { lasCsv, lasRubriker } from "../helpers/csv";
import { startaGrund } from "./harness";
import type { Bladspec } from "../fake";

const ROT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROT, "dist");
const CDN = "https://appsforoffice.microsoft.com/";
const SATT_TEMA = `;(function () { if (window.__malkollTema && window.Office) window.Office.context.officeTheme = window.__malkollTema; })();`;

export interface Arbetsbok {
  /** Each sheet as rows of values, or with number formats, merged areas and Excel tables (test/fake, Bladspec). */
  blad: Record<string, unknown[][] | Bladspec>;
  markerat: { blad: string; adress: string };
  krav?: Record<string, string>;
}

/** Office's dark theme ("Svart"/"Mörkgrå"), as Office.context.officeTheme reports it. */
export const MORKT_TEMA = {
  isDarkTheme: true,
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#FFFFFF",
};

export interface Visning {
  bredd?: number;
  hojd?: number;
  /** Office.context.officeTheme for the page; none (as in older hosts) when left out. */
  tema?: Partial<Office.OfficeTheme>;
  /** Emulates Windows high-contrast mode (CSS forced-colors: active). */
  tvingadeFarger?: boolean;
  /** Script run right after the fake office.js, before the add-in's own scripts (to observe start-up). */
  efterOffice?: string;
}

export interface Panelmiljo {
  browser: Browser;
  /** The compiled fake office.js, and functions.json as the build wrote it (the fake calls the functions by it). */
  fejk: string;
  funktioner: unknown[];
  url: string;
  stang: () => Promise<void>;
  /** Contexts being closed with their pages; stang waits for them before closing the browser. */
  stangs: Set<Promise<void>>;
}

/** Chromium and a server for dist/; fails with a Swedish instruction when either is missing. */
export async function startaPanelmiljo(): Promise<Panelmiljo> {
  const { fejk, funktioner, server, browser } = await startaGrund();
  const stangs = new Set<Promise<void>>();
  return {
    browser,
    fejk,
    funktioner,
    url: server.url,
    stangs,
    stang: async () => {
      await Promise.allSettled([...stangs]);
      await browser.close();
      await server.stang();
    },
  };
}

/** Opens taskpane.html at 320 × 800 (the narrowest pane Office shows) unless told otherwise. */
export async function oppnaPanel(miljo: Panelmiljo, arbetsbok: Arbetsbok, visning: Visning = {}) {
  // A context of its own per page: axe-core's Playwright runner needs one, and it is closed with the page.
  const kontext = await miljo.browser.newContext({
    viewport: { width: visning.bredd ?? 320, height: visning.hojd ?? 800 },
    forcedColors: visning.tvingadeFarger ? "active" : "none",
  });
  const sida = await kontext.newPage();
  sida.on("close", () => {
    const stangd = kontext.close().catch(() => undefined);
    miljo.stangs.add(stangd);
  });
  const fel: string[] = [];
  sida.on("pageerror", (e) => fel.push(e.message));
  await sida.route(`${CDN}**`, (route) =>
    route.fulfill({
      body: miljo.fejk + SATT_TEMA + (visning.efterOffice ?? ""),
      contentType: "application/javascript",
    }),
  );
  await sida.addInitScript(
    ([wb, tema]) => {
      (window as any).__malkollArbetsbok = wb;
      (window as any).__malkollTema = tema;
    },
    [{ ...arbetsbok, funktioner: miljo.funktioner }, visning.tema ?? null] as const,
  );
  await sida.goto(`${miljo.url}/taskpane.html`);
  await sida.getByRole("button", { name: "Läs in" }).waitFor();
  return { sida, fel };
}

/** A table from the shared examples, without the columns that hold the expected answers. */
export function exempeltabell(fil: string, utan: string[]): unknown[][] {
  const rubriker = lasRubriker(fil).filter((r) => !utan.includes(r));
  return [rubriker, ...lasCsv(fil).map((r) => rubriker.map((k) => r[k]))];
}

/** The indicator table of the 2020 report, selected at a cell inside it. */
export const INDIKATORER: Arbetsbok = {
  blad: { "Mål 2020": exempeltabell("indikatorer-2020.csv", ["forvantad_status"]) },
  markerat: { blad: "Mål 2020", adress: "B3" },
};

/** The user selects another range in Excel (the fake's selection; `blad` need not exist, as after a rename). */
export const markera = (sida: Page, blad: string, adress: string) =>
  sida.evaluate(([b, a]) => (window as any).__malkoll.anvandare.markera(b, a), [blad, adress]);

/** Reads the table in and waits for the judged preview. */
export async function lasIn(sida: Page): Promise<void> {
  await sida.getByRole("button", { name: "Läs in" }).click();
  await sida.getByText(/^Tabell: /).waitFor();
  await sida.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
}

/** Waits for the judged rows (a large table's rows are rendered just after its summary). */
export const forhandsvisning = (sida: Page) => sida.getByRole("group", { name: /^Bedömda rader/ }).waitFor();

/** Colours the table and waits for the result message. */
export async function farglagg(sida: Page): Promise<void> {
  await sida.getByRole("button", { name: "Färgmarkera", exact: true }).click();
  await sida.getByText("Målen är färgmarkerade").waitFor();
}

/** How far the page reaches past its viewport to the right, in CSS px (0 when nothing overflows). */
export const overflode = (sida: Page) =>
  sida.evaluate(() => {
    const rot = document.documentElement;
    return Math.max(rot.scrollWidth - rot.clientWidth, document.body.scrollWidth - rot.clientWidth, 0);
  });

/** The interactive elements whose box ends right of the viewport (cut off at 320 px), by their text. */
export const utanforKanten = (sida: Page) =>
  sida.evaluate(() =>
    [...document.querySelectorAll("button, select, input, a, [role=button], [tabindex]")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > document.documentElement.clientWidth + 0.5;
      })
      .map((e) => (e.getAttribute("aria-label") ?? e.textContent ?? e.tagName).trim()),
  );
