/**
 * `malkoll bedom` end to end on real files: the examples, every kind of bad input with its Swedish message, the exit
 * codes, the JSON, and the report read back with a second reader (xlsx-populate), never with the writer's model.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { kor } from "../../src/cli/malkoll";
import { lasCsv } from "../helpers/csv";
import { EJ_BEDOMDA, OVERSIKT, PROBLEM } from "../../src/cli/rapport";
import { EXEMPEL, fingeravtryck, lasAndraLasare, malkoll, oppnaAndraLasare, stada, tempMapp } from "./hjalp";

const XlsxPopulate = require("xlsx-populate");

let mapp: string;
beforeEach(() => (mapp = tempMapp()));
afterEach(() => stada(mapp));

/** The examples copied into a folder of their own. */
function exempelI(mal: string): string {
  mkdirSync(mal, { recursive: true });
  for (const f of ["Omsorgsnämnden.xlsx", "Kultur- och fritidsnämnden.xlsx", "Samhällsbyggnadsnämnden.xlsx"]) {
    copyFileSync(path.join(EXEMPEL, f), path.join(mal, f));
  }
  return mal;
}

/** A workbook with one sheet of rows, written by ExcelJS (as any program might). */
async function arbetsbok(fil: string, blad: Record<string, unknown[][]>): Promise<string> {
  const bok = new ExcelJS.Workbook();
  for (const [namn, rader] of Object.entries(blad)) bok.addWorksheet(namn).addRows(rader);
  await bok.xlsx.writeFile(fil);
  return fil;
}

/** The Status column of a unit sheet, by the indicator name column, as the second reader sees it. */
function statusar(rader: unknown[][], namnKolumn: string): { namn: unknown; status: unknown }[] {
  const rubrik = rader.findIndex((r) => r.includes("Status (Målkoll)"));
  const s = rader[rubrik].indexOf("Status (Målkoll)");
  const n = rader[rubrik].indexOf(namnKolumn);
  return rader.slice(rubrik + 1).map((r) => ({ namn: r[n], status: r[s] }));
}

