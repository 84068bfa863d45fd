/**
 * The adapter against what a user or a received workbook may throw at it: selections that are not a table, a table
 * at the sheet's edge, a protected sheet, another sheet, a table edited since Läs in, crafted names and settings,
 * several tables, summary sheets, errors in status cells, and a table of 100 000 rows.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { Anvandarfel } from "../../src/taskpane/excel/kontext";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import {
  anvandarceller,
  anvandare,
  farglagg,
  formel,
  indikatortabell,
  installera,
  lasIn,
  lasStatusar,
  markera,
  ogonblick,
  taBort,
  tillaggsrester,
} from "./hjalp";
import * as fake from "../fake";
import { bedomIgen } from "../../src/core/tabell/tabell";

const BLAD = "Mål 2020";
const bok = () => installera({ [BLAD]: indikatortabell(), Blad2: [["Annat"]] }, { blad: BLAD, adress: "A1" });

describe("clear Swedish messages, and nothing changed, for", () => {
  it("a selection of whole columns", async () => {
    const { wb } = bok();
    markera(wb, BLAD, "A:G");
    await expect(adapter.lasTabell()).rejects.toThrow(
      new Anvandarfel(
        "Du har markerat hela kolumner (A:G). Markera tabellen, eller en cell i den, och välj Läs in igen.",
      ),
    );
  });

  it("a table at the sheet's right edge", async () => {
    const { wb } = installera({ [BLAD]: [] }, { blad: BLAD, adress: "XFB1" });
    [
      ["Indikator", "Utfall", "Målvärde"],
      ["Sjukfrånvaro", "6,5 %", "≤ 7 %"],
    ].forEach((rad, r) => rad.forEach((v, k) => anvandare.skriv(wb, BLAD, `${["XFB", "XFC", "XFD"][k]}${r + 1}`, v)));
    const fore = ogonblick(wb);
    await expect(farglagg()).rejects.toThrow(/arkets högra kant \(kolumn XFD\)/);
    expect(ogonblick(wb)).toBe(fore);
  });

  it("a protected sheet", async () => {
    const { wb } = bok();
    await farglagg();
    anvandare.skydda(wb, BLAD);
    const fore = ogonblick(wb);
    await expect(farglagg()).rejects.toThrow(/Bladet Mål 2020 är skyddat/);
    await expect(lasStatusar()).rejects.toThrow(/Bladet Mål 2020 är skyddat/);
    await expect(taBort()).rejects.toThrow(/Bladet Mål 2020 är skyddat/);
    expect(ogonblick(wb)).toBe(fore);
  });

  it("a table read on one sheet while the user stands on another", async () => {
    const { wb } = bok();
    const { tabell, last } = await lasIn();
    markera(wb, "Blad2", "A1");
    const fore = ogonblick(wb);
    await expect(adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR)).rejects.toThrow(
      "Den inlästa tabellen ligger på bladet Mål 2020, men du står på bladet Blad2.",
    );
    expect(ogonblick(wb)).toBe(fore);
  });

  it("a table edited between Läs in and Färgmarkera", async () => {
    const { wb } = bok();
    const { tabell, last } = await lasIn();
    anvandare.infogaKolumner(wb, BLAD, "C");
    const fore = ogonblick(wb);
    await expect(adapter.farglagg(tabell, last, STANDARDINSTALLNINGAR)).rejects.toThrow(
      /Tabellen har ändrats sedan du läste in den/,
    );
    expect(ogonblick(wb)).toBe(fore);
  });

  it("a table without utfall and målvärde chosen", async () => {
    bok();
    const { tabell } = await lasIn();
    const utanRoller = bedomIgen(tabell.tabell, { kolumnval: { indikator: 2 } });
    await expect(adapter.farglagg(tabell, utanRoller, STANDARDINSTALLNINGAR)).rejects.toThrow(
      /Ingen kolumn för Utfall.*Ingen kolumn för Målvärde/,
    );
  });
});

describe("a received workbook's records are checked, never trusted", () => {
  it("hidden names in Målkoll's scheme over the user's data clear nothing, and are removed", async () => {
    const { wb } = bok();
    anvandare.laggTillNamn(wb, "_Malkoll_1_1_Status", `'${BLAD}'!$G$1:$G$27`, false);
    anvandare.laggTillNamn(wb, "_Malkoll_1_1_Mal", `'${BLAD}'!$F$1:$F$27`, false);
    anvandare.laggTillNamn(wb, "_Malkoll_1_1_K_utfall", `'${BLAD}'!$F$1:$F$27`, false);
    anvandare.laggTillNamn(wb, "_Malkoll_1_1_K_malvarde", `'${BLAD}'!$G$1:$G$27`, false);
    anvandare.laggTillNamn(wb, "_Malkoll_1_1_Info", '="malkoll;v=1;typ=indikatorer"', false);
    anvandare.laggTillNamn(wb, "_Malkoll_2_1_Status", "Blad2!$A$1:$B$1", false);
    anvandare.laggTillNamn(wb, "_Malkoll_2_1_Info", '="malkoll;v=1;typ=indikatorer;band=WEBSERVICE"', false);
    const fore = anvandarceller(wb);
    const oversikt = await adapter.markeringar();
    expect(oversikt.varningar.join(" ")).toMatch(/markering 2 kunde inte användas/);
    await taBort();
    expect(anvandarceller(wb)).toEqual(fore);
    expect(wb.namn).toHaveLength(0);
  });

  it("a visible name that looks like Målkoll's is the user's: never read, never deleted", async () => {
    const { wb } = bok();
    anvandare.laggTillNamn(wb, "_Malkoll_1_1_Status", `'${BLAD}'!$G$1:$G$27`, true);
    await farglagg();
    expect(wb.namn.filter((n) => n.ursprung === "tillagg").every((n) => !n.namn.startsWith("_Malkoll_1_"))).toBe(true);
    await taBort();
    expect(wb.namn.map((n) => n.namn)).toEqual(["_Malkoll_1_1_Status"]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("settings of the wrong type or range fall back to the defaults, with a message", () => {
    const { wb } = bok();
    wb.installningar.set("malkoll.installningar", JSON.stringify({ helRad: true, symboler: "nej", delvisAndel: 7 }));
    const { installningar, varning } = adapter.lasInstallningar(STANDARDINSTALLNINGAR);
    expect(installningar).toEqual({ helRad: true, symboler: true, delvisAndel: 0.1 });
    expect(varning).toMatch(/Visa symboler.*ogiltig.*Delvis uppfyllt.*10 %/);
  });
});

describe("the user's own columns next to Målkoll's", () => {
  it("a column inserted between the status and goal columns stays the user's when colouring again", async () => {
    const { wb } = bok();
    await farglagg();
    anvandare.infogaKolumner(wb, BLAD, "I");
    anvandare.skriv(wb, BLAD, "I1", "Kommentar");
    anvandare.skriv(wb, BLAD, "I10", "Se bilaga");
    const fore = anvandarceller(wb);
    const { resultat } = await farglagg();
    expect(resultat.markering).toMatchObject({ status: "H1:H27", mal: "J1:J27" });
    expect(anvandarceller(wb)).toEqual(fore);
    expect([...wb.blad[0].celler.keys()].filter((k) => k % 16384 === 8).length).toBe(2);
    expect(formel(wb, BLAD, "J10")).toBe("=KPI.SAMMANVAGD.OM($H$10:$H$17,$B$10:$B$17,B10,$C$10:$C$17)");
    await taBort();
    expect(anvandarceller(wb)).toEqual(fore);
    expect(tillaggsrester(wb)).toEqual([]);
  });
});

describe("several tables, summary sheets, locked and live statuses", () => {
  it("removes one table's marking alone, and says what it removed", async () => {
    const rader = indikatortabell();
    const { wb } = installera({ [BLAD]: [...rader, [], [], ...rader] }, { blad: BLAD, adress: "A1" });
    await farglagg();
    markera(wb, BLAD, "C31");
    await farglagg();
    const { markeringar } = await adapter.markeringar();
    expect(markeringar.map((m) => [m.tabell, m.status])).toEqual([
      ["A1:G27", "H1:H27"],
      // The first table's legend is left out: under it, two rows down, is the second table.
      ["A30:G56", "H30:H56"],
    ]);
    const resultat = await adapter.taBort({ markeringar: [markeringar[0].id], sammanstallningar: false });
    expect(resultat.meddelanden[0]).toMatch(
      /^Borttaget för tabellen A1:G27 på bladet Mål 2020: 39 celler, 4 villkorsstyrda formateringar och 9 dolda namn\.$/,
    );
    expect(formel(wb, BLAD, "H10")).toBe("");
    expect(formel(wb, BLAD, "H39")).toMatch(/^=KPI\.MALUPPFYLLELSE/);
    await taBort();
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("deletes a summary sheet only while it holds exactly what Målkoll wrote", async () => {
    const { wb } = bok();
    const { utv } = await lasIn();
    const forsta = await adapter.skapaSammanstallning(utv!);
    const andra = await adapter.skapaSammanstallning(utv!);
    anvandare.skriv(wb, andra, "D3", "Vår egen motivering");
    expect((await adapter.markeringar()).sammanstallningar.map((s) => s.blad)).toEqual([forsta, andra]);
    const resultat = await taBort();
    expect(resultat.bladBorttagna).toEqual([forsta]);
    expect(resultat.bladKvar).toEqual([andra]);
    expect(wb.hittaBlad(forsta)).toBeUndefined();
    expect(fake.cell(wb, andra, "D3").formel).toBe("Vår egen motivering");
    expect(wb.namn).toHaveLength(0);
  });

  it("tells live, locked and typed statuses apart, and leaves error values live", async () => {
    const { wb } = bok();
    await farglagg();
    const inlast = (await lasIn()).tabell;
    expect(inlast.markering?.lage).toEqual({ levande: 26 + 11, lasta: 0, forHand: 0 });
    expect(inlast.meddelanden[0]).toBe(
      "Alla 37 statusar i H2:I27 är levande KPI-formler som följer ändringar i tabellen.",
    );
    anvandare.skriv(wb, BLAD, "H2", "Uppfyllt");
    await lasStatusar();
    expect((await lasIn()).tabell.markering?.lage).toEqual({ levande: 0, lasta: 25 + 11, forHand: 1 });
    // Without the functions (another computer), a status shows #NAME? and cannot be locked.
    await farglagg();
    wb.kalkylator = undefined;
    const resultat = await lasStatusar();
    expect(resultat.lasta).toBe(0);
    expect(resultat.ejLasta).toHaveLength(25 + 11);
    expect(resultat.meddelanden.join(" ")).toMatch(/visar ett fel och låstes inte/);
  });
});

describe("a table of 100 000 rows", () => {
  it("is written in requests under 4 MB, one more sync per request at most", async () => {
    const tabell = (antal: number) => {
      const rader: unknown[][] = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
      for (let i = 0; i < antal; i++)
        rader.push([`Mål ${i % 9}`, i % 4 ? "Andel heltider" : "Total sjukfrånvaro", 50, 40 + (i % 30), "≤ 60"]);
      return rader;
    };
    const matt = async (antal: number) => {
      const { raknare } = installera({ Blad1: tabell(antal) }, { blad: "Blad1", adress: "A1" });
      const { tabell: t, last } = await lasIn();
      raknare.syncs = 0;
      raknare.begaran.length = 0;
      await adapter.farglagg(t, last, STANDARDINSTALLNINGAR);
      return { syncs: raknare.syncs, begaran: [...raknare.begaran] };
    };
    const liten = await matt(100);
    const stor = await matt(100000);
    expect(Math.max(...stor.begaran)).toBeLessThanOrEqual(4_000_000);
    const fulla = Math.ceil(stor.begaran.reduce((s, b) => s + b, 0) / 4_000_000);
    // Reads come in blocks of 100 000 cells: the table's name and goal columns, the value columns' number formats,
    // and Målkoll's two columns.
    const lasblock = Math.ceil((5 * 100000) / 100000) + Math.ceil((2 * 100006) / 100000);
    expect(stor.syncs).toBeLessThanOrEqual(liten.syncs + fulla + lasblock);
  }, 60000);
});

describe("a Färgmarkera that failed midway", () => {
  it("is completed by the next one, whatever names it left", async () => {
    const { wb } = bok();
    await farglagg();
    // A crash after the first name of generation 2 was added.
    anvandare.laggTillNamn(wb, "_Malkoll_1_2_Tabell", `'${BLAD}'!$A$1:$G$27`, false);
    await farglagg();
    expect(wb.namn.filter((n) => /^_Malkoll_1_[12]_/.test(n.namn))).toEqual([]);
    expect(wb.namn.some((n) => n.namn === "_Malkoll_1_3_Status")).toBe(true);
    await taBort();
    expect(tillaggsrester(wb)).toEqual([]);
    expect(wb.namn).toEqual([]);
  });
});
