/** Every row of the real report tables in ../shared/examples comes out as the file says. */
import * as fs from "fs";
import * as path from "path";
import { normaliseraAktivitet, AKTIVITETSFARG } from "../../src/core/bedomning/aktivitet";
import { bedom } from "../../src/core/bedomning/bedomning";
import { budgetavvikelse, lasRadtyp } from "../../src/core/nyckeltal/budget";
import { sammanvag } from "../../src/core/bedomning/sammanvagd";
import { lasTal } from "../../src/core/tal/tal";
import { riktningFranNamn, type Riktning } from "../../src/core/bedomning/riktning";
import { EXEMPEL, lasCsv } from "../helpers/csv";
import { kalla, kolumnref, ref } from "../helpers/excel";

const BRYTRADER = new Set(["Män", "Kvinnor"]);

/** The indicator rows with the riktning a row inherits from the indicator above it. */
function indikatorer() {
  let riktning = riktningFranNamn("");
  return lasCsv("indikatorer-2020.csv").map((rad) => {
    const bryt = BRYTRADER.has(rad.indikator);
    if (!bryt) riktning = riktningFranNamn(rad.indikator);
    return Object.assign({ bryt, riktning }, rad) as Record<string, string> & { bryt: boolean; riktning: Riktning };
  });
}

/** The first ../shared/examples above `fran`: the checkout beside shared/, wherever the tests run from. */
function hittaDelade(fran: string): string {
  for (let mapp = fran; ; mapp = path.dirname(mapp)) {
    const kandidat = path.join(mapp, "shared", "examples");
    if (fs.existsSync(kandidat)) return kandidat;
    if (path.dirname(mapp) === mapp) throw new Error(`Hittar inte shared/examples ovanför ${fran}`);
  }
}

describe("the vendored examples", () => {
  // The repository is checked out beside shared/, as in CI; this catches a stale copy. shared/ is found by walking
  // up, since the mutation run copies the repository into a sandbox inside itself (.cache/stryker-tmp/…).
  const delade = hittaDelade(__dirname);
  it("are the same as ../shared/examples", () => {
    expect(fs.readdirSync(EXEMPEL).sort()).toEqual(
      fs
        .readdirSync(delade)
        .filter((f) => f.endsWith(".csv"))
        .sort(),
    );
    for (const fil of fs.readdirSync(EXEMPEL)) {
      expect(fs.readFileSync(path.join(EXEMPEL, fil), "utf8")).toBe(fs.readFileSync(path.join(delade, fil), "utf8"));
    }
  });
});

describe("indikatorer-2020.csv", () => {
  it.each(indikatorer())("$indikator", (rad) => {
    const underlag = {
      utfall: rad["2020"],
      malvarde: rad.malvarde,
      foregaende: rad["2019"],
      riktning: rad.riktning,
    };
    expect(bedom(underlag).status).toBe(rad.forvantad_status);
    const riktningText = rad.riktning === "lagre" ? "lägre är bättre" : "högre är bättre";
    expect(
      kalla("MALUPPFYLLELSE", ref(rad["2020"]), ref(rad.malvarde), riktningText, undefined, ref(rad["2019"])),
    ).toBe(rad.forvantad_status);
  });

  it("gives a reason for every row, with Swedish numbers", () => {
    const total = indikatorer().find((r) => r.indikator === "Total sjukfrånvaro")!;
    expect(
      bedom({ utfall: total["2020"], malvarde: total.malvarde, foregaende: total["2019"], riktning: "lagre" })
        .motivering,
    ).toBe("Utfallet 10,5 är högre än målvärdet 7 (gränsvärde 7,7) och har inte förbättrats från 8");
  });
});

describe("KPI.MALUPPFYLLELSE.KOLUMN on indikatorer-2020.csv", () => {
  it("gives the same statuses in one call as one formula per row", () => {
    const rader = indikatorer();
    const kol = (f: (r: (typeof rader)[number]) => unknown) => kolumnref(...rader.map(f));
    const resultat = kalla(
      "MALUPPFYLLELSE.KOLUMN",
      kol((r) => r["2020"]),
      kol((r) => r.malvarde),
      kol((r) => (r.riktning === "lagre" ? "lägre är bättre" : "högre är bättre")),
      undefined,
      kol((r) => r["2019"]),
    );
    expect(resultat).toEqual(rader.map((r) => [r.forvantad_status]));
  });
});

describe("maluppfyllelse-2020.csv", () => {
  const rader = indikatorer();
  it.each(lasCsv("maluppfyllelse-2020.csv"))("$namndmal", (mal) => {
    const namndmal = mal.namndmal;
    const statusar = rader
      .filter((r) => r.namndmal === namndmal && !r.bryt)
      .map(
        (r) => bedom({ utfall: r["2020"], malvarde: r.malvarde, foregaende: r["2019"], riktning: r.riktning }).status,
      );
    expect(sammanvag(statusar)).toBe(mal.forvantad_status);
    expect(kalla("SAMMANVAGD", kolumnref(...statusar))).toBe(mal.forvantad_status);
  });
});

describe("personal-2020.csv", () => {
  it.each(lasCsv("personal-2020.csv"))("$nyckeltal", (rad) => {
    const namn = rad.nyckeltal;
    const r = bedom({ utfall: rad.bokslut_2020, malvarde: rad.malvarde_helar, foregaende: rad.bokslut_2019, namn });
    expect(r.status).toBe(rad.forvantad_status);
  });
});

describe("driftsammandrag-2020.csv", () => {
  it.each(lasCsv("driftsammandrag-2020.csv"))("$verksamhet", (rad) => {
    const tal = (t: string) => {
      const last = lasTal(t);
      if (last.typ !== "tal") throw new Error(t);
      return last.varde;
    };
    const forvantad = tal(rad.avvikelse_tkr);
    expect(budgetavvikelse(tal(rad.bokslut_2020_tkr), tal(rad.budget_2020_tkr), lasRadtyp(rad.typ))).toBe(forvantad);
    expect(kalla("BUDGETAVVIKELSE", ref(rad.bokslut_2020_tkr), ref(rad.budget_2020_tkr), rad.typ)).toBe(forvantad);
  });
});

describe("aktiviteter-2020.csv", () => {
  it.each(lasCsv("aktiviteter-2020.csv"))("$status_som_skriven", (rad) => {
    const text = rad.status_som_skriven;
    const normaliserad = normaliseraAktivitet(text);
    expect(normaliserad).toBe(rad.normaliserad_status);
    expect(AKTIVITETSFARG[normaliserad]).toBe(rad.farg);
    expect(kalla("AKTIVITETSSTATUS", ref(text))).toBe(rad.normaliserad_status);
  });
});