describe("malkoll bedom on the examples", () => {
  it("judges every row of the report in ../shared/examples as the spec says, and writes it to a new workbook", async () => {
    const in_ = exempelI(path.join(mapp, "in"));
    const fore = fingeravtryck(in_);
    const ut = path.join(mapp, "rapport.xlsx");
    const r = await malkoll("bedom", in_, "--ut", ut);
    expect(r.kod).toBe(0);
    expect(fingeravtryck(in_)).toEqual(fore);
    expect(r.ut.trim().split("\n")).toHaveLength(3);
    expect(r.ut).toContain(
      "Omsorgsnämnden.xlsx: 3 tabeller, 11 nämndmål (2 uppfyllt, 3 delvis uppfyllt, 1 ej uppfyllt, 5 kan ej bedömas)",
    );
    expect(r.fel).toContain(
      `Omsorgsnämnden.xlsx, blad "Driftredovisning": Tabellen A1:F10 kan inte bedömas: Ingen kolumn för Målvärde`,
    );
    expect(r.fel).toContain(`Rapporten sparades i ${ut}: 3 enheter.`);

    const blad = await lasAndraLasare(ut);
    expect([...blad.keys()]).toEqual([
      OVERSIKT,
      EJ_BEDOMDA,
      PROBLEM,
      // A unit with several tables: the unit shortened, the sheet kept (Excel's limit of 31 characters).
      "Kultur- och fritids… – Styrkort",
      "Kultur- och fritids… – KFN 2023",
      "Omsorgsnämn… – Indikatorer 2020",
      "Omsorgsnämnden – Personal",
      "Omsorgsnämnden – Aktiviteter",
      "Samhällsbyggnadsnämnden",
    ]);
    const indikatorer = statusar(blad.get("Omsorgsnämn… – Indikatorer 2020")!, "Indikator");
    const forvantat = lasCsv("indikatorer-2020.csv");
    expect(indikatorer).toEqual(forvantat.map((r) => ({ namn: r.indikator, status: r.forvantad_status })));
    const personal = statusar(blad.get("Omsorgsnämnden – Personal")!, "Nyckeltal");
    expect(personal).toEqual(
      lasCsv("personal-2020.csv").map((r) => ({ namn: r.nyckeltal, status: r.forvantad_status })),
    );
    const aktiviteter = statusar(blad.get("Omsorgsnämnden – Aktiviteter")!, "Aktivitet");
    expect(aktiviteter).toEqual(lasCsv("aktiviteter-2020.csv").map((r) => ({ namn: r.aktivitet, status: r.farg })));

    // Målstatus on each goal's first row: the sammanvägd bedömning of maluppfyllelse-2020.csv.
    const mal = blad.get("Omsorgsnämn… – Indikatorer 2020")!;
    const rubrik = mal.findIndex((r) => r.includes("Målstatus (Målkoll)"));
    const m = mal[rubrik].indexOf("Målstatus (Målkoll)");
    const nm = mal[rubrik].indexOf("Nämndmål");
    const malstatus = mal
      .slice(rubrik + 1)
      .filter((r) => r[m] !== undefined)
      .map((r) => [r[nm], r[m]]);
    expect(malstatus).toEqual(lasCsv("maluppfyllelse-2020.csv").map((r) => [r.namndmal, r.forvantad_status]));
  });

  it("rolls the units up in Översikt: per unit, the kommun total and per målområde", async () => {
    const ut = path.join(mapp, "rapport.xlsx");
    expect((await malkoll("bedom", exempelI(path.join(mapp, "in")), "--ut", ut)).kod).toBe(0);
    const rader = (await lasAndraLasare(ut)).get(OVERSIKT)!;
    const rad = (namn: string, fran = 0) => rader.slice(fran).find((r) => r[0] === namn)!;
    expect(rader[5].slice(0, 6)).toEqual([
      "Enhet",
      "Uppfyllt",
      "Delvis uppfyllt",
      "Ej uppfyllt",
      "Kan ej bedömas",
      "Totalt",
    ]);
    expect(rader[4][1]).toBe("Nämndmål");
    expect(rader[4][6]).toBe("Indikatorer");
    expect(rader[4][11]).toBe("Aktiviteter");
    // Nämndmål U/D/E/K/total, indikatorer (no breakdown rows), aktiviteter
    expect(rad("Omsorgsnämnden")).toEqual(["Omsorgsnämnden", 2, 3, 1, 5, 11, 2, 4, 3, 12, 21, 1, 6, 5, 2, 14]);
    expect(rad("Kultur- och fritidsnämnden").slice(1, 11)).toEqual([2, 4, 0, 0, 6, 6, 4, 3, 1, 14]);
    expect(rad("Samhällsbyggnadsnämnden").slice(1, 11)).toEqual([1, 2, 2, 0, 5, 2, 3, 2, 0, 7]);
    expect(rad("Kommunen totalt")).toEqual(["Kommunen totalt", 5, 9, 3, 5, 22, 10, 11, 8, 13, 42, 1, 6, 5, 2, 14]);
    const malomraden = rader.findIndex((r) => r[0] === "Per målområde");
    expect(malomraden).toBeGreaterThan(0);
    expect(rad("Medarbetare", malomraden)).toEqual(["Medarbetare", 2, 2, 0, 0, 4, 3, 2, 1, 6, 12, 0, 0, 0, 0, 0]);
    expect(rad("(inget målområde)", malomraden).slice(1, 6)).toEqual([1, 4, 2, 0, 7]);
    // Named målområden first, in the order met; the rows without one last.
    const ordning = rader.slice(malomraden + 3).map((r) => r[0]);
    expect(ordning.slice(0, ordning.indexOf("Totalt"))).toEqual([
      "Medborgare",
      "Ekonomi",
      "Medarbetare",
      "Verksamhet",
      "(inget målområde)",
    ]);
    expect(rad("Totalt", malomraden)).toEqual(rad("Kommunen totalt").map((v, i) => (i === 0 ? "Totalt" : v)));

    // Each unit links to its sheet.
    const bok = await oppnaAndraLasare(ut);
    const cell = bok.sheet(OVERSIKT).find("Omsorgsnämnden")[0];
    expect(cell.hyperlink()).toBe("#'Omsorgsnämn… – Indikatorer 2020'!A1");
  });

  it("lists every row that could not be judged with its reason and cell", async () => {
    const ut = path.join(mapp, "rapport.xlsx");
    await malkoll("bedom", exempelI(path.join(mapp, "in")), "--ut", ut);
    const rader = (await lasAndraLasare(ut)).get(EJ_BEDOMDA)!;
    expect(rader[0]).toEqual(["Enhet", "Fil", "Blad", "Cell", "Indikator eller aktivitet", "Nämndmål", "Motivering"]);
    const omsorg = rader.filter((r) => r[0] === "Omsorgsnämnden");
    // 11 rows of the indicator table, 1 of Personal and 2 activities are Kan ej bedömas.
    expect(omsorg).toHaveLength(14);
    expect(omsorg[0].slice(2)).toEqual([
      "Indikatorer 2020",
      "C2",
      "Nöjda kunder/brukare (andel %)",
      "Trygga välfärdstjänster med god kvalitet",
      "Uppgift saknas (I.U)",
    ]);
    expect(omsorg.find((r) => r[4] === "Mertid övertid")?.[6]).toMatch(/flera mål/);
    expect(rader.filter((r) => r[0] === "Kultur- och fritidsnämnden").map((r) => r[3])).toEqual(["C6"]);
  });
});

