/** The Office adapter against the fake Excel: what it writes, that it finds it again, bounded requests. */
import * as adapter from "../../src/taskpane/excel/adapter";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import {
  anvandare,
  farglagg,
  formel,
  indikatortabell,
  installera,
  lasIn,
  lasStatusar,
  ogonblick,
  taBort,
  tillaggsrester,
  varde,
} from "./hjalp";
import { lasCsv } from "../helpers/csv";

describe("the Excel adapter", () => {
  it("reads the region around the active cell, writes live formulas and colours, in a bounded number of syncs", async () => {
    const { wb, raknare } = installera({ "Mål 2020": indikatortabell() }, { blad: "Mål 2020", adress: "C5" });
    const { tabell, last } = await lasIn();
    expect(raknare.syncs).toBeLessThanOrEqual(3);
    expect(tabell.adress).toBe("'Mål 2020'!A1:G27");
    raknare.syncs = 0;
    const { markering, lamnade } = await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
    expect(raknare.syncs).toBeLessThanOrEqual(6);
    expect(lamnade).toEqual([]);
    expect(markering).toMatchObject({ tabell: "A1:G27", status: "H1:H27", mal: "I1:I27" });
    expect(formel(wb, "Mål 2020", "H1")).toBe("Status (Målkoll)");
    expect(formel(wb, "Mål 2020", "H10")).toBe('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)');
    expect(formel(wb, "Mål 2020", "H13")).toBe('=KPI.MALUPPFYLLELSE(F13,G13,"högre är bättre",,E13)');
    expect(formel(wb, "Mål 2020", "I10")).toBe("=KPI.SAMMANVAGD.OM($H$10:$H$17,$B$10:$B$17,B10,$C$10:$C$17)");
    expect(formel(wb, "Mål 2020", "H29")).toBe("Förklaring (Målkoll):");
    expect(formel(wb, "Mål 2020", "H33")).toBe('="Kan ej bedömas"');
    expect(varde(wb, "Mål 2020", "H33")).toBe("Kan ej bedömas");
    // The live formulas, calculated by the add-in's own functions, give the file's statuses and goal judgements.
    lasCsv("indikatorer-2020.csv").forEach((r, i) =>
      expect(varde(wb, "Mål 2020", `H${i + 2}`)).toBe(r.forvantad_status),
    );
    expect(varde(wb, "Mål 2020", "I10")).toBe("Delvis uppfyllt");
    const villkor = wb.blad[0].villkor;
    expect(villkor).toHaveLength(4);
    expect(villkor.map((v) => [v.omraden.length, v.omraden[0]])).toEqual(
      Array(4).fill([1, { r: 1, c: 7, rader: 32, kolumner: 2 }]),
    );
    expect(villkor.find((v) => v.fyllning === "#C6EFCE")).toMatchObject({
      formel: '=OR(H2="Uppfyllt",H2="Genomförd")',
      text: "#006100",
    });
  });

  it("removes exactly what it added, also in a later session that knows only what the workbook holds", async () => {
    const { wb, raknare } = installera(
      { Blad1: indikatortabell(), Blad2: [["egen"]] },
      { blad: "Blad1", adress: "A1" },
    );
    const fore = ogonblick(wb);
    await farglagg({ ...STANDARDINSTALLNINGAR, helRad: true });
    expect(wb.blad[0].villkor).toHaveLength(8);
    expect(wb.namn.length).toBeGreaterThan(0);
    expect(wb.namn.every((n) => !n.synlig)).toBe(true);
    expect(wb.delar).toHaveLength(0);
    raknare.syncs = 0;
    const resultat = await taBort();
    expect(resultat).toMatchObject({ markeringar: 1, villkor: 8, lamnade: [] });
    expect(raknare.syncs).toBeLessThanOrEqual(6);
    expect(ogonblick(wb)).toBe(fore);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("removes everything even when the user already deleted one of its formats by hand", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    const fore = ogonblick(wb);
    await farglagg({ ...STANDARDINSTALLNINGAR, helRad: true });
    wb.blad[0].villkor.splice(2, 1);
    await taBort();
    expect(ogonblick(wb)).toBe(fore);
  });

  it("replaces its own formats when colouring again with other settings, also in whole-row mode", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    await farglagg();
    const helRad = { ...STANDARDINSTALLNINGAR, helRad: true };
    await farglagg(helRad);
    await farglagg(helRad);
    expect(wb.blad[0].villkor).toHaveLength(8);
    expect(wb.blad[0].villkor.filter((v) => v.omraden[0].c === 0)).toHaveLength(4);
    expect(wb.blad[0].villkor.find((v) => v.omraden[0].c === 0)?.omraden[0]).toEqual({
      r: 1,
      c: 0,
      rader: 26,
      kolumner: 9,
    });
  });

  it("keeps a status a person typed over a formula when colouring again, and counts it in the goal", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    await farglagg();
    expect(varde(wb, "Blad1", "I10")).toBe("Delvis uppfyllt");
    // Goda arbetsplatser: every counted indicator typed as Uppfyllt makes the goal Uppfyllt.
    for (const r of [10, 13, 16, 17]) anvandare.skriv(wb, "Blad1", `H${r}`, "Uppfyllt");
    const { tabell, resultat } = await farglagg();
    expect(tabell.placering.kolumner).toBe(7);
    expect(formel(wb, "Blad1", "H10")).toBe("Uppfyllt");
    expect(formel(wb, "Blad1", "H11")).toMatch(/^=KPI.MALUPPFYLLELSE/);
    expect(varde(wb, "Blad1", "I10")).toBe("Uppfyllt");
    expect(resultat.lamnade.map((l) => [l.adress, l.typ])).toEqual([
      ["H10", "skriven"],
      ["H13", "skriven"],
      ["H16", "skriven"],
      ["H17", "skriven"],
    ]);
    expect(resultat.meddelanden[0]).toBe(
      "4 statusar i H är skrivna för hand och behölls; de räknas i målens bedömning.",
    );
    expect(wb.blad[0].villkor).toHaveLength(4);
  });

  it("writes next to the first empty columns, never over the user's cells", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    anvandare.skriv(wb, "Blad1", "I31", "anteckning");
    const fore = ogonblick(wb);
    const { resultat } = await farglagg();
    expect(resultat.markering.status).toBe("J1:J27");
    expect(formel(wb, "Blad1", "I31")).toBe("anteckning");
    await taBort();
    expect(ogonblick(wb)).toBe(fore);
  });

  it("uses a number of syncs and API calls that does not grow with the row count (below one request's size)", async () => {
    const matt = async (antal: number) => {
      const rader = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
      for (let i = 0; i < antal; i++)
        rader.push([
          `Mål ${i % 7}`,
          i % 5 ? "Andel heltider" : "Total sjukfrånvaro",
          "50",
          String(40 + (i % 30)),
          "≤ 60",
        ]);
      const { raknare } = installera({ Blad1: rader }, { blad: "Blad1", adress: "B2" });
      const { tabell, last } = await lasIn();
      const las = { ...raknare };
      raknare.syncs = 0;
      raknare.anrop = 0;
      await adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR);
      return { las, syncs: raknare.syncs, anrop: raknare.anrop };
    };
    const liten = await matt(100);
    const stor = await matt(10000);
    expect(stor.las.syncs).toBe(liten.las.syncs);
    expect(stor.syncs).toBe(liten.syncs);
    expect(stor.anrop).toBe(liten.anrop);
    // Läs in asks for merged areas in pieces of at most 1 024 cells (a piece can then hold no more than the 512 areas
    // the API returns): a few queued calls per piece (range, method, load), all in the same request; nothing else
    // grows with the rows.
    const bitar = (rader: number) => Math.ceil((rader + 1) / Math.floor(1024 / 5));
    expect(stor.las.anrop - liten.las.anrop).toBeLessThanOrEqual(4 * (bitar(10000) - bitar(100)));
  });

  it("locks statuses as values that stay Målkoll's, and creates a summary sheet with a chart", async () => {
    const { wb } = installera({ Blad1: indikatortabell() }, { blad: "Blad1", adress: "A1" });
    const { utv } = await farglagg();
    const last = await lasStatusar();
    expect(formel(wb, "Blad1", "H10")).toBe('="Ej uppfyllt"');
    expect(varde(wb, "Blad1", "H10")).toBe("Ej uppfyllt");
    expect(formel(wb, "Blad1", "I10")).toBe('="Delvis uppfyllt"');
    expect(last.markering.lage).toEqual({ levande: 0, lasta: 26 + 11, forHand: 0 });
    const namn = await adapter.skapaSammanstallning(utv!);
    expect(namn).toBe("Måluppfyllelse");
    const ark = wb.hittaBlad(namn);
    expect(ark?.diagram).toHaveLength(1);
    expect(ark?.diagram[0].titel).toBe("Nämndens måluppfyllelse");
    expect(formel(wb, namn, "B2")).toBe("Trygga välfärdstjänster med god kvalitet");
    expect(formel(wb, namn, "C11")).toBe("Uppfyllt");
  });

  it("explains a selection that is not a table", async () => {
    installera({ Blad1: [["ensam"]] }, { blad: "Blad1", adress: "A1" });
    await expect(adapter.lasTabell()).rejects.toThrow("Markera en tabell med en rubrikrad");
  });
});
