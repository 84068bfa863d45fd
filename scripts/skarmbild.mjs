// npm run skarmbild: docs/skarmbild.png, the README's picture of the sheet after Färgmarkera beside the pane.
// No Excel runs here, so the picture is honest about its host: the built pane (dist/) runs in headless Chromium
// over the recording fake workbook (test/fake), on the indicator table of a real 2020 report; the sheet on the left
// is the fake's cells, their calculated values and Målkoll's conditional formats, drawn as an HTML grid.
import { createServer } from "node:http";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { fejkSkript, funktioner } from "./fejk.mjs";

const DIST = resolve("dist");
const UT = "docs/skarmbild.png";
const FAKE = fejkSkript();
const TYPER = { ".html": "text/html; charset=utf-8", ".js": "application/javascript", ".png": "image/png" };

/** The example table as Excel holds it, without the column of expected answers. */
function exempel() {
  const [rubrik, ...rader] = readFileSync("test/fixtures/examples/indikatorer-2020.csv", "utf8").trim().split(/\r?\n/);
  const kolumner = rubrik.split(";");
  const behall = kolumner.map((k, i) => (k === "forvantad_status" ? -1 : i)).filter((i) => i >= 0);
  return [rubrik, ...rader].map((r) => behall.map((i) => r.split(";")[i] ?? ""));
}

if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ saknas: kör npm run build först");
const server = createServer((req, res) => {
  const fil = join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
  if (!fil.startsWith(DIST) || !existsSync(fil) || statSync(fil).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": TYPER[extname(fil)] ?? "application/octet-stream" });
  createReadStream(fil).pipe(res);
});
await new Promise((klar) => server.listen(0, "127.0.0.1", klar));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox"],
});