describe("bad input never stops the batch", () => {
  it("names each bad file and sheet in Swedish, judges the others, exits 1", async () => {
    const in_ = exempelI(path.join(mapp, "in"));
    const hel = readFileSync(path.join(in_, "Omsorgsnämnden.xlsx"));
    writeFileSync(path.join(in_, "Trasig.xlsx"), hel.subarray(0, 3000));
    writeFileSync(path.join(in_, "Omdöpt.xlsx"), "Indikator;Utfall;Målvärde\nSjukfrånvaro;6,1;7 %\n");
    writeFileSync(path.join(in_, "Gammal.xls"), hel.subarray(0, 10));
    writeFileSync(path.join(in_, "Budget.ods"), "PK");
    writeFileSync(path.join(in_, "Läsmig.txt"), "ignoreras");
    writeFileSync(path.join(in_, "~$Omsorgsnämnden.xlsx"), "ägarfil från Excel");
    const skyddad = await XlsxPopulate.fromBlankAsync();
    skyddad.sheet(0).cell("A1").value("Indikator");
    await skyddad.toFileAsync(path.join(in_, "Skyddad.xlsx"), { password: "hemligt" });
    await arbetsbok(path.join(in_, "Utan målvärde.xlsx"), {
      Mål: [
        ["Indikator", "Utfall 2024", "Kommentar"],
        ["Sjukfrånvaro", 0.061, "Bättre än i fjol"],
      ],
    });
    await arbetsbok(path.join(in_, "Anteckningar.xlsx"), { Blad1: [["Möte 12 mars"], ["Inga siffror här"]] });
    const csv = path.join(mapp, "export.csv");
    writeFileSync(csv, "Indikator;Utfall\n");
    const fore = fingeravtryck(in_);

    const ut = path.join(mapp, "rapport.xlsx");
    const r = await malkoll("bedom", in_, csv, path.join(mapp, "saknas.xlsx"), "--ut", ut);
    expect(r.kod).toBe(1);
    expect(fingeravtryck(in_)).toEqual(fore);
    const rad = (namn: string) => r.ut.split("\n").find((l) => l.startsWith(namn)) ?? "";
    const i = (namn: string) => path.join(in_, namn);
    expect(rad(i("Trasig.xlsx"))).toBe(
      `${i("Trasig.xlsx")}: kunde inte bedömas. Filen är skadad och kan inte läsas som en Excel-arbetsbok (.xlsx).`,
    );
    expect(rad(i("Omdöpt.xlsx"))).toContain("Filen är ingen Excel-arbetsbok (.xlsx)");
    expect(rad(i("Skyddad.xlsx"))).toContain("Filen är lösenordsskyddad. Spara en kopia utan lösenord");
    expect(rad(i("Gammal.xls"))).toContain("Filen är en äldre Excel-fil (.xls). Målkoll läser .xlsx");
    expect(rad(i("Budget.ods"))).toContain("Filen är ett OpenDocument-kalkylark (.ods)");
    expect(rad(csv)).toContain("Filen är ingen Excel-arbetsbok (.xlsx)");
    expect(rad(path.join(mapp, "saknas.xlsx"))).toContain("Filen eller mappen finns inte.");
    expect(rad(i("Utan målvärde.xlsx"))).toContain("kunde inte bedömas");
    const varningar = r.fel.split("\n").filter((l) => !l.startsWith("["));
    expect(varningar.join("\n")).not.toContain("Utan målvärde"); // its reason is on its stdout line
    expect(rad(i("Utan målvärde.xlsx"))).toContain(
      "Tabellen A1:C2 kan inte bedömas: Ingen kolumn för Målvärde: ingen rubrik som Målvärde, Målnivå eller Mål med " +
        "målvärden. Ge kolumnen en rubrik som Målkoll känner igen och kör igen.",
    );
    expect(rad(i("Anteckningar.xlsx"))).toContain("Ingen måltabell hittades");
    expect(r.ut).not.toContain("Läsmig.txt");
    expect(r.ut).not.toContain("~$");
    // The good files are judged all the same.
    expect(rad(i("Omsorgsnämnden.xlsx"))).toContain("3 tabeller, 11 nämndmål");
    expect(rad(i("Samhällsbyggnadsnämnden.xlsx"))).toContain("5 nämndmål");
    expect(r.fel).toMatch(/Rapporten sparades i .*: 3 enheter, 9 filer kunde inte bedömas\./);

    const problem = (await lasAndraLasare(ut)).get(PROBLEM)!;
    expect(problem[0]).toEqual(["Fil", "Blad", "Problem"]);
    expect(problem).toContainEqual([i("Skyddad.xlsx"), undefined, expect.stringMatching(/lösenordsskyddad/)]);
    expect(problem).toContainEqual([
      i("Utan målvärde.xlsx"),
      "Mål",
      expect.stringMatching(/^Tabellen A1:C2 kan inte bedömas: Ingen kolumn för Målvärde/),
    ]);
    expect(problem).toContainEqual([
      i("Omsorgsnämnden.xlsx"),
      "Driftredovisning",
      expect.stringMatching(/^Tabellen A1:F10 kan inte bedömas/),
    ]);
    const oversikt = (await lasAndraLasare(ut)).get(OVERSIKT)!;
    expect(oversikt[1][0]).toMatch(/^3 enheter ur 3 filer; 9 filer kunde inte bedömas \(se bladet Inläsningsproblem\)/);
  });

  it("exits 1 without a report when a folder holds no workbook", async () => {
    const tom = path.join(mapp, "tom");
    mkdirSync(tom);
    const ut = path.join(mapp, "rapport.xlsx");
    const r = await malkoll("bedom", tom, "--ut", ut);
    expect(r.kod).toBe(1);
    expect(r.fel).toContain(`Inga .xlsx-filer hittades i ${tom}.`);
    expect(existsSync(ut)).toBe(false);
  });

  it("does not read its own earlier report as a unit", async () => {
    const in_ = exempelI(path.join(mapp, "in"));
    const forsta = path.join(in_, "rapport.xlsx");
    await malkoll("bedom", in_, "--ut", forsta);
    const r = await malkoll("bedom", in_, "--ut", path.join(mapp, "andra.xlsx"));
    expect(r.kod).toBe(0);
    expect(r.ut).toContain(`${forsta}: hoppades över. Filen är en rapport från Målkoll och läses inte som en enhet.`);
    expect((await lasAndraLasare(path.join(mapp, "andra.xlsx"))).get(OVERSIKT)![1][0]).toMatch(/^3 enheter/);
  });
});

