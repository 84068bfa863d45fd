// The task pane in headless Chromium on 5 000 rows, the production build (dist/) over the counting fake: how long
// Läs in takes, how long from the table arriving in the pane to the summary on screen, and how many DOM elements
// the pane then holds. Medians of several page loads.
import { createServer } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { rad } from "./matt.mjs";
import { fejkSkript, funktioner } from "../fejk.mjs";

const require = createRequire(import.meta.url);
const { maltabell } = require("../../test/e2e/maltabell.cjs");
const DIST = resolve("dist");
const FAKE = fejkSkript();
const TYPER = { ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".json": "application/json" };
const VARV = 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Serves dist/ on a free port of 127.0.0.1. */
async function server() {
  const s = createServer((req, res) => {
    const fil = join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!fil.startsWith(DIST) || !existsSync(fil) || statSync(fil).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": TYPER[extname(fil)] ?? "application/octet-stream" });
    createReadStream(fil).pipe(res);
  });
  await new Promise((klar) => s.listen(0, "127.0.0.1", klar));
  return s;
}

/** One page load and Läs in; the times in ms and the counts after it. */
async function enKorning(browser, url, arbetsbok) {
  const sida = await browser.newPage({ viewport: { width: 320, height: 800 } });
  await sida.route("https://appsforoffice.microsoft.com/**", (r) =>
    r.fulfill({ body: FAKE, contentType: "application/javascript" }),
  );
  await sida.addInitScript((wb) => (window.__malkollArbetsbok = wb), arbetsbok);
  await sida.goto(`${url}/taskpane.html`);
  await sida.getByRole("button", { name: "Läs in" }).waitFor();
  const matt = await sida.evaluate(async () => {
    window.__malkoll.raknare.syncs = 0;
    const knapp = [...document.querySelectorAll("button")].find((b) => b.textContent === "Läs in");
    const t0 = performance.now();
    knapp.click();
    // The summary is painted (the pane's own mark, set in the frame after the summary is committed).
    while (performance.getEntriesByName("malkoll:sammanfattning-visad").length === 0)
      await new Promise((klar) => setTimeout(klar, 5));
    const [tabell] = performance.getEntriesByName("malkoll:tabell-inlast");
    const [visad] = performance.getEntriesByName("malkoll:sammanfattning-visad");
    // The rows follow the summary in a render of their own: count the elements once they are there.
    while (!document.querySelector("[role=group][aria-label^='Bedömda rader']"))
      await new Promise((klar) => setTimeout(klar, 5));
    const rader = performance.now();
    return {
      lasIn: visad.startTime - t0,
      tabellTillSammanfattning: visad.startTime - tabell.startTime,
      tabellTillRader: rader - tabell.startTime,
      element: document.getElementsByTagName("*").length,
      syncs: window.__malkoll.raknare.syncs,
    };
  });
  await sida.close();
  return matt;
}

export async function kor() {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ saknas: bygg först");
  const webblasare = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(webblasare)) {
    console.log(`Åtgärdsfönstret: Chromium saknas (${webblasare}), mätningen hoppas över`);
    return;
  }
  const s = await server();
  const browser = await chromium.launch({ executablePath: webblasare, args: ["--headless", "--no-sandbox"] });
  try {
    const url = `http://127.0.0.1:${s.address().port}`;
    const arbetsbok = {
      blad: { Blad1: maltabell(5000) },
      markerat: { blad: "Blad1", adress: "A1" },
      funktioner: funktioner(),
    };
    await enKorning(browser, url, arbetsbok); // warm-up: the browser's caches
    const korningar = [];
    for (let i = 0; i < VARV; i++) korningar.push(await enKorning(browser, url, arbetsbok));
    const m = (k) => median(korningar.map((x) => x[k]));
    rad("Åtgärdsfönstret, Läs in 5 000 rader (fejk): tid", m("lasIn"), "ms", "–", true);
    rad(
      "Åtgärdsfönstret, tabell inläst → sammanfattning visad",
      m("tabellTillSammanfattning"),
      "ms",
      "< 300 ms",
      m("tabellTillSammanfattning") < 300,
    );
    rad("Åtgärdsfönstret, tabell inläst → raderna visade", m("tabellTillRader"), "ms", "–", true);
    rad("Åtgärdsfönstret, DOM-element efter Läs in 5 000 rader", m("element"), "st", "< 3 000", m("element") < 3000);
    rad("Åtgärdsfönstret, Läs in 5 000 rader: context.sync()", m("syncs"), "st", "≤ 2", m("syncs") <= 2);
  } finally {
    await browser.close();
    s.close();
  }
}
