/**
 * A copy of the coloured table, with Målkoll's columns, pasted under it (a reviewer's finding: a copy whose header
 * lands among the legend's rows lost its status and goal columns on Färgmarkera and Ta bort). Two or more blank rows
 * above the copy keep it a table of its own (docs/atgardsfonstret.md); it is the user's, never changed.
 */
import * as ruta from "./ruta";
import { anvandarceller, anvandare, forlorat, indikatortabell, installera, lasIn, tillaggsrester } from "./hjalp";

const BLAD = "Mål";

describe.each(["A30", "A31", "A33", "A34", "A40"])("a copy of the coloured table (A1:I33) pasted at %s", (till) => {
  it("is the user's: Läs in, Färgmarkera and Ta bort never change it, and Ta bort leaves nothing of Målkoll's", async () => {
    const { wb } = installera({ [BLAD]: indikatortabell() }, { blad: BLAD, adress: "C2" });
    await ruta.farglagg();
    anvandare.kopiera(wb, BLAD, "A1:I33", till);
    const fore = anvandarceller(wb);
    anvandare.markera(wb, BLAD, "C2");
    const { tabell } = await lasIn();
    expect(tabell.adress).toBe("'Mål'!A1:G27");
    await ruta.farglagg();
    expect(forlorat(wb, fore)).toEqual([]);
    await ruta.taBort();
    expect(forlorat(wb, fore)).toEqual([]);
    expect(tillaggsrester(wb)).toEqual([]);
  });
});
