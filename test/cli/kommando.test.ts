/**
 * `malkoll bedom` end to end on real files: the examples, every kind of bad input with its Swedish message, the exit
 * codes, the JSON, and the report read back with a second reader (xlsx-populate), never with the writer's model.
 * Every run stands in a temporary folder of its own (hjalp.ts), never in the folder jest was started in.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { kor, sparfel } from "../../src/cli/malkoll";
import { lasCsv } from "../helpers/csv";
import { EJ_BEDOMDA, OVERSIKT, PROBLEM } from "../../src/cli/rapport";
import {
  BYGGD_CLI,
  EXEMPEL,
  PROCESSTID,
  ROT,
  fingeravtryck,
  korProcess,
  lasAndraLasare,
  malkoll,
  malkollI,
  oppnaAndraLasare,
  skyddadArbetsbok,
  stada,
  tempMapp,
} from "./hjalp";

// Every test here reads and writes real workbooks; on a loaded 2-core machine that takes far longer than jest's 5 s.
jest.setTimeout(60_000);

let mapp: string;
beforeEach(() => (mapp = tempMapp()));
afterEach(() => {
  // A test may leave a folder read-only behind it.
  chmodSync(mapp, 0o755);
  stada(mapp);
});

/** The examples copied into a folder of their own. */
function exempelI(
  mal: string,
  filer = ["Omsorgsnämnden.xlsx", "Kultur- och fritidsnämnden.xlsx", "Samhällsbyggnadsnämnden.xlsx"],
): string {
  mkdirSync(mal, { recursive: true });
  for (const f of filer) copyFileSync(path.join(EXEMPEL, f), path.join(mal, f));
  return mal;
}

/** A workbook with one sheet of rows per entry, written by ExcelJS (as any program might). */
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

