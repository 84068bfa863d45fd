/**
 * The report in a real spreadsheet program: LibreOffice Calc (Debian libreoffice-calc-nogui, installed by .ci/run)
 * opens it, keeps the status texts and the four colour rules, and renders the colours on the unit sheets, as a
 * person without Målkoll would see them (spec §10, §12). Also the inputs a real program makes: an old .xls.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import JSZip from "jszip";
import { FARGER } from "../../src/core/bedomning/farger";
import { STATUSAR } from "../../src/core/bedomning/status";
import { ordForFarg } from "../../src/core/skrivning/plan";
import { EXEMPEL, lasAndraLasare, libreoffice, malkoll, stada, tempMapp } from "./hjalp";

jest.setTimeout(240_000);

let mapp: string;
let rapport: string;
let ods: JSZip;
/** The same run as JSON: which tables there are, and the totals. */
let json: any;

beforeAll(async () => {
  mapp = tempMapp();
  rapport = path.join(mapp, "rapport.xlsx");
  const r = await malkoll("bedom", EXEMPEL, "--ut", rapport);
  expect(r.kod).toBe(0);
  json = JSON.parse((await malkoll("bedom", EXEMPEL, "--json")).ut);
  const [odsFil] = libreoffice([rapport], "ods", mapp);
  ods = await JSZip.loadAsync(readFileSync(odsFil));
});
afterAll(() => stada(mapp));

const avkoda = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("LibreOffice opens the report", () => {
  it("with every sheet, and the statuses as text in the cells", async () => {
    const innehall = await ods.file("content.xml")!.async("string");
    const blad = [...innehall.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => avkoda(m[1]));
    // The second reader sees the same sheets, in the same order.
    expect(blad).toEqual([...(await lasAndraLasare(rapport)).keys()]);
    const tabeller = json.filer.flatMap((f: any) => f.tabeller);
    expect(blad.slice(0, 3)).toEqual(["Översikt", "Ej bedömda rader", "Inläsningsproblem"]);
    expect(blad).toHaveLength(3 + tabeller.length);
    const texter = [...innehall.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((m) => avkoda(m[1]));
    for (const status of STATUSAR) expect(texter.filter((t) => t === status).length).toBeGreaterThan(3);
  });

  it("with the pane's four rules on every status column, each in its colour and with its symbol (spec §10)", async () => {
    const innehall = await ods.file("content.xml")!.async("string");
    const stilar = await ods.file("styles.xml")!.async("string");
    const format = [
      ...innehall.matchAll(
        /<calcext:conditional-format calcext:target-range-address="([^"]+)">(.*?)<\/calcext:conditional-format>/g,
      ),
    ];
    // Status on every unit sheet, Målstatus on those with nämndmål.
    const tabeller = json.filer.flatMap((f: any) => f.tabeller);
    expect(format).toHaveLength(tabeller.length + tabeller.filter((t: any) => t.mal.length > 0).length);
    expect(format.map((f) => avkoda(f[1]))).toContain(
      "'Omsorgsnämn… – Indikatorer 2020'.H4:'Omsorgsnämn… – Indikatorer 2020'.H29",
    );
    for (const [, , villkor] of format) {
      const regler = [...villkor.matchAll(/calcext:apply-style-name="([^"]+)" calcext:value="formula-is\(([^"]*)\)"/g)];
      expect(regler).toHaveLength(4);
      STATUSAR.forEach((status, i) => {
        const [, stil, kodad] = regler[i];
        const formel = avkoda(kodad);
        for (const ord of ordForFarg(status)) expect(formel).toContain(`="${ord}"`);
        const definition = new RegExp(
          `style:display-name="${stil}"[^>]*>` +
            `<style:table-cell-properties fo:background-color="${FARGER[status].fyllning.toLowerCase()}"/>` +
            `<style:text-properties fo:color="${FARGER[status].text.toLowerCase()}"/>`,
        );
        expect(stilar).toMatch(definition);
        // The symbol before the status (✔ Uppfyllt), as the pane writes it: colour is never the only signal.
        const dataStil = new RegExp(`style:display-name="${stil}"[^>]*style:data-style-name="([^"]+)"`).exec(stilar);
        expect(dataStil).not.toBeNull();
        expect(stilar).toContain(
          `<number:text-style style:name="${dataStil![1]}"><number:text>${FARGER[status].symbol} </number:text><number:text-content/>`,
        );
      });
    }
  });

  it("and the Översikt reads the same in LibreOffice's own CSV export", () => {
    const [csv] = libreoffice([rapport], "csv:Text - txt - csv (StarCalc):44,34,76,1", mapp);
    const rader = readFileSync(csv, "utf8").split("\n");
    expect(rader).toContain('"Omsorgsnämnden",2,3,1,5,11,2,4,3,12,21,1,6,5,2,14');
    const t = json.oversikt.totalt;
    const antal = (a: Record<string, number>) => [...STATUSAR.map((s) => a[s]), STATUSAR.reduce((n, s) => n + a[s], 0)];
    const total = ['"Kommunen totalt"', ...antal(t.namndmal), ...antal(t.indikatorer), ...antal(t.aktiviteter)];
    expect(rader).toContain(total.join(","));
  });
});

