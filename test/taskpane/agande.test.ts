/**
 * A reviewer's findings after issue 16: edits and sheet names with which the pane could still lose or misplace the
 * user's data, each on the indikatorer-2020 table (A1:G27) against the recording fake.
 */
import * as adapter from "../../src/taskpane/excel/adapter";
import { bedomIgen } from "../../src/core/tabell/tabell";
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import * as ruta from "./ruta";
import {
  anvandarceller,
  forlorat,
  anvandare,
  formel,
  indikatortabell,
  installera,
  lasIn,
  ogonblick,
  tillaggsrester,
  varde,
} from "./hjalp";
import { tolka } from "../fake";

const BLAD = "Mål 2020";

function bok(blad = BLAD) {
  return installera({ [blad]: indikatortabell() }, { blad, adress: "A1" }).wb;
}

describe("what the pane writes and removes, after the reviewer's findings", () => {
  it("1. a pasted copy of the marked table below it stays through Färgmarkera and Ta bort", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.kopiera(wb, BLAD, "A1:I36", "A50");
    expect(formel(wb, BLAD, "H59")).toBe(String(formel(wb, BLAD, "H10")).replace(/10/g, "59"));
    const fore = anvandarceller(wb);
    await ruta.farglagg();
    expect(forlorat(wb, fore)).toEqual([]);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it.each(["Nämnd, 2024", "Vård och omsorg's mål", "Kf 2024,2025"])(
    "2. Ta bort removes everything on a sheet named %s (quoted sheet names in the record)",
    async (namn) => {
      const wb = bok(namn);
      const fore = anvandarceller(wb);
      await ruta.farglagg();
      expect(formel(wb, namn, "H10")).toMatch(/^=KPI\.MALUPPFYLLELSE/);
      await ruta.taBort();
      expect(forlorat(wb, fore)).toEqual([]);
      expect(tillaggsrester(wb)).toEqual([]);
    },
  );
});

describe("the sheet's bottom edge", () => {
  it("7. a table whose legend would fall past row 1 048 576 gets its statuses without the legend, and says so", async () => {
    const forsta = 1048576 - 27 - 2; // the table ends three rows above the last row: no room for a blank row and five legend cells
    const { wb } = installera({ Blad1: [] }, { blad: "Blad1", adress: "A1" });
    indikatortabell().forEach((rad, i) =>
      rad.forEach((v, j) => {
        if (v !== "" && v !== undefined) anvandare.skriv(wb, "Blad1", `${"ABCDEFG"[j]}${forsta + i}`, v as string);
      }),
    );
    anvandare.markera(wb, "Blad1", `B${forsta + 5}`);
    const resultat = await ruta.farglagg();
    expect(resultat.meddelanden).toContain(
      "Förklaringen skrevs inte: tabellen slutar för nära arkets sista rad (1 048 576) för att förklaringens 6 rader ska få plats under den.",
    );
    // The status block is written beside the table's rows; nothing under the table's last row.
    expect(varde(wb, "Blad1", `H${forsta}`)).toBe("Status (Målkoll)");
    expect(varde(wb, "Blad1", `H${forsta + 26}`)).not.toBe("");
    for (let r = forsta + 27; r <= 1048576; r++) for (const k of "HIJ") expect(varde(wb, "Blad1", `${k}${r}`)).toBe("");
  });

  it("7. the fake refuses an address past XFD1048576 as Excel does", async () => {
    const { wb } = installera({ Blad1: [["x"]] }, { blad: "Blad1", adress: "A1" });
    const fel = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Blad1").getRange("H1048577").load("values");
      await context.sync();
    }).catch((e: { code?: string }) => e.code);
    expect(fel).toBe("InvalidArgument");
    expect(ogonblick(wb)).toContain('"x"');
  });
});

