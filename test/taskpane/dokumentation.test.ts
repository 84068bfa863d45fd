/**
 * docs/atgardsfonstret.md tells the user which headers Målkoll recognises, in one table. Every header written there
 * (in backticks) must be read by the core's header reader (src/core/tabell/rubrik.ts) as the role its row names, so
 * the documentation cannot promise a header the reader does not know, or name the wrong role for it.
 */
import * as fs from "fs";
import * as path from "path";
import { lasRubrik, type Rubrik } from "../../src/core/tabell/rubrik";

const DOK = fs.readFileSync(path.resolve(__dirname, "../../docs/atgardsfonstret.md"), "utf8");

/** What the reader must make of a header in each row of the table, by the row's first cell. */
const ROLLER: Record<string, (r: Rubrik) => boolean> = {
  Indikator: (r) => r.slag.typ === "roll" && r.slag.roll === "indikator",
  Utfall: (r) => r.slag.typ === "period",
  Föregående: (r) => r.slag.typ === "foregaende",
  Målvärde: (r) => r.slag.typ === "malvarde",
  Gränsvärde: (r) => r.slag.typ === "roll" && r.slag.roll === "gransvarde",
  Riktning: (r) => r.slag.typ === "roll" && r.slag.roll === "riktning",
  Nämndmål: (r) => r.slag.typ === "roll" && r.slag.roll === "namndmal",
  Målområde: (r) => r.slag.typ === "roll" && r.slag.roll === "malomrade",
  "Kommunövergripande mål": (r) => r.slag.typ === "roll" && r.slag.roll === "kommunmal",
  Status: (r) => r.slag.typ === "roll" && r.slag.roll === "status",
  Aktivitet: (r) => r.slag.typ === "roll" && r.slag.roll === "aktivitet",
  Jämförelse: (r) => r.slag.typ === "roll" && r.slag.roll === "jamforelse",
  "lämnas orörd": (r) => r.slag.typ === "lamnas",
};

/** The rows of every table in the document whose header is `| roll | rubriker som känns igen |`. */
function rubriktabeller(): { roll: string; rubriker: string[] }[][] {
  const tabeller: { roll: string; rubriker: string[] }[][] = [];
  let nu: { roll: string; rubriker: string[] }[] | undefined;
  for (const rad of DOK.split("\n")) {
    if (/^\|\s*roll\s*\|\s*rubriker som känns igen\s*\|$/.test(rad)) {
      nu = [];
      tabeller.push(nu);
    } else if (nu && rad.startsWith("|")) {
      if (/^\|[\s-|]+$/.test(rad)) continue;
      const [roll, rubriker] = rad.split("|").slice(1, 3);
      nu.push({ roll: roll.trim(), rubriker: [...rubriker.matchAll(/`([^`]+)`/g)].map((m) => m[1]) });
    } else nu = undefined;
  }
  return tabeller;
}

describe("docs/atgardsfonstret.md: the headers Målkoll recognises", () => {
  const tabeller = rubriktabeller();

  it("are listed in exactly one table, with a row for every role", () => {
    expect(tabeller).toHaveLength(1);
    expect(tabeller[0].map((r) => r.roll).sort()).toEqual(Object.keys(ROLLER).sort());
  });

  it("are each read by the header reader as the role their row names", () => {
    const fel: string[] = [];
    for (const { roll, rubriker } of tabeller[0] ?? []) {
      expect(rubriker.length).toBeGreaterThan(0);
      for (const text of rubriker) {
        const rubrik = lasRubrik(/^\d+$/.test(text) ? Number(text) : text);
        if (!ROLLER[roll](rubrik)) fel.push(`${roll}: "${text}" läses som ${JSON.stringify(rubrik.slag)}`);
      }
    }
    expect(fel).toEqual([]);
  });

  it("name a year-numbered målvärde a målvärde, and a bare Mål one whose content decides", () => {
    expect(lasRubrik("Mål 2024").slag).toEqual({ typ: "malvarde", tvetydig: false });
    expect(lasRubrik("Mål").slag).toEqual({ typ: "malvarde", tvetydig: true });
  });
});
