/**
 * Two tables on one sheet, side by side (a blank column between) or one under the other (two or more blank rows
 * between): Läs in from a cell of either reads that table only, never the other, through the adapter over the fake
 * Excel; Färgmarkera then writes beside that table only, and Ta bort leaves the sheet as it was.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import { adress, tolka } from "../fake/a1";
import { formel, installera, lasIn, markera, ogonblick, varde } from "./hjalp";
import { EKONOMI, PERSONAL } from "../fixtures/intilliggande";

/** `a` and `b` side by side with `mellan` blank columns between, top rows aligned at `forskjutning` rows apart. */
function sidaVidSida(a: string[][], b: string[][], mellan = 1, forskjutning = 0): string[][] {
  const hojd = Math.max(a.length, b.length + forskjutning);
  return Array.from({ length: hojd }, (_, r) => [
    ...(a[r] ?? a[0].map(() => "")),
    ...Array<string>(mellan).fill(""),
    ...(b[r - forskjutning] ?? b[0].map(() => "")),
  ]);
}

const underVarandra = (a: string[][], b: string[][], tomma: number, titel?: string): string[][] => [
  ...a,
  ...Array.from({ length: tomma }, () => [] as string[]),
  ...(titel ? [[titel], []] : []),
  ...b,
];

const namnen = (utv: { rader: readonly { namn: string }[] } | undefined) => utv?.rader.map((r) => r.namn);
const PERSONALNAMN = PERSONAL.slice(1).map((r) => r[0]);
const EKONOMINAMN = EKONOMI.slice(1).map((r) => r[1]);