try {
  // The pane at 320 px, after Läs in and Färgmarkera.
  const panel = await browser.newPage({ viewport: { width: 320, height: 720 }, deviceScaleFactor: 2 });
  await panel.route("https://appsforoffice.microsoft.com/**", (r) =>
    r.fulfill({ body: FAKE, contentType: "application/javascript" }),
  );
  await panel.addInitScript((wb) => (window.__malkollArbetsbok = wb), {
    blad: { "Mål 2020": exempel() },
    markerat: { blad: "Mål 2020", adress: "B3" },
    funktioner: funktioner(),
  });
  await panel.goto(`http://127.0.0.1:${server.address().port}/taskpane.html`);
  await panel.getByRole("button", { name: "Läs in" }).click();
  await panel.getByRole("button", { name: "Färgmarkera", exact: true }).click();
  await panel.getByText("Målen är färgmarkerade").waitFor();
  // Let Fluent's colour transitions (disabled → enabled buttons) finish.
  await panel.waitForTimeout(500);
  const bild = (await panel.screenshot()).toString("base64");

  // The sheet: every cell's calculated value, and the fill and font of the first conditional format that matches.
  const ark = await panel.evaluate(() => {
    const m = window.__malkoll;
    const namn = "Mål 2020";
    const bokstav = (c) => String.fromCharCode(65 + c);
    const a1 = (r, c) => bokstav(c) + (r + 1);
    // The used area: the last row and column that hold anything (the fake's cells are keyed row-major).
    const b = m.wb.blad[0];
    let rader = 0;
    let kolumner = 0;
    for (let r = 0; r < 200; r++)
      for (let c = 0; c < 26; c++)
        if (b.celler.has(r * 16384 + c)) {
          rader = Math.max(rader, r + 1);
          kolumner = Math.max(kolumner, c + 1);
        }
    const varde = (r, c) => m.cell(namn, a1(r, c)).varde ?? "";
    const celler = Array.from({ length: rader }, (_, r) => Array.from({ length: kolumner }, (_, c) => varde(r, c)));
    // Målkoll's rules are =OR(<cell>="text",…) relative to the range's top-left cell (core/skrivning/plan.ts).
    const cellAv = (t) => {
      const x = /^\$?([A-Z])\$?(\d+)$/.exec(t);
      return { r: Number(x[2]) - 1, c: x[1].charCodeAt(0) - 65 };
    };
    const format = m.villkor(namn).flatMap((v) =>
      v.omraden.map((omrade) => {
        const [start, slut = start] = omrade.split(":");
        const ref = /\((\$?[A-Z]\$?\d+)=/.exec(v.formel ?? "");
        return {
          fran: cellAv(start),
          till: cellAv(slut),
          ref: ref ? cellAv(ref[1]) : undefined,
          fastKolumn: /\(\$[A-Z]/.test(v.formel ?? ""),
          texter: [...(v.formel ?? "").matchAll(/="([^"]*)"/g)].map((x) => x[1]),
          fyllning: v.fyllning,
          text: v.text,
          symbol: /"(\S+) "@/.exec(v.talformat ?? "")?.[1],
        };
      }),
    );
    const stil = celler.map((rad, r) =>
      rad.map((_, c) => {
        for (const f of format) {
          if (!f.ref || r < f.fran.r || r > f.till.r || c < f.fran.c || c > f.till.c) continue;
          const kalla = celler[f.ref.r + r - f.fran.r]?.[f.fastKolumn ? f.ref.c : f.ref.c + c - f.fran.c];
          if (f.texter.includes(String(kalla))) return { fyllning: f.fyllning, text: f.text, symbol: f.symbol };
        }
        return undefined;
      }),
    );
    return { celler, stil };
  });

  const esc = (s) =>
    String(s).replace(/[&<>"]/g, (t) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[t]);
  const bredd = [84, 150, 170, 66, 66, 66, 112, 112, 112];
  const rutnat = `<table style="width:${24 + ark.celler[0].reduce((s, _, c) => s + (bredd[c] ?? 90), 0)}px"><tr><th style="width:24px"></th>${ark.celler[0].map((_, c) => `<th style="width:${bredd[c] ?? 90}px">${String.fromCharCode(65 + c)}</th>`).join("")}</tr>${ark.celler
    .map(
      (rad, r) =>
        `<tr><th>${r + 1}</th>${rad
          .map((v, c) => {
            const s = ark.stil[r][c];
            const css = s ? `background:${s.fyllning};color:${s.text};` : "";
            const text = s?.symbol && v !== "" ? `${s.symbol} ${v}` : v;
            return `<td style="${css}" class="${typeof v === "number" ? "tal" : ""}">${esc(text)}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("")}</table>`;
  const sida = await browser.newPage({ viewport: { width: 1400, height: 760 }, deviceScaleFactor: 1 });
  await sida.setContent(`<!doctype html><html lang="sv"><meta charset="utf-8"><style>
    body { margin: 0; font: 12px "Segoe UI", system-ui, sans-serif; background: #f3f3f3; display: flex; flex-direction: column; height: 100vh; }
    .yta { display: flex; gap: 0; flex: 1; min-height: 0; }
    .ark { flex: 1; overflow: hidden; background: #fff; border-right: 1px solid #c8c8c8; }
    .namn { padding: 4px 8px; background: #e8e8e8; border-bottom: 1px solid #c8c8c8; font-weight: 600; }
    table { border-collapse: collapse; table-layout: fixed; }
    th { background: #efefef; color: #444; font-weight: normal; border: 1px solid #d4d4d4; padding: 1px 4px; min-width: 22px; }
    td { border: 1px solid #e1e1e1; padding: 1px 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; height: 17px; }
    td.tal { text-align: right; }
    .panel { width: 320px; background: #fff; }
    .panel img { width: 320px; display: block; }
    .not { padding: 6px 10px; color: #333; background: #fff8d6; border-top: 1px solid #e0d6a0; }
  </style><div class="yta"><div class="ark"><div class="namn">Mål 2020</div>${rutnat}</div>
  <div class="panel"><img alt="Åtgärdsfönstret" src="data:image/png;base64,${bild}"></div></div>
  <div class="not">Testvärd, inte Excel: det byggda åtgärdsfönstret i Chromium över Målkolls fejkade arbetsbok. Arket till vänster är
  fejkens celler med värdena från Målkolls egna funktioner och de villkorsstyrda formaten, ritade som HTML.</div></html>`);
  await sida.screenshot({ path: UT });
  console.log(`${UT} skriven`);
} finally {
  await browser.close();
  server.close();
}