describe("usage", () => {
  it("prints Swedish help with --help and exits 0", async () => {
    const r = await malkoll("--help");
    expect(r.kod).toBe(0);
    expect(r.ut).toMatch(/^Användning: malkoll bedom <fil\.xlsx \| mapp> … \[flaggor\]/);
    for (const flagga of ["--ut", "--skriv-over", "--json", "--enhet"]) expect(r.ut).toContain(flagga);
  });

  it.each([
    [["bedom", "x.xlsx", "--okand"], "Okänd flagga: --okand"],
    [["bedom"], "Ange minst en .xlsx-fil eller mapp att läsa."],
    [[], "Ange kommandot bedom"],
    [["rakna", "x.xlsx"], "Okänt kommando: rakna"],
    [["bedom", "x.xlsx", "--enhet", "nämnd"], "--enhet ska vara fil eller blad, inte nämnd."],
    [["bedom", "x.xlsx", "--ut", "rapport.pdf"], "Rapporten ska sluta på .xlsx: rapport.pdf"],
    [["bedom", "x.xlsx", "--ut"], "Flaggan --ut behöver ett värde"],
  ])("%j is a usage error (exit 2): %s", async (argv, meddelande) => {
    const r = await malkoll(...argv);
    expect(r.kod).toBe(2);
    expect(r.fel).toContain(`malkoll: ${meddelande}`);
    expect(r.fel).toContain("Se malkoll --help.");
    expect(r.ut).toBe("");
  });

  it("never overwrites a file without --skriv-over, and never one that is not its own report", async () => {
    const in_ = exempelI(path.join(mapp, "in"));
    const ut = path.join(mapp, "rapport.xlsx");
    expect((await malkoll("bedom", in_, "--ut", ut)).kod).toBe(0);
    const fore = readFileSync(ut);
    const igen = await malkoll("bedom", in_, "--ut", ut);
    expect(igen.kod).toBe(2);
    expect(igen.fel).toContain(`malkoll: ${ut} finns redan. Ange --skriv-over för att ersätta den`);
    expect(igen.ut).toBe("");
    expect(readFileSync(ut).equals(fore)).toBe(true);
    expect((await malkoll("bedom", in_, "--ut", ut, "--skriv-over")).kod).toBe(0);

    const annan = path.join(in_, "Omsorgsnämnden.xlsx");
    const inFore = readFileSync(annan);
    const r = await malkoll("bedom", path.join(in_, "Samhällsbyggnadsnämnden.xlsx"), "--ut", annan, "--skriv-over");
    expect(r.kod).toBe(2);
    expect(r.fel).toContain("finns redan och är ingen rapport från Målkoll: den skrivs inte över.");
    expect(readFileSync(annan).equals(inFore)).toBe(true);
    const sig = await malkoll("bedom", annan, "--ut", annan, "--skriv-over");
    expect(sig.kod).toBe(2);
    expect(sig.fel).toContain("är en av filerna som ska läsas");
  });

  it("says when the report's folder does not exist", async () => {
    const r = await malkoll("bedom", EXEMPEL, "--ut", path.join(mapp, "finns-inte", "r.xlsx"));
    expect(r.kod).toBe(2);
    expect(r.fel).toContain("Mappen för rapporten finns inte");
  });
});