describe("goal formulas over their own rows", () => {
  it("8. each goal formula reads only its goal's rows, and the sheet agrees with the preview", async () => {
    const rader: unknown[][] = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
    for (let m = 0; m < 3; m++)
      for (let i = 0; i < 4; i++) rader.push([`Mål ${m}`, `Indikator ${m}.${i}`, "50", String(40 + 3 * i + m), "≥ 45"]);
    const { wb } = installera({ Blad1: rader }, { blad: "Blad1", adress: "A1" });
    const { utv } = await ruta.farglaggMedForhandsvisning();
    expect(formel(wb, "Blad1", "G2")).toBe("=KPI.SAMMANVAGD.OM($F$2:$F$5,$A$2:$A$5,A2,$B$2:$B$5)");
    expect(formel(wb, "Blad1", "G6")).toBe("=KPI.SAMMANVAGD.OM($F$6:$F$9,$A$6:$A$9,A6,$B$6:$B$9)");
    expect(formel(wb, "Blad1", "G10")).toBe("=KPI.SAMMANVAGD.OM($F$10:$F$13,$A$10:$A$13,A10,$B$10:$B$13)");
    expect(["G2", "G6", "G10"].map((a) => varde(wb, "Blad1", a))).toEqual(utv?.mal.map((m) => m.status));
  });

  it("8. a goal written once over merged cells reads from the merged area's top cell", async () => {
    const rader: unknown[][] = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
    for (let m = 0; m < 2; m++)
      for (let i = 0; i < 3; i++)
        rader.push([i === 0 ? `Mål ${m}` : "", `Indikator ${m}.${i}`, "50", String(40 + 5 * i), "≥ 45"]);
    const { wb } = installera(
      { Blad1: { varden: rader, sammanfogade: ["A2:A4", "A5:A7"] } },
      { blad: "Blad1", adress: "A1" },
    );
    const { utv } = await ruta.farglaggMedForhandsvisning();
    expect(formel(wb, "Blad1", "G5")).toBe("=KPI.SAMMANVAGD.OM($F$5:$F$7,$A$5:$A$7,A5,$B$5:$B$7)");
    expect(["G2", "G5"].map((a) => varde(wb, "Blad1", a))).toEqual(utv?.mal.map((m) => m.status));
  });
});

