/**
 * The browser tests' harness: the built task pane (dist/) served on 127.0.0.1, Debian's Chromium headless, and the
 * CDN's office.js routed to the fake Excel compiled from TypeScript with test/fake/webpack.config.js (the same
 * build the bench requires from .cache/fake/office.js). The fake gets the workbook, the selection, the requirement sets, the document settings and
 * functions.json (as the build wrote it) before the page loads, and exposes `window.__malkoll` to act as the user
 * and to inspect the workbook.
 */
import * as fs from "fs";
import * as path from "path";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";
import { startaServer } from "./server";
import type { Bladspec } from "../fake";
import { kravAktuellDist } from "./aktuell";

export const ROT = path.resolve(__dirname, "../..");
const DIST = path.join(ROT, "dist");
export const CDN = "https://appsforoffice.microsoft.com/";

/**
 * Compiles the fake for the page and returns its text. Each jest worker builds into its own folder, since the
 * browser test files run in parallel. Rejects with webpack's errors.
 */
export function byggFejk(): Promise<string> {
  const config = require("../fake/webpack.config.js");
  const mapp = path.join(ROT, ".cache", `fake-${process.pid}`);
  return new Promise((resolve, reject) =>
    webpack({ ...config, output: { ...config.output, path: mapp } }, (fel, stats) => {
      if (fel || !stats || stats.hasErrors()) reject(fel ?? new Error(stats?.toString("errors-only")));
      else {
        const text = fs.readFileSync(path.join(mapp, "office.js"), "utf8");
        fs.rmSync(mapp, { recursive: true, force: true });
        resolve(text);
      }
    }),
  );
}

export interface Arbetsbok {
  /** Each sheet as rows of values, or with number formats, merged areas and Excel tables (test/fake, Bladspec). */
  blad: Record<string, unknown[][] | Bladspec>;
  markerat: { blad: string; adress: string };
  krav?: Record<string, string>;
  installningar?: Record<string, unknown>;
}

export interface Miljo {
  url: string;
  browser: Browser;
  fejk: string;
  funktioner: unknown[];
  stang: () => Promise<void>;
}

/**
 * One environment for a whole test file: started before its first test, closed after its last; `satt` receives it.
 * End-to-end tests get 90 s each (a cold Chromium on a busy 2-core machine).
 */
export function miljoForFilen(satt: (m: Miljo) => void): void {
  let miljo: Miljo | undefined;
  beforeAll(async () => {
    miljo = await starta();
    satt(miljo);
  }, 120000);
  afterAll(async () => {
    await miljo?.stang();
  });
  jest.setTimeout(90000);
}

/**
 * What every end-to-end environment starts from: a current dist/ (refused in Swedish when missing or older than its
 * sources), the fake built, dist/functions.json read, a server for dist/ and headless Debian Chromium.
 */
export async function startaGrund() {
  kravAktuellDist();
  const webblasare = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(webblasare)) throw new Error(`Chromium saknas (${webblasare}): apt-get install chromium`);
  const fejk = await byggFejk();
  const funktioner = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;
  const server = await startaServer(DIST);
  const browser = await chromium.launch({
    executablePath: webblasare,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  return { fejk, funktioner, server, browser };
}

/** Builds the fake, serves dist/, starts Chromium. */
export async function starta(): Promise<Miljo> {
  const { fejk, funktioner, server, browser } = await startaGrund();
  return {
    url: server.url,
    browser,
    fejk,
    funktioner,
    stang: async () => {
      await browser.close();
      await server.stang();
    },
  };
}

/** Opens the pane over a fake workbook (none: outside Office); every request is recorded. */
export async function oppna(miljo: Miljo, arbetsbok: Arbetsbok | undefined, bredd = 320) {
  const sida = await miljo.browser.newPage({ viewport: { width: bredd, height: 900 } });
  const anrop: string[] = [];
  sida.on("request", (r) => anrop.push(r.url()));
  const fel: string[] = [];
  sida.on("pageerror", (e) => fel.push(e.message));
  await sida.route(`${CDN}**`, (route) =>
    arbetsbok ? route.fulfill({ body: miljo.fejk, contentType: "application/javascript" }) : route.abort(),
  );
  if (arbetsbok)
    await sida.addInitScript((wb) => ((window as any).__malkollArbetsbok = wb), {
      ...arbetsbok,
      funktioner: miljo.funktioner,
    });
  await sida.goto(`${miljo.url}/taskpane.html`);
  return { sida, anrop, fel };
}

/** One cell: what was entered and the value Excel shows. */
export const cell = (sida: Page, blad: string, adress: string) =>
  sida.evaluate(([b, a]) => (window as any).__malkoll.cell(b, a), [blad, adress]) as Promise<{
    formel: unknown;
    varde: unknown;
  }>;

export const ogonblick = (sida: Page) => sida.evaluate(() => (window as any).__malkoll.ogonblick()) as Promise<string>;

/** Acts as the user in Excel: `anvandare("infogaKolumner", "Blad1", "C")`. */
export const anvandare = (sida: Page, vad: string, ...argument: unknown[]) =>
  sida.evaluate(([v, a]) => (window as any).__malkoll.anvandare[v as string](...(a as unknown[])), [vad, argument]);