describe("progress", () => {
  it("is a bar on stderr when it is a terminal, and one line per file otherwise", async () => {
    const in_ = exempelI(path.join(mapp, "in"));
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let bar = "";
    terminal.on("data", (d) => (bar += d));
    let fel = "";
    let ut = "";
    const kod = await kor(["bedom", in_, "--ut", path.join(mapp, "r.xlsx")], {
      stdout: (t) => (ut += t),
      stderr: (t) => (fel += t),
      terminal: true,
      stderrStrom: terminal,
    });
    expect(kod).toBe(0);
    expect(bar).toContain("Läser ");
    expect(bar).toContain("/3 filer");
    expect(fel).not.toContain("[1/3]");
    expect(ut.trim().split("\n")).toHaveLength(3);
    const utanTerminal = await malkoll("bedom", in_, "--ut", path.join(mapp, "r2.xlsx"));
    expect(utanTerminal.fel.split("\n").filter((l) => /^\[\d\/3\] /.test(l))).toHaveLength(3);
  });
});

describe("--json and --enhet", () => {
  it("prints the same result as JSON on stdout, and writes a report only with --ut", async () => {
    const in_ = exempelI(path.join(mapp, "in"));
    const r = await malkoll("bedom", in_, "--json");
    expect(r.kod).toBe(0);
    const json = JSON.parse(r.ut);
    expect(json.version).toBe(1);
    expect(json.filer.map((f: any) => f.enhet)).toEqual([
      "Kultur- och fritidsnämnden",
      "Omsorgsnämnden",
      "Samhällsbyggnadsnämnden",
    ]);
    const omsorg = json.filer[1];
    expect(omsorg.problem).toEqual([{ blad: "Driftredovisning", text: expect.stringMatching(/kan inte bedömas/) }]);
    const tabell = omsorg.tabeller[0];
    expect(tabell).toMatchObject({
      blad: "Indikatorer 2020",
      omrade: "A1:G27",
      typ: "indikatorer",
      beskrivning: "A1:G27, 26 rader",
    });
    expect(tabell.kolumner).toEqual({
      malomrade: "A",
      namndmal: "B",
      indikator: "C",
      foregaende: "E",
      utfall: "F",
      malvarde: "G",
    });
    expect(tabell.rader[8]).toMatchObject({
      rad: 10,
      namn: "Total sjukfrånvaro",
      uppdelning: false,
      namndmal: "Goda arbetsplatser",
      malomrade: "Medarbetare",
      riktning: "lagre",
      status: "Ej uppfyllt",
    });
    expect(tabell.rader[9]).toMatchObject({ namn: "Män", uppdelning: true });
    expect(tabell.mal).toHaveLength(11);
    expect(omsorg.tabeller[2].rader[0]).toMatchObject({ aktivitetsstatus: "Okänd", status: "Kan ej bedömas" });
    expect(json.oversikt.totalt.namndmal).toEqual({
      Uppfyllt: 5,
      "Delvis uppfyllt": 9,
      "Ej uppfyllt": 3,
      "Kan ej bedömas": 5,
    });
    expect(existsSync(path.join(process.cwd(), "malkoll-rapport.xlsx"))).toBe(false);
  });

  it("with --enhet blad counts each sheet as a unit, named by the sheet", async () => {
    const fil = await arbetsbok(path.join(mapp, "Nämnderna.xlsx"), {
      Socialnämnden: [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Trygg omsorg", "Nöjda brukare", 0.91, "Minst 90 %"],
      ],
      Kulturnämnden: [
        ["Nämndmål", "Indikator", "Utfall", "Målvärde"],
        ["Rikt kulturliv", "Besök", 120, "Minst 150"],
      ],
    });
    const ut = path.join(mapp, "r.xlsx");
    const r = await malkoll("bedom", fil, "--enhet", "blad", "--ut", ut);
    expect(r.kod).toBe(0);
    const rader = (await lasAndraLasare(ut)).get(OVERSIKT)!;
    expect(rader.find((x) => x[0] === "Socialnämnden")?.slice(1, 6)).toEqual([1, 0, 0, 0, 1]);
    expect(rader.find((x) => x[0] === "Kulturnämnden")?.slice(1, 6)).toEqual([0, 0, 1, 0, 1]);
    const perFil = await malkoll("bedom", fil, "--json");
    expect(JSON.parse(perFil.ut).oversikt.enheter.map((e: any) => e.namn)).toEqual(["Nämnderna"]);
  });
});
