/**
 * Start-up of the shared-runtime page in Chromium: Excel loads taskpane.html for the custom functions too
 * (SharedRuntime; Microsoft docs, "Configure your Office Add-in to use a shared runtime"), so the functions must
 * register before the pane's larger bundle runs, and the core they share must be on the page once.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, INDIKATORER, oppnaPanel, startaPanelmiljo, type Panelmiljo } from "./panel";

// Appended to the fake office.js: logs each associate call and the first Office.onReady call (the pane's), with
// which scripts were in the document at that moment.
const LOGG = `;(function () {
  var logg = (window.__start = []);
  var skript = function () { return [].map.call(document.scripts, function (s) { return s.src.split("/").pop(); }); };
  var associate = CustomFunctions.associate;
  CustomFunctions.associate = function (id, fn) { logg.push({ vad: "associate " + id, skript: skript() }); return associate(id, fn); };
  var onReady = Office.onReady;
  Office.onReady = function (cb) { logg.push({ vad: "onReady", skript: skript() }); return onReady.call(Office, cb); };
})();`;

let miljo: Panelmiljo;
beforeAll(async () => {
  miljo = await startaPanelmiljo();
}, 60000);
afterAll(() => miljo?.stang());
jest.setTimeout(60000);

describe("the shared-runtime page", () => {
  it("registers every custom function before the pane bundle runs", async () => {
    const { sida } = await oppnaPanel(miljo, INDIKATORER, { efterOffice: LOGG });
    const logg: { vad: string; skript: string[] }[] = await sida.evaluate(() => (window as any).__start);

    const funktioner = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;
    const registrerade = logg.filter((l) => l.vad.startsWith("associate "));
    expect(registrerade.map((l) => l.vad).sort()).toEqual(funktioner.map((f: any) => `associate ${f.id}`).sort());
    // While the functions registered, the pane's script had not even been parsed (scripts load blocking, in order).
    for (const l of registrerade) expect(l.skript).not.toContain("taskpane.js");
    // The pane came after every function.
    const pane = logg.findIndex((l) => l.vad === "onReady");
    expect(pane).toBeGreaterThan(logg.lastIndexOf(registrerade[registrerade.length - 1]));
    expect(logg[pane].skript).toEqual(["office.js", "functions.js", "taskpane.js"]);
    await sida.close();
  });
});