/** The pixels of a binary PPM (P6) image, as LibreOffice's PDF rendered by pdftoppm gives them. */
function ppm(fil: string): { bredd: number; hojd: number; data: Buffer } {
  const b = readFileSync(fil);
  const huvud = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(b.subarray(0, 50).toString("latin1"))!;
  return { bredd: Number(huvud[1]), hojd: Number(huvud[2]), data: b.subarray(huvud[0].length) };
}

function raknaFarg(bild: { data: Buffer }, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i + 2 < bild.data.length; i += 3) {
    if (bild.data[i] === r && bild.data[i + 1] === g && bild.data[i + 2] === b) n++;
  }
  return n;
}

describe("as a user sees it (PDF, rendered)", () => {
  it("the unit sheets show all four status colours, and Översikt its coloured headers", () => {
    const [pdf] = libreoffice([rapport], "pdf", mapp);
    const r = spawnSync("pdftoppm", ["-r", "40", pdf, path.join(mapp, "sida")], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const sidor = spawnSync("ls", [mapp], { encoding: "utf8" })
      .stdout.split("\n")
      .filter((f) => f.startsWith("sida"))
      .sort();
    expect(sidor.length).toBeGreaterThanOrEqual(8);
    const forsta = ppm(path.join(mapp, sidor[0]));
    for (const status of STATUSAR) expect(raknaFarg(forsta, FARGER[status].fyllning)).toBeGreaterThan(50);
    // Pages after Översikt: the colours there come only from the conditional formats on the status text.
    const ovriga = sidor.slice(1).map((s) => ppm(path.join(mapp, s)));
    for (const status of STATUSAR) {
      const pixlar = ovriga.reduce((n, bild) => n + raknaFarg(bild, FARGER[status].fyllning), 0);
      expect(pixlar).toBeGreaterThan(100);
    }
  });
});

describe("inputs LibreOffice makes", () => {
  it("an old .xls is named as one, and a password-protected file is one LibreOffice cannot open either", async () => {
    const xls = libreoffice([path.join(EXEMPEL, "Samhällsbyggnadsnämnden.xlsx")], "xls", mapp)[0];
    const XlsxPopulate = require("xlsx-populate");
    const bok = await XlsxPopulate.fromBlankAsync();
    bok.sheet(0).cell("A1").value("Indikator");
    const skyddad = path.join(mapp, "Skyddad.xlsx");
    await bok.toFileAsync(skyddad, { password: "hemligt" });
    expect(() => libreoffice([skyddad], "csv", path.join(mapp, "lo"))).toThrow(/LibreOffice gav ingen/);

    const r = await malkoll("bedom", xls, skyddad, "--json");
    expect(r.kod).toBe(1);
    const filer = JSON.parse(r.ut).filer;
    expect(filer[0].problem[0].text).toBe(
      "Filen är en äldre Excel-fil (.xls). Öppna den i Excel och spara som Excel-arbetsbok (.xlsx).",
    );
    expect(filer[1].problem[0].text).toMatch(/^Filen är lösenordsskyddad\./);
    expect(r.fel).toContain(`${skyddad}: Filen är lösenordsskyddad.`);
  });
});
