/**
 * A reviewer's findings after issue 16: edits and sheet names with which the pane could still lose or misplace the
 * user's data, each on the indikatorer-2020 table (A1:G27) against the recording fake.
 */
import * as ruta from "./ruta";
import { anvandarceller, anvandare, formel, indikatortabell, installera, ogonblick, tillaggsrester } from "./hjalp";
import type { Arbetsbok } from "../fake";

const BLAD = "Mål 2020";

function bok(blad = BLAD) {
  return installera({ [blad]: indikatortabell() }, { blad, adress: "A1" }).wb;
}

/** Every cell of the user's changed since `fore`. */
function forlorat(wb: Arbetsbok, fore: Map<string, unknown>): string[] {
  const nu = anvandarceller(wb);
  return [...fore]
    .filter(([k, v]) => nu.get(k) !== v)
    .map(([k, v]) => `${k}: ${String(v)} → ${String(nu.get(k) ?? "")}`);
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
  it("7. a table whose legend would fall past row 1 048 576 is refused in Swedish, and nothing is written", async () => {
    const forsta = 1048576 - 27 - 2; // the table ends three rows above the last row: no room for a blank row and five legend cells
    const { wb } = installera({ Blad1: [] }, { blad: "Blad1", adress: "A1" });
    indikatortabell().forEach((rad, i) =>
      rad.forEach((v, j) => {
        if (v !== "" && v !== undefined) anvandare.skriv(wb, "Blad1", `${"ABCDEFG"[j]}${forsta + i}`, v as string);
      }),
    );
    anvandare.markera(wb, "Blad1", `B${forsta + 5}`);
    const fore = ogonblick(wb);
    await expect(ruta.farglagg()).rejects.toThrow(
      "Tabellen slutar för nära arkets nedre kant (rad 1048573 av 1 048 576), så det finns ingen plats för Målkolls förklaring under den (6 rader). Flytta tabellen uppåt och försök igen.",
    );
    expect(ogonblick(wb)).toBe(fore);
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