describe("cells inserted or deleted inside the table, shifting part of the sheet", () => {
  it("3. cells inserted with shift down in the table's columns: Färgmarkera realigns the block, Ta bort removes it", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.infogaCeller(wb, BLAD, "A10:G10"); // a new indicator row, in the table only
    ["Medarbetare", "Goda arbetsplatser", "Ny indikator", "", "", "5", "4"].forEach((v, i) =>
      anvandare.skriv(wb, BLAD, `${"ABCDEFG"[i]}10`, v),
    );
    // Excel moved the references of Målkoll's formulas with the cells: H10 now reads row 11.
    expect(formel(wb, BLAD, "H10")).toMatch(/^=KPI\.MALUPPFYLLELSE\(F11,G11,/);
    const fore = anvandarceller(wb);
    const resultat = await ruta.farglagg();
    expect(resultat.lamnade).toEqual([]);
    expect(forlorat(wb, fore)).toEqual([]);
    for (const r of [10, 11, 28])
      expect(formel(wb, BLAD, `H${r}`)).toMatch(new RegExp(`^=KPI\\.MALUPPFYLLELSE\\(F${r},G${r},`));
    expect(formel(wb, BLAD, "H30")).toBe("Förklaring (Målkoll):");
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("3. cells deleted with shift up in the table's columns, then Ta bort: nothing of Målkoll's is left", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.taBortCeller(wb, BLAD, "A12:G12");
    const fore = anvandarceller(wb);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("3. Range.insert with shift down through the API moves the cells and references as the user's edit does", async () => {
    const wb = bok();
    await ruta.farglagg();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(BLAD).getRange("A10:G10").insert(Excel.InsertShiftDirection.down);
      await context.sync();
    });
    expect(formel(wb, BLAD, "B11")).toBe(indikatortabell()[9][1]);
    expect(formel(wb, BLAD, "H10")).toMatch(/^=KPI\.MALUPPFYLLELSE\(F11,G11,/);
    expect(formel(wb, BLAD, "I10")).toBe("=KPI.SAMMANVAGD.OM($H$10:$H$17,$B$11:$B$18,B11,$C$11:$C$18)");
  });
});

describe("a copied sheet (Worksheet.copy: sheet-scoped copies of Målkoll's names)", () => {
  it("5. Ta bort removes Målkoll's cells and names on the original and on the copy", async () => {
    const wb = bok();
    await ruta.farglagg();
    const kopia = anvandare.kopieraBlad(wb, BLAD);
    expect(wb.namn.filter((n) => n.omfang?.namn === kopia).length).toBeGreaterThan(0);
    const fore = anvandarceller(wb);
    const oversikt = await adapter.markeringar();
    expect(oversikt.markeringar.map((m) => m.blad).sort()).toEqual([BLAD, kopia]);
    expect(new Set(oversikt.markeringar.map((m) => m.id)).size).toBe(2);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("5. Ta bort of the original's record alone leaves the copy's cells and names, and Ta bort of the copy's then removes them", async () => {
    const wb = bok();
    await ruta.farglagg();
    const kopia = anvandare.kopieraBlad(wb, BLAD);
    const { markeringar } = await adapter.markeringar();
    const original = markeringar.find((m) => m.blad === BLAD);
    const kopians = markeringar.find((m) => m.blad === kopia);
    await adapter.taBort({ markeringar: [original?.id as number], sammanstallningar: false });
    expect(formel(wb, BLAD, "H10")).toBe("");
    expect(formel(wb, kopia, "H10")).toMatch(/^=KPI\.MALUPPFYLLELSE\(F10,G10,/);
    expect(wb.namn.filter((n) => n.omfang === undefined && n.ursprung === "tillagg")).toEqual([]);
    await adapter.taBort({ markeringar: [kopians?.id as number], sammanstallningar: false });
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("5. Färgmarkera on the copy makes its record the workbook's own, and never touches the original", async () => {
    const wb = bok();
    await ruta.farglagg();
    const kopia = anvandare.kopieraBlad(wb, BLAD);
    anvandare.skriv(wb, kopia, "F10", "6.5");
    anvandare.markera(wb, kopia, "A1");
    const fore = anvandarceller(wb);
    await ruta.farglagg();
    expect(wb.namn.filter((n) => n.omfang !== undefined)).toEqual([]);
    expect(varde(wb, kopia, "H10")).toBe("Uppfyllt");
    expect(varde(wb, BLAD, "H10")).toBe("Ej uppfyllt");
    const { markeringar } = await adapter.markeringar();
    await adapter.taBort({
      markeringar: markeringar.filter((m) => m.blad === BLAD).map((m) => m.id),
      sammanstallningar: false,
    });
    expect(formel(wb, kopia, "H10")).toMatch(/^=KPI\.MALUPPFYLLELSE/);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });
});

describe("the pane's riktning per row", () => {
  it("4. a riktning chosen in the pane survives Läs in after Färgmarkera, and the next Färgmarkera keeps it", async () => {
    const wb = bok();
    const forsta = await lasIn();
    const rad = forsta.utv?.rader.find((r) => r.rad === 9); // sheet row 10: sjukfrånvaro, lägre är bättre
    expect(rad?.riktning).toBe("lagre");
    const valda = new Map([[rad?.index as number, "hogre" as const]]);
    const last = bedomIgen(forsta.tabell.tabell, { riktningar: valda, delvisAndel: STANDARDINSTALLNINGAR.delvisAndel });
    await adapter.farglagg(forsta.tabell, last, STANDARDINSTALLNINGAR);
    expect(formel(wb, BLAD, "H10")).toBe('=KPI.MALUPPFYLLELSE(F10,G10,"högre är bättre",,E10)');

    const igen = await lasIn();
    expect([...igen.tabell.riktningar]).toEqual([[rad?.index, "hogre"]]);
    const radIgen = igen.utv?.rader.find((r) => r.rad === 9);
    expect(radIgen?.riktning).toBe("hogre");
    expect(radIgen?.status).toBe(varde(wb, BLAD, "H10"));
    // The pane starts from these riktningar; Färgmarkera again writes the same formula.
    const somRutan = bedomIgen(igen.tabell.tabell, {
      riktningar: igen.tabell.riktningar,
      delvisAndel: STANDARDINSTALLNINGAR.delvisAndel,
    });
    await adapter.farglagg(igen.tabell, somRutan, STANDARDINSTALLNINGAR);
    expect(formel(wb, BLAD, "H10")).toBe('=KPI.MALUPPFYLLELSE(F10,G10,"högre är bättre",,E10)');
  });
});

describe("formats only on Målkoll's own cells", () => {
  it("6. a column inserted between the status and goal columns gets none of Målkoll's formats on repeat Färgmarkera", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.infogaKolumner(wb, BLAD, "I");
    anvandare.skriv(wb, BLAD, "I1", "Kommentar");
    anvandare.skriv(wb, BLAD, "I10", "Uppfyllt enligt nämnden");
    const fore = anvandarceller(wb);
    await ruta.farglagg();
    const i = tolka("I1").rekt.c;
    const overI = wb.blad[0].villkor
      .filter((v) => v.ursprung === "tillagg")
      .flatMap((v) => v.omraden)
      .filter((o) => o.c <= i && o.c + o.kolumner > i);
    expect(overI).toEqual([]);
    // Målkoll's goal column J keeps its colours: rules over J2:J27 reading J2.
    const overJ = wb.blad[0].villkor.filter((v) => v.ursprung === "tillagg" && v.omraden.some((o) => o.c === i + 1));
    expect(overJ).toHaveLength(4);
    expect(overJ.every((v) => v.formel?.startsWith("=OR(J2="))).toBe(true);
    await ruta.farglagg(); // a third time: Målkoll's own formats recognised, nothing added twice
    expect(wb.blad[0].villkor.filter((v) => v.ursprung === "tillagg")).toHaveLength(8);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });
});