/** The lines of stderr that are not progress ("[2/3] fil"). */
const varningar = (fel: string): string[] => fel.split("\n").filter((l) => l !== "" && !/^\[\d+\/\d+\] /.test(l));

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
    // The driftredovisning is no goal table: listed in the report, no warning on every run.
    expect(varningar(r.fel)).toEqual([`Rapporten sparades i ${ut}: 3 enheter.`]);

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
    expect(blad.get(PROBLEM)).toEqual([
      ["Fil", "Blad", "Problem"],
      [
        path.join(in_, "Omsorgsnämnden.xlsx"),
        "Driftredovisning",
        "Tabellen A1:F10 är ingen måltabell: ingen rubrik som Indikator, Nyckeltal, Nämndmål, Målvärde, Status eller " +
          "Aktivitet. Den hoppades över.",
      ],
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
    expect(mal[0][0]).toBe(
      `Omsorgsnämnden · fil ${path.join(in_, "Omsorgsnämnden.xlsx")} · blad "Indikatorer 2020" · A1:G27`,
    );
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
    const bok = await oppnaAndraLasare(ut);
    const rader = bok.sheet(OVERSIKT).usedRange().value() as unknown[][];
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

describe("a nämndmål in several tables of a unit (spec §8)", () => {
  // Socialnämnden: two nämndmål with indicators (KF-mål "En ekonomi i balans") and activities under headings that
  // name the same goals (no KF-mål there). Indicators: budgetram Uppfyllt + Delvis, inhyrd personal Ej uppfyllt;
  // activities: budgetram Genomförd + Pågår, inhyrd personal Ej genomförd twice.
  it("is one goal: counted once, judged over all its rows, with its kommunövergripande mål kept", async () => {
    const ut = path.join(mapp, "rapport.xlsx");
    const r = await malkoll("bedom", path.join(EXEMPEL, "Socialnämnden.xlsx"), "--ut", ut);
    expect(r.kod).toBe(0);
    expect(r.ut).toContain(
      "Socialnämnden.xlsx: 2 tabeller, 2 nämndmål (1 delvis uppfyllt, 1 ej uppfyllt), 3 indikatorer",
    );
    const bok = await oppnaAndraLasare(ut);
    const oversikt = bok.sheet(OVERSIKT).usedRange().value() as unknown[][];
    expect(oversikt.find((x) => x[0] === "Socialnämnden")!.slice(1, 6)).toEqual([0, 1, 1, 0, 2]);
    const kommunmal = oversikt.findIndex((x) => x[0] === "Per kommunövergripande mål");
    const efter = oversikt.slice(kommunmal);
    expect(efter.find((x) => x[0] === "En ekonomi i balans")!.slice(1, 6)).toEqual([0, 1, 1, 0, 2]);
    expect(efter.find((x) => x[0] === "(inget kommunövergripande mål)")!.slice(1, 6)).toEqual([0, 0, 0, 0, 0]);

    // Both tables' sheets show the goal's one status; the reason says what it was weighed with.
    const blad = await lasAndraLasare(ut);
    for (const [namn, annan] of [
      ["Socialnämnden – Delår 2024", "tabellen A10:C16"],
      ["Socialnämnden – Delår 2024 (2)", "tabellen A3:G6"],
    ]) {
      const rader = blad.get(namn)!;
      const rubrik = rader.findIndex((x) => x.includes("Målstatus (Målkoll)"));
      const [ms, mm] = ["Målstatus (Målkoll)", "Målmotivering (Målkoll)"].map((k) => rader[rubrik].indexOf(k));
      const mal = rader.slice(rubrik + 1).filter((x) => x[ms] !== undefined);
      expect(mal.map((x) => x[ms])).toEqual(["Delvis uppfyllt", "Ej uppfyllt"]);
      for (const x of mal) expect(x[mm]).toMatch(new RegExp(`\\(sammanvägt med ${annan}\\)$`));
    }

    const json = JSON.parse((await malkoll("bedom", path.join(EXEMPEL, "Socialnämnden.xlsx"), "--json")).ut);
    // The tables keep their own judgement, as the task pane gives it for one table.
    expect(json.filer[0].tabeller.map((t: any) => t.mal.map((m: any) => m.status))).toEqual([
      ["Delvis uppfyllt", "Ej uppfyllt"],
      ["Delvis uppfyllt", "Ej uppfyllt"],
    ]);
    expect(json.enheter[0].mal).toEqual([
      {
        namndmal: "Nämnden ska hålla sin budgetram",
        kommunmal: "En ekonomi i balans",
        status: "Delvis uppfyllt",
        motivering: expect.any(String),
        tabeller: [
          { fil: path.join(EXEMPEL, "Socialnämnden.xlsx"), blad: "Delår 2024", omrade: "A3:G6" },
          { fil: path.join(EXEMPEL, "Socialnämnden.xlsx"), blad: "Delår 2024", omrade: "A10:C16" },
        ],
      },
      expect.objectContaining({ namndmal: "Kostnaderna för inhyrd personal ska minska", status: "Ej uppfyllt" }),
    ]);
    expect(json.oversikt.totalt.namndmal).toEqual({
      Uppfyllt: 0,
      "Delvis uppfyllt": 1,
      "Ej uppfyllt": 1,
      "Kan ej bedömas": 0,
    });
  });
});

describe("the controller's own judgement in a unit's table", () => {
  it("is kept beside Målkoll's, and where they differ the report and the JSON say so", async () => {
    const fil = await arbetsbok(path.join(mapp, "Kulturnämnden.xlsx"), {
      "Delår 2024": [
        ["Indikator", "Utfall", "Målvärde", "Bedömning"],
        ["Sjukfrånvaro", "8,1 %", "≤ 7 %", "Uppfyllt"],
        ["Andel behöriga lärare", "82 %", "≥ 80 %", "Uppfyllt"],
      ],
    });
    const ut = path.join(mapp, "egen.xlsx");
    expect((await malkoll("bedom", fil, "--ut", ut)).kod).toBe(0);
    // One table in the unit: its sheet is named after the unit alone.
    const rader = (await lasAndraLasare(ut)).get("Kulturnämnden")!;
    const rubrik = rader.findIndex((x) => x.includes("Motivering (Målkoll)"));
    const m = rader[rubrik].indexOf("Motivering (Målkoll)");
    expect(rader[rubrik + 1][m]).toMatch(/Er bedömning: Uppfyllt; Målkoll: Ej uppfyllt/);
    expect(rader[rubrik + 2][m]).not.toMatch(/Er bedömning/);

    const json = JSON.parse((await malkoll("bedom", fil, "--json")).ut);
    const [sjuk, behoriga] = json.filer[0].tabeller[0].rader;
    expect(sjuk).toMatchObject({ status: "Ej uppfyllt", egenBedomning: "Uppfyllt" });
    expect(sjuk.anmarkning).toMatch(/^Er bedömning: Uppfyllt; Målkoll: Ej uppfyllt/);
    expect(behoriga).toMatchObject({ status: "Uppfyllt", egenBedomning: "Uppfyllt" });
    expect(behoriga.anmarkning).toBeUndefined();
  }, 120000);
});

describe("bad input never stops the batch", () => {
  it(
    "names each bad file and sheet in Swedish, judges the others, exits 1",
    async () => {
      const in_ = exempelI(path.join(mapp, "in"), ["Samhällsbyggnadsnämnden.xlsx"]);
      const hel = readFileSync(path.join(in_, "Samhällsbyggnadsnämnden.xlsx"));
      const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      writeFileSync(path.join(in_, "Trasig.xlsx"), hel.subarray(0, 3000));
      writeFileSync(path.join(in_, "Omdöpt.xlsx"), "Indikator;Utfall;Målvärde\nSjukfrånvaro;6,1;7 %\n");
      writeFileSync(path.join(in_, "Gammal.xls"), xls);
      writeFileSync(path.join(in_, "Gammal omdöpt.xlsx"), xls);
      writeFileSync(path.join(in_, "Budget.ods"), Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      writeFileSync(
        path.join(in_, "Export.xls"),
        "<html><body><table><tr><td>Indikator</td></tr></table></body></html>",
      );
      writeFileSync(path.join(in_, "Tom.xlsx"), "");
      writeFileSync(path.join(in_, "Läsmig.txt"), "ignoreras");
      writeFileSync(path.join(in_, "~$Samhällsbyggnadsnämnden.xlsx"), "ägarfil från Excel");
      copyFileSync(await skyddadArbetsbok(), path.join(in_, "Skyddad.xlsx"));
      await arbetsbok(path.join(in_, "Utan målvärde.xlsx"), {
        Mål: [
          ["Indikator", "Utfall 2024", "Kommentar"],
          ["Sjukfrånvaro", 0.061, "Bättre än i fjol"],
        ],
      });
      await arbetsbok(path.join(in_, "Anteckningar.xlsx"), { Blad1: [["Möte 12 mars"], ["Inga siffror här"]] });
      const telefon = new ExcelJS.Workbook();
      telefon.addWorksheet("Kontakter").addTable({
        name: "Telefonlista",
        ref: "A1",
        columns: [{ name: "Namn" }, { name: "Telefon" }],
        rows: [["Anna", "070-123"]],
      });
      await telefon.xlsx.writeFile(path.join(in_, "Kontakter.xlsx"));
      const csv = path.join(mapp, "export.csv");
      writeFileSync(csv, "Indikator;Utfall\n");
      const fore = fingeravtryck(in_);

      const ut = path.join(mapp, "rapport.xlsx");
      const r = await malkoll("bedom", in_, csv, "--ut", ut);
      expect(r.kod).toBe(1);
      expect(fingeravtryck(in_)).toEqual(fore);
      const rad = (fil: string) => r.ut.split("\n").find((l) => l.startsWith(`${fil}:`)) ?? "";
      const i = (namn: string) => path.join(in_, namn);
      expect(rad(i("Trasig.xlsx"))).toBe(
        `${i("Trasig.xlsx")}: kunde inte bedömas. Filen är skadad och kan inte läsas som en Excel-arbetsbok (.xlsx).`,
      );
      expect(rad(i("Omdöpt.xlsx"))).toBe(
        `${i("Omdöpt.xlsx")}: kunde inte bedömas. Filen är ingen Excel-arbetsbok (.xlsx): den är skadad eller av ett annat format.`,
      );
      expect(rad(i("Skyddad.xlsx"))).toContain("Filen är lösenordsskyddad. Spara en kopia utan lösenord");
      // An old .xls says the same whatever it is called.
      const xlsText =
        "kunde inte bedömas. Filen är en äldre Excel-fil (.xls). Öppna den och spara den som Excel-arbetsbok (.xlsx).";
      expect(rad(i("Gammal.xls"))).toBe(`${i("Gammal.xls")}: ${xlsText}`);
      expect(rad(i("Gammal omdöpt.xlsx"))).toBe(`${i("Gammal omdöpt.xlsx")}: ${xlsText}`);
      expect(rad(i("Budget.ods"))).toContain("Filen är ett OpenDocument-kalkylark (.ods). Öppna den och spara den");
      expect(rad(i("Export.xls"))).toContain("Filen är en webbsida eller XML-fil.");
      expect(rad(i("Tom.xlsx"))).toContain("Filen är tom.");
      expect(rad(csv)).toContain("Filen är en textfil (.csv). Öppna den och spara den som Excel-arbetsbok (.xlsx).");
      // A goal table without Målvärde: the file and the sheet named, in its line.
      expect(rad(i("Utan målvärde.xlsx"))).toBe(
        `${i("Utan målvärde.xlsx")}: kunde inte bedömas. Bladet "Mål": Tabellen A1:C2 kan inte bedömas: Ingen ` +
          "kolumn för Målvärde: ingen rubrik som Målvärde, Målnivå eller Mål med målvärden. Ge kolumnen en rubrik " +
          "som Målkoll känner igen och kör igen. Ingen måltabell i arbetsboken kunde bedömas.",
      );
      expect(rad(i("Anteckningar.xlsx"))).toBe(
        `${i("Anteckningar.xlsx")}: kunde inte bedömas. Bladet "Blad1": Ingen måltabell hittades: ingen rubrikrad ` +
          "med till exempel Indikator, Utfall och Målvärde. Ingen måltabell i arbetsboken kunde bedömas.",
      );
      expect(rad(i("Kontakter.xlsx"))).toContain(
        `Bladet "Kontakter": Excel-tabellen "Telefonlista" (A1:B2) lästes inte: ingen rubrik som Indikator`,
      );
      expect(r.ut).not.toContain("Läsmig.txt");
      expect(r.ut).not.toContain("~$");
      // The good file is judged all the same; a failed file's reason is on its stdout line, not repeated on stderr.
      expect(rad(i("Samhällsbyggnadsnämnden.xlsx"))).toContain("5 nämndmål");
      expect(varningar(r.fel)).toEqual([`Rapporten sparades i ${ut}: 1 enhet, 12 filer kunde inte bedömas.`]);

      const rapport = await lasAndraLasare(ut);
      const problem = rapport.get(PROBLEM)!;
      expect(problem[0]).toEqual(["Fil", "Blad", "Problem"]);
      expect(problem).toContainEqual([i("Skyddad.xlsx"), undefined, expect.stringMatching(/lösenordsskyddad/)]);
      expect(problem).toContainEqual([
        i("Utan målvärde.xlsx"),
        "Mål",
        expect.stringMatching(/^Tabellen A1:C2 kan inte bedömas: Ingen kolumn för Målvärde/),
      ]);
      expect(rapport.get(OVERSIKT)![1][0]).toMatch(
        /^1 enhet ur 1 fil; 12 filer kunde inte bedömas \(se bladet Inläsningsproblem\)/,
      );
    },
    PROCESSTID,
  );

  it("warns on stderr about a goal table it could not judge in a file that was otherwise read", async () => {
    const fil = await arbetsbok(path.join(mapp, "Delvis.xlsx"), {
      Mål: [
        ["Indikator", "Utfall", "Målvärde"],
        ["Sjukfrånvaro", 0.061, "Högst 7 %"],
      ],
      Personal: [
        ["Nyckeltal", "Utfall 2024", "Kommentar"],
        ["Personalomsättning", 0.09, ""],
      ],
      Drift: [
        ["Verksamhet", "Budget 2024", "Bokslut 2024", "Avvikelse"],
        ["Äldreomsorg", 100, 98, 2],
      ],
    });
    const r = await malkoll("bedom", fil, "--json");
    expect(r.kod).toBe(0);
    expect(varningar(r.fel)).toEqual([
      `${fil}, blad "Personal": Tabellen A1:C2 kan inte bedömas: Ingen kolumn för Målvärde: ingen rubrik som ` +
        "Målvärde, Målnivå eller Mål med målvärden. Ge kolumnen en rubrik som Målkoll känner igen och kör igen.",
    ]);
    expect(JSON.parse(r.ut).filer[0].problem).toEqual([
      { blad: "Personal", slag: "fel", text: expect.stringMatching(/^Tabellen A1:C2 kan inte bedömas/) },
      { blad: "Drift", slag: "ingen-maltabell", text: expect.stringMatching(/^Tabellen A1:D2 är ingen måltabell/) },
    ]);
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
    // Outside Målkoll's folder npx would look the name up in the npm registry: the help says what to run there.
    expect(r.ut).toContain("npm install -g <Målkolls mapp>");
    expect(r.ut).toContain("npx --prefix <Målkolls mapp> malkoll bedom");
    // Every exit status, with the bad inputs that lead to it.
    for (const rad of [
      "  0  varje fil",
      "  1  någon fil kunde inte bedömas: skadad, tom, lösenordsskyddad",
      "  2  felaktigt anrop",
    ]) {
      expect(r.ut).toContain(rad);
    }
  });

  it("is shown verbatim in docs/kommandorad.md, so that the page never tells another story than --help", async () => {
    const r = await malkoll("--help");
    const sida = readFileSync(path.join(ROT, "docs/kommandorad.md"), "utf8");
    expect(sida).toContain("```\n" + r.ut + "```\n");
  });

  it.each([
    [["bedom", "x.xlsx", "--okand"], "Okänd flagga: --okand"],
    [["bedom", "x.xlsx", "-x"], "Okänd flagga: -x"],
    [["bedom"], "Ange minst en .xlsx-fil eller mapp att läsa."],
    [[], "Ange kommandot bedom och filer eller mappar att läsa."],
    [["rakna", "x.xlsx"], "Okänt kommando: rakna. Det som finns är bedom."],
    [["bedom", "x.xlsx", "--enhet", "nämnd"], "--enhet ska vara fil eller blad, inte nämnd."],
    [["bedom", "x.xlsx", "--ut", "rapport.pdf"], "Rapporten ska sluta på .xlsx: rapport.pdf"],
    [["bedom", "x.xlsx", "--ut"], "Flaggan --ut behöver ett värde, till exempel --ut rapport.xlsx."],
    [["bedom", "x.xlsx", "--enhet"], "Flaggan --enhet behöver ett värde, till exempel --enhet blad."],
    [["bedom", "x.xlsx", "--json=ja"], "Flaggan --json tar inget värde."],
    [["bedom", "saknas.xlsx"], "Filen eller mappen finns inte: saknas.xlsx"],
  ])("%j is a usage error (exit 2): %s", async (argv, meddelande) => {
    const r = await malkoll(...argv);
    expect(r.kod).toBe(2);
    expect(r.fel).toBe(`malkoll: ${meddelande}\nSe malkoll --help.\n`);
    expect(r.ut).toBe("");
  });

  it("says that a path does not exist before anything else, and writes no report", async () => {
    // The report of an earlier run is there: the mistyped path is still what the user is told about.
    writeFileSync(path.join(mapp, "malkoll-rapport.xlsx"), "en tidigare rapport");
    copyFileSync(path.join(EXEMPEL, "Äldrenämnden.xlsx"), path.join(mapp, "Äldrenämnden.xlsx"));
    const r = await malkollI(mapp, "bedom", "Äldrenämnden.xlsx", "Socialnamnden.xlsx");
    expect(r.kod).toBe(2);
    expect(r.fel).toBe("malkoll: Filen eller mappen finns inte: Socialnamnden.xlsx\nSe malkoll --help.\n");
    expect(r.ut).toBe("");
    expect(readdirSync(mapp).sort()).toEqual(["malkoll-rapport.xlsx", "Äldrenämnden.xlsx"]);
  });

  it("never overwrites a file without --skriv-over, and never one that is not its own report", async () => {
    const in_ = exempelI(path.join(mapp, "in"), ["Äldrenämnden.xlsx", "Kommunstyrelsen.xlsx"]);
    const ut = path.join(mapp, "rapport.xlsx");
    expect((await malkoll("bedom", in_, "--ut", ut)).kod).toBe(0);
    const fore = readFileSync(ut);
    const igen = await malkoll("bedom", in_, "--ut", ut);
    expect(igen.kod).toBe(2);
    expect(igen.fel).toContain(`malkoll: ${ut} finns redan. Ange --skriv-over för att ersätta den`);
    expect(igen.ut).toBe("");
    expect(readFileSync(ut).equals(fore)).toBe(true);
    expect((await malkoll("bedom", in_, "--ut", ut, "--skriv-over")).kod).toBe(0);

    const annan = path.join(in_, "Äldrenämnden.xlsx");
    const inFore = readFileSync(annan);
    const r = await malkoll("bedom", path.join(in_, "Kommunstyrelsen.xlsx"), "--ut", annan, "--skriv-over");
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

  it(
    "says in Swedish, naming the folder and before reading any file, that the report cannot be saved there",
    async () => {
      // A read-only folder, as a user without write permission meets it (root writes anywhere: the built command
      // runs as the unprivileged user nobody then).
      const skyddad = path.join(mapp, "skrivskyddad");
      mkdirSync(skyddad);
      chmodSync(skyddad, 0o555);
      chmodSync(mapp, 0o755);
      const somAnvandare = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = await korProcess("node", [BYGGD_CLI, "bedom", EXEMPEL], { cwd: skyddad, ...somAnvandare });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `malkoll: Rapporten kan inte sparas i mappen ${skyddad}: behörighet saknas där. Välj en annan mapp med --ut.\n` +
          "Se malkoll --help.\n",
      );
      // Nothing was read: no file's line, no progress.
      expect(r.stdout).toBe("");
      expect(readdirSync(skyddad)).toEqual([]);
    },
    PROCESSTID,
  );

  it("says in Swedish why a report could not be saved, naming the folder", () => {
    const fel = (code: string) => Object.assign(new Error(`${code}: english`), { code });
    expect(sparfel(fel("EROFS"), "/srv/rapporter")).toBe(
      "Rapporten kan inte sparas i mappen /srv/rapporter: behörighet saknas där. Välj en annan mapp med --ut.",
    );
    expect(sparfel(fel("ENOSPC"), "/srv/rapporter")).toBe(
      "Rapporten kan inte sparas i mappen /srv/rapporter: disken är full.",
    );
    expect(sparfel(fel("EIO"), "/srv/rapporter")).toBe("Rapporten kan inte sparas i mappen /srv/rapporter (EIO).");
  });
});

describe("progress", () => {
  it("is a bar on stderr when it is a terminal, and one line per file otherwise", async () => {
    const in_ = exempelI(path.join(mapp, "in"), ["Äldrenämnden.xlsx", "Kommunstyrelsen.xlsx", "Socialnämnden.xlsx"]);
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
    const arbete = path.join(mapp, "arbete");
    mkdirSync(arbete);
    const r = await malkollI(arbete, "bedom", in_, "--json");
    expect(r.kod).toBe(0);
    // No report, neither in the folder the command stood in nor beside the inputs.
    expect(readdirSync(arbete)).toEqual([]);
    expect(readdirSync(in_).filter((f) => f.includes("rapport"))).toEqual([]);
    const json = JSON.parse(r.ut);
    expect(json.version).toBe(1);
    expect(json.filer.map((f: any) => f.enhet)).toEqual([
      "Kultur- och fritidsnämnden",
      "Omsorgsnämnden",
      "Samhällsbyggnadsnämnden",
    ]);
    const omsorg = json.filer[1];
    expect(omsorg.problem).toEqual([
      { blad: "Driftredovisning", slag: "ingen-maltabell", text: expect.stringMatching(/är ingen måltabell/) },
    ]);
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
    expect(json.enheter.map((e: any) => [e.namn, e.mal.length])).toEqual([
      ["Kultur- och fritidsnämnden", 6],
      ["Omsorgsnämnden", 11],
      ["Samhällsbyggnadsnämnden", 5],
    ]);
    expect(json.enheter[1].filer).toEqual([path.join(in_, "Omsorgsnämnden.xlsx")]);
    expect(json.oversikt.totalt.namndmal).toEqual({
      Uppfyllt: 5,
      "Delvis uppfyllt": 9,
      "Ej uppfyllt": 3,
      "Kan ej bedömas": 5,
    });
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