describe("two tables on one sheet: Läs in reads the one the selected cell is in", () => {
  it.each([
    ["a data cell of table 2", "G3"],
    ["table 2's header", "E1"],
    ["table 2's first column", "E4"],
    ["table 2's last cell", "H4"],
  ])("side by side, blank column D: %s (%s) reads E1:H4 only", async (_, cell) => {
    installera({ Blad1: sidaVidSida(PERSONAL, EKONOMI) }, { blad: "Blad1", adress: cell });
    const { tabell, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!E1:H4");
    expect(namnen(utv)).toEqual(EKONOMINAMN);
    expect(utv?.rader.map((r) => r.status)).toEqual(["Uppfyllt", "Uppfyllt", "Ej uppfyllt"]);
  });

  it("side by side, a cell of table 1 reads A1:C4 only", async () => {
    installera({ Blad1: sidaVidSida(PERSONAL, EKONOMI) }, { blad: "Blad1", adress: "B3" });
    const { tabell, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!A1:C4");
    expect(namnen(utv)).toEqual(PERSONALNAMN);
  });

  it("side by side, table 2 starting lower and longer than table 1: its last row is still its own", async () => {
    const langre = [...EKONOMI, ["Effektiv verksamhet", "Andel e-fakturor", "91 %", "≥ 85 %"]];
    installera({ Blad1: sidaVidSida(PERSONAL, langre, 2, 2) }, { blad: "Blad1", adress: "G7" });
    const { tabell, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!F3:I7");
    expect(namnen(utv)).toEqual([...EKONOMINAMN, "Andel e-fakturor"]);
  });

  it.each([2, 3])("one under the other, %i blank rows between: a cell of table 2 reads table 2 only", async (tomma) => {
    const forsta = PERSONAL.length + tomma;
    installera({ Blad1: underVarandra(PERSONAL, EKONOMI, tomma) }, { blad: "Blad1", adress: `C${forsta + 3}` });
    const { tabell, utv, last } = await lasIn();
    expect(tabell.adress).toBe(`Blad1!A${forsta + 1}:D${forsta + 4}`);
    expect(last.beskrivning).toBe(`A${forsta + 1}:D${forsta + 4}, 3 rader`);
    expect(namnen(utv)).toEqual(EKONOMINAMN);
  });

  it("one under the other, a cell of table 1 reads table 1 only, not on into table 2", async () => {
    installera({ Blad1: underVarandra(PERSONAL, EKONOMI, 2) }, { blad: "Blad1", adress: "A2" });
    const { tabell, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!A1:C4");
    expect(namnen(utv)).toEqual(PERSONALNAMN);
  });

  it("one under the other with a title above table 2: the title belongs to table 2, the rows to table 2", async () => {
    installera({ Blad1: underVarandra(PERSONAL, EKONOMI, 2, "Målområde: Ekonomi") }, { blad: "Blad1", adress: "B10" });
    const { tabell, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!A9:D12");
    expect(namnen(utv)).toEqual(EKONOMINAMN);
    expect(utv?.rader.map((r) => r.malomrade)).toEqual(["Ekonomi", "Ekonomi", "Ekonomi"]);
  });

  it("a table 2 whose headers Målkoll does not know is read from its own region, never with table 1", async () => {
    const okand = [
      ["Område", "Värde i år", "Vill nå"],
      ["Läsning", "72 %", "Minst 80 %"],
      ["Matematik", "85 %", "Minst 80 %"],
    ];
    installera({ Blad1: sidaVidSida(PERSONAL, okand) }, { blad: "Blad1", adress: "F2" });
    const { tabell } = await lasIn();
    expect(tabell.adress).toBe("Blad1!E1:G3");
    installera({ Blad1: underVarandra(PERSONAL, okand, 2) }, { blad: "Blad1", adress: "B8" });
    expect((await lasIn()).tabell.adress).toBe("Blad1!A7:C9");
  });

  it("colours table 2 beside table 2 only, and Ta bort leaves both tables as they were", async () => {
    const { wb } = installera({ Blad1: underVarandra(PERSONAL, EKONOMI, 2) }, { blad: "Blad1", adress: "B9" });
    const fore = ogonblick(wb);
    const { tabell, last } = await lasIn();
    const { markering } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect(markering.status).toBe("E7:E10");
    expect(["E8", "E9", "E10"].map((a) => varde(wb, "Blad1", a))).toEqual(["Uppfyllt", "Uppfyllt", "Ej uppfyllt"]);
    // Nothing beside table 1.
    expect(["D1", "D2", "E2", "E4"].map((a) => varde(wb, "Blad1", a))).toEqual(["", "", "", ""]);
    await adapter.taBort({ markeringar: "alla", sammanstallningar: false });
    expect(ogonblick(wb)).toBe(fore);
  });
});

describe("two tables on one sheet, one after the other", () => {
  it.each([
    ["side by side", sidaVidSida(PERSONAL, EKONOMI), "B2", "G3", "Blad1!A1:C4", "Blad1!E1:H4"],
    ["one under the other", underVarandra(PERSONAL, EKONOMI, 2), "B2", "B9", "Blad1!A1:C4", "Blad1!A7:D10"],
  ])("%s: table 1 coloured, then Läs in in table 2 reads table 2", async (_, blad, cell1, cell2, adr1, adr2) => {
    const { wb } = installera({ Blad1: blad }, { blad: "Blad1", adress: cell1 });
    const fore = ogonblick(wb);
    const ett = await lasIn();
    expect(ett.tabell.adress).toBe(adr1);
    const { markering, meddelanden } = await adapter.farglagg(ett.tabell, ett.last, STANDARDINSTALLNINGAR);
    expect(markering.status).toBe("D1:D4");
    // Table 1's legend is never written beside table 2's rows, where its status words would read as table 2's.
    const t2 = tolka(adr2.split("!")[1]).rekt;
    const hoger: string[] = [];
    for (let r = t2.r; r < t2.r + t2.rader; r++)
      for (let c = t2.c + t2.kolumner; c < t2.c + t2.kolumner + 12; c++)
        hoger.push(String(formel(wb, "Blad1", adress({ r, c, rader: 1, kolumner: 1 }))));
    expect(hoger.filter((f) => f !== "")).toEqual([]);
    expect(meddelanden.some((m) => m.startsWith("Förklaringen skrevs inte"))).toBe(adr2 === "Blad1!A7:D10");
    markera(wb, "Blad1", cell2);
    const tva = await lasIn();
    expect(tva.tabell.adress).toBe(adr2);
    expect(namnen(tva.utv)).toEqual(EKONOMINAMN);
    await adapter.farglagg(tva.tabell, tva.last, STANDARDINSTALLNINGAR);
    // And back: table 1 is still table 1.
    markera(wb, "Blad1", cell1);
    expect((await lasIn()).tabell.adress).toBe(adr1);
    markera(wb, "Blad1", cell2);
    const igen = await lasIn();
    expect(igen.tabell.adress).toBe(adr2);
    expect(namnen(igen.utv)).toEqual(EKONOMINAMN);
    await adapter.taBort({ markeringar: "alla", sammanstallningar: false });
    expect(ogonblick(wb)).toBe(fore);
  });
});

describe("two tables side by side: Färgmarkera never writes past the other table", () => {
  it("with room for both columns between them, writes there", async () => {
    const { wb } = installera({ Blad1: sidaVidSida(EKONOMI, EKONOMI, 2) }, { blad: "Blad1", adress: "B2" });
    const { tabell, last } = await lasIn();
    const { markering } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect([markering.status, markering.mal]).toEqual(["E1:E4", "F1:F4"]);
    expect(varde(wb, "Blad1", "E3")).toBe("Uppfyllt");
  });

  it("with one blank column for a table that needs two, writes nothing and says why", async () => {
    const { wb } = installera({ Blad1: sidaVidSida(EKONOMI, EKONOMI) }, { blad: "Blad1", adress: "B2" });
    const fore = ogonblick(wb);
    const { tabell, last } = await lasIn();
    await expect(adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR)).rejects.toThrow(
      "Det finns inga 2 tomma kolumner mellan tabellen och tabellen i F1:I4 till höger, där Målkolls kolumner kan stå. Flytta isär tabellerna och försök igen.",
    );
    expect(ogonblick(wb)).toBe(fore);
    // Table 2, with room on its right, is coloured there.
    markera(wb, "Blad1", "G3");
    const tva = await lasIn();
    const { markering } = await adapter.farglagg(tva.tabell, tva.last, STANDARDINSTALLNINGAR);
    expect([markering.status, markering.mal]).toEqual(["J1:J4", "K1:K4"]);
  });
});

describe("two tables side by side, the first with a blank row inside", () => {
  it("reads the first table across its blank row, though the second has a row there", async () => {
    const forsta = [...PERSONAL.slice(0, 2), ["", "", ""], ...PERSONAL.slice(2)];
    const andra = [...EKONOMI, ["Effektiv verksamhet", "Andel e-fakturor", "91 %", "≥ 85 %"]];
    installera({ Blad1: sidaVidSida(forsta, andra) }, { blad: "Blad1", adress: "A2" });
    const { tabell, last, utv } = await lasIn();
    expect(tabell.adress).toBe("Blad1!A1:C5");
    expect(last.beskrivning).toBe("A1:C5, 3 rader; 1 tom rad hoppades över");
    expect(namnen(utv)).toEqual(PERSONALNAMN);
  });
});
