/**
 * Finding tables in a sheet as Excel holds it: blank rows inside a table, where a table ends, titles and section
 * headings, merged cells, Excel tables, Målkoll's own columns, the pane's selection, and untrusted input.
 */
import { ark, las, rad, TOM, type Radspec } from "../fixtures/layouter";
import { arBrytrad, bedomIgen, lasArk, lasTabellVid, type Lastabell } from "../../src/core/tabell/tabell";
import { lasRubriktext } from "../../src/core/tabell/avsnitt";
import type { Arkutsnitt } from "../../src/core/tabell/ark";

const U = "Uppfyllt" as const;
const E = "Ej uppfyllt" as const;

const vid = (utsnitt: Arkutsnitt, a1: { rad: number; kolumn: number }, rader = 1, kolumner = 1) =>
  lasTabellVid(utsnitt, { ...a1, rader, kolumner });

const tabellVid = (utsnitt: Arkutsnitt, rad: number, kolumn: number): Lastabell => {
  const svar = vid(utsnitt, { rad, kolumn });
  if (!svar.tabell) throw new Error(svar.fel);
  return svar.tabell;
};

const namn = (t: Lastabell | undefined) => t?.utvardering?.rader.map((r) => r.namn);

const HUVUD = las("Indikator", "Utfall", "Målvärde");
const r = (n: string, u: number, m: string): Radspec => rad([n, u, m], u <= 7 ? U : E, "");

describe("a table across blank rows", () => {
  const { utsnitt } = ark("Blad1", [
    HUVUD,
    r("A", 5, "Högst 7"),
    r("B", 6, "Högst 7"),
    TOM,
    r("C", 9, "Högst 7"),
    r("D", 3, "Högst 7"),
  ]);

  it("is read whole from a cell below the blank row, and says so (issue 16)", () => {
    const t = tabellVid(utsnitt, 4, 1);
    expect(t.adress).toBe("Blad1!A1:C6");
    expect(namn(t)).toEqual(["A", "B", "C", "D"]);
    expect(t.beskrivning).toBe("A1:C6, 4 rader; 1 tom rad hoppades över");
    expect(t.utvardering?.hoppade).toEqual([{ index: 2, rad: 3, skal: "Tom rad" }]);
  });

  it("is read whole from a cell above it too, and from the header", () => {
    expect(tabellVid(utsnitt, 1, 0).adress).toBe("Blad1!A1:C6");
    expect(tabellVid(utsnitt, 0, 2).adress).toBe("Blad1!A1:C6");
  });

  it("ends at two blank rows in a row", () => {
    const { utsnitt: u } = ark("Blad1", [HUVUD, r("A", 5, "Högst 7"), TOM, TOM, r("B", 6, "Högst 7")]);
    expect(tabellVid(u, 1, 0).adress).toBe("Blad1!A1:C2");
    expect(lasArk(u).tabeller.map((t) => t.adress)).toEqual(["Blad1!A1:C2"]);
  });

  it("ends where the row after a blank row writes outside its columns", () => {
    const { utsnitt: u } = ark("Blad1", [
      HUVUD,
      r("A", 5, "Högst 7"),
      TOM,
      las("Summa", 11, null, "ej del av tabellen"),
    ]);
    expect(tabellVid(u, 1, 0).adress).toBe("Blad1!A1:C2");
  });

  it("leaves a source line after a blank row out", () => {
    const { utsnitt: u } = ark("Blad1", [HUVUD, r("A", 5, "Högst 7"), TOM, las("Källa: Kolada")]);
    const t = tabellVid(u, 1, 0);
    expect(t.adress).toBe("Blad1!A1:C2");
    expect(t.beskrivning).toBe("A1:C2, 1 rad");
  });

  it("skips a header repeated inside the table", () => {
    const { utsnitt: u } = ark("Blad1", [HUVUD, r("A", 5, "Högst 7"), HUVUD, r("B", 9, "Högst 7")]);
    const t = tabellVid(u, 3, 0);
    expect(t.adress).toBe("Blad1!A1:C4");
    expect(t.utvardering?.hoppade).toEqual([{ index: 1, rad: 2, skal: "Rubrikraden upprepas" }]);
  });
});

describe("several tables on one sheet", () => {
  const { utsnitt } = ark("Delår", [
    las("Kommunövergripande mål: Trygg uppväxt"),
    HUVUD,
    r("A", 5, "Högst 7"),
    TOM,
    las("Målområde: Ekonomi"),
    las("Indikator", "Utfall", "Målvärde", null, "Indikator", "Utfall", "Målvärde"),
    rad(["B", 9, "Högst 7", null, "X", 1, "Högst 7"], E, ""),
  ]);
  const l = lasArk(utsnitt);

  it("finds each table, side by side too, with the titles above it", () => {
    expect(l.tabeller.map((t) => t.adress)).toEqual(["'Delår'!A2:C3", "'Delår'!A6:C7", "'Delår'!E6:G7"]);
    expect(l.tabeller[0].utvardering?.rader[0].kommunmal).toBe("Trygg uppväxt");
    expect(l.tabeller[1].utvardering?.rader[0].malomrade).toBe("Ekonomi");
    expect(l.tabeller[1].utvardering?.rader[0].kommunmal).toBeUndefined();
  });

  it("a cell of one table answers with the others around it, never itself; several cells with none", () => {
    // What Färgmarkera must not write over (spec §13): sheet coordinates, header rows included.
    const A2C3 = { rad: 1, kolumn: 0, rader: 2, kolumner: 3 };
    const A6C7 = { rad: 5, kolumn: 0, rader: 2, kolumner: 3 };
    const E6G7 = { rad: 5, kolumn: 4, rader: 2, kolumner: 3 };
    expect(vid(utsnitt, { rad: 2, kolumn: 1 }).grannar).toEqual([A6C7, E6G7]);
    expect(vid(utsnitt, { rad: 6, kolumn: 1 }).grannar).toEqual([A2C3, E6G7]);
    expect(vid(utsnitt, { rad: 6, kolumn: 6 }).grannar).toEqual([A2C3, A6C7]);
    expect(vid(utsnitt, { rad: 5, kolumn: 0 }, 2, 3).grannar).toEqual([]);
  });

  it("does not run a table into the title of the next", () => {
    expect(l.tabeller[0].beskrivning).toBe("A2:C3, 1 rad");
  });

  it("says when a sheet has no table", () => {
    const tom = lasArk(ark("Tomt", [las("Anteckningar"), las("Inget här")]).utsnitt);
    expect(tom.tabeller).toEqual([]);
    expect(tom.meddelanden).toEqual([
      "Ingen måltabell hittades på bladet Tomt: ingen rubrikrad med till exempel Indikator, Utfall och Målvärde.",
    ]);
  });
});

describe("section headings", () => {
  it("are not judged; they give the målområde below when the table has no målområde column", () => {
    const { utsnitt } = ark(
      "Blad1",
      [HUVUD, las("Medarbetare"), r("Sjukfrånvaro", 6, "Högst 7"), las("Ekonomi"), r("Resultat", 9, "Högst 7")],
      { sammanfogade: ["A2:C2"] },
    );
    const u = tabellVid(utsnitt, 0, 0).utvardering!;
    expect(u.rader.map((x) => [x.namn, x.malomrade])).toEqual([
      ["Sjukfrånvaro", "Medarbetare"],
      ["Resultat", "Ekonomi"],
    ]);
    expect(u.avsnitt.map((a) => [a.text, a.slag])).toEqual([
      ["Medarbetare", "malomrade"],
      ["Ekonomi", "malomrade"],
    ]);
    expect(u.hoppade.map((h) => h.skal)).toEqual(["Rubrikrad: Medarbetare", "Rubrikrad: Ekonomi"]);
  });

  it("give the nämndmål when the table has a målområde column but no nämndmål column", () => {
    const { utsnitt } = ark("Blad1", [
      las("Målområde", "Indikator", "Utfall", "Målvärde"),
      las("Goda arbetsplatser"),
      rad(["Medarbetare", "Sjukfrånvaro", 6, "Högst 7"], U, ""),
      rad([null, "Kvinnor", 9, "Högst 7"], E, ""),
    ]);
    const u = tabellVid(utsnitt, 2, 1).utvardering!;
    expect(u.rader.map((x) => [x.namn, x.brytrad, x.namndmal, x.malomrade])).toEqual([
      ["Sjukfrånvaro", false, "Goda arbetsplatser", "Medarbetare"],
      ["Kvinnor", true, "Goda arbetsplatser", "Medarbetare"],
    ]);
    expect(u.mal).toEqual([expect.objectContaining({ namndmal: "Goda arbetsplatser", status: U, rader: [1] })]);
  });

  it("read their prefix", () => {
    expect(lasRubriktext("Målområde: Ekonomi")).toEqual({ text: "Ekonomi", slag: "malomrade" });
    expect(lasRubriktext("Perspektiv – Medarbetare")).toEqual({ text: "Medarbetare", slag: "malomrade" });
    expect(lasRubriktext("Mål 2: Goda arbetsplatser")).toEqual({ text: "Goda arbetsplatser", slag: "namndmal" });
    expect(lasRubriktext("Nämndmål 1.2 Trygg vård")).toEqual({ text: "Trygg vård", slag: "namndmal" });
    expect(lasRubriktext("KF-mål: En ekonomi i balans")).toEqual({ text: "En ekonomi i balans", slag: "kommunmal" });
    expect(lasRubriktext("Kommunövergripande mål: Attraktiv arbetsgivare")).toEqual({
      text: "Attraktiv arbetsgivare",
      slag: "kommunmal",
    });
    expect(lasRubriktext("Målvärden redovisas i bilaga")).toEqual({ text: "Målvärden redovisas i bilaga" });
    expect(lasRubriktext("Medarbetare")).toEqual({ text: "Medarbetare" });
  });

  it("in an activity table, a row with only an activity's name is an activity, not a heading", () => {
    const { utsnitt } = ark("Blad1", [
      las("Aktivitet", "Status"),
      las("Nämndmål: Trygg vård"),
      rad(["Ny rutin för läkemedel", "Genomförd"], U, ""),
      rad(["Utbildning i dokumentation", null], "Kan ej bedömas", ""),
    ]);
    const u = tabellVid(utsnitt, 2, 0).utvardering!;
    expect(u.rader.map((x) => [x.namn, x.aktivitetsstatus, x.namndmal])).toEqual([
      ["Ny rutin för läkemedel", "Genomförd", "Trygg vård"],
      ["Utbildning i dokumentation", "Okänd", "Trygg vård"],
    ]);
  });
});

describe("merged cells", () => {
  it("read as their top-left value: a nämndmål merged down its indicators", () => {
    const { utsnitt } = ark(
      "Blad1",
      [
        las("Nämndmål", "Indikator", "Utfall", "Målvärde"),
        rad(["Goda arbetsplatser", "Sjukfrånvaro", 6, "Högst 7"], U, ""),
        rad([null, "Heltider", 9, "Högst 7"], E, ""),
        rad([null, "Omsättning", 5, "Högst 7"], U, ""),
      ],
      { sammanfogade: ["A2:A4"] },
    );
    const u = tabellVid(utsnitt, 3, 1).utvardering!;
    expect(u.rader.map((x) => x.namndmal)).toEqual(Array(3).fill("Goda arbetsplatser"));
    expect(u.mal).toEqual([expect.objectContaining({ status: "Delvis uppfyllt", rader: [0, 1, 2] })]);
  });

  it("a merged målvärde names its top-left cell for the formula", () => {
    const { utsnitt } = ark("Blad1", [HUVUD, r("Sjukfrånvaro", 6, "Högst 7"), rad(["Kvinnor", 9, null], E, "")], {
      sammanfogade: ["C2:C3"],
    });
    const kvinnor = tabellVid(utsnitt, 0, 0).utvardering!.rader[1];
    expect(kvinnor.varden.malvarde).toBe("Högst 7");
    expect(kvinnor.kallor).toEqual({ utfall: { rad: 2, kolumn: 1 }, malvarde: { rad: 1, kolumn: 2 } });
  });

  it("a row blank but for a merged area above it is a blank row", () => {
    const { utsnitt } = ark(
      "Blad1",
      [
        las("Nämndmål", "Indikator", "Utfall", "Målvärde"),
        rad(["Mål A", "X", 6, "Högst 7"], U, ""),
        TOM,
        rad([null, "Y", 5, "Högst 7"], U, ""),
      ],
      { sammanfogade: ["A2:A4"] },
    );
    const u = tabellVid(utsnitt, 1, 1).utvardering!;
    expect(u.hoppade).toEqual([{ index: 1, rad: 2, skal: "Tom rad" }]);
    expect(u.rader.map((x) => x.namndmal)).toEqual(["Mål A", "Mål A"]);
  });
});

describe("Excel tables and Målkoll's own columns", () => {
  it("an Excel table is read as that table, whatever its header says, when the user points at it", () => {
    const { utsnitt } = ark("Blad1", [las("Namn", "Värde", "Krav"), las("Sjukfrånvaro", 6, "Högst 7")], {
      tabeller: [{ namn: "Tabell1", omrade: "A1:C2" }],
    });
    const t = tabellVid(utsnitt, 1, 1);
    expect(t.excelTabell).toBe("Tabell1");
    expect(t.utvardering).toBeUndefined();
    // The one column of numbers is taken as utfall and the first of names as indicator, each saying why.
    expect(t.mappning.val).toEqual({ indikator: 0, utfall: 1 });
    expect(t.mappning.problem.map((p) => [p.roll, p.slag])).toEqual([["malvarde", "saknas"]]);
    // The batch command skips it, with a line saying why.
    expect(lasArk(utsnitt).meddelanden).toEqual([
      'Excel-tabellen "Tabell1" (Blad1!A1:C2) lästes inte: ingen rubrik som Indikator, Utfall, Målvärde eller Status.',
    ]);
    // Once the user sets the roles, it is judged.
    const satt = bedomIgen(t, { kolumnval: { indikator: 0, utfall: 1, malvarde: 2 } });
    expect(satt.utvardering?.rader.map((x) => x.status)).toEqual([U]);
  });

  it("stops at Målkoll's own status columns beside the table", () => {
    const { utsnitt } = ark("Blad1", [
      las("Indikator", "Utfall", "Målvärde", "Status (Målkoll)", "Målstatus (Målkoll)"),
      rad(["A", 5, "Högst 7", "Uppfyllt", null], U, ""),
    ]);
    expect(tabellVid(utsnitt, 1, 0).adress).toBe("Blad1!A1:C2");
    expect(lasArk(utsnitt).tabeller.map((t) => t.adress)).toEqual(["Blad1!A1:C2"]);
  });

  it("also when Excel widened the user's Excel table to take them in", () => {
    const { utsnitt } = ark(
      "Blad1",
      [las("Indikator", "Utfall", "Målvärde", "Status (Målkoll)"), rad(["A", 5, "Högst 7", "Uppfyllt"], U, "")],
      { tabeller: [{ namn: "Tabell1", omrade: "A1:D2" }] },
    );
    expect(tabellVid(utsnitt, 1, 3).adress).toBe("Blad1!A1:C2");
    expect(lasArk(utsnitt).tabeller.map((t) => [t.adress, t.excelTabell])).toEqual([["Blad1!A1:C2", "Tabell1"]]);
  });
});

describe("the pane's selection", () => {
  const { utsnitt } = ark("Blad1", [
    las("Namn", "Värde", "Krav"),
    las("Sjukfrånvaro", 6, "Högst 7"),
    TOM,
    las("Heltider", 81, "Minst 80"),
  ]);

  it("a table whose header no rule knows is read around the cell, with the roles to set", () => {
    const t = tabellVid(utsnitt, 3, 0);
    expect(t.adress).toBe("Blad1!A1:C4");
    expect(vid(utsnitt, { rad: 3, kolumn: 0 }).grannar).toEqual([]);
    expect(t.utvardering).toBeUndefined();
    expect(t.mappning.kanBedomas).toBe(false);
    const satt = bedomIgen(t, { kolumnval: { indikator: 0, utfall: 1, malvarde: 2 } });
    expect(satt.utvardering?.rader.map((x) => [x.namn, x.status])).toEqual([
      ["Sjukfrånvaro", U],
      ["Heltider", U],
    ]);
    expect(satt.beskrivning).toBe("A1:C4, 2 rader; 1 tom rad hoppades över");
  });

  it("a table read around the cell also answers with the tables the rules found beside it", () => {
    const { utsnitt: u } = ark("Blad1", [
      las("Namn", "Värde", "Krav", null, "Indikator", "Utfall", "Målvärde"),
      las("Sjukfrånvaro", 6, "Högst 7", null, "Heltider", 81, "Minst 80"),
    ]);
    const svar = vid(u, { rad: 1, kolumn: 0 });
    expect(svar.tabell?.adress).toBe("Blad1!A1:C2");
    expect(svar.grannar).toEqual([{ rad: 0, kolumn: 4, rader: 2, kolumner: 3 }]);
  });

  it("several selected cells are read as they are, first row as header", () => {
    const svar = vid(utsnitt, { rad: 0, kolumn: 0 }, 2, 3);
    expect(svar.tabell?.adress).toBe("Blad1!A1:C2");
  });

  it("says why when there is nothing to read", () => {
    expect(vid(utsnitt, { rad: 2, kolumn: 1 }).fel).toBe("Den markerade cellen är tom. Markera en cell i måltabellen.");
    expect(vid(utsnitt, { rad: 40, kolumn: 1 }).fel).toBe(
      "Markeringen ligger utanför det som lästes från bladet. Markera en cell i måltabellen.",
    );
    expect(vid(ark("B", [las("Ensam")]).utsnitt, { rad: 0, kolumn: 0 }).fel).toBe(
      "Markera en tabell med en rubrikrad och minst en rad under den.",
    );
  });

  it("lets the user set a riktning per row; a breakdown row follows its indicator", () => {
    const { utsnitt: u } = ark("Blad1", [HUVUD, r("Andel heltider", 60, "65"), r("Kvinnor", 60, "65")]);
    const t = tabellVid(u, 1, 0);
    expect(t.utvardering?.rader.map((x) => x.riktning)).toEqual(["hogre", "hogre"]);
    const lagre = bedomIgen(t, { riktningar: new Map([[0, "lagre" as const]]) });
    expect(lagre.utvardering?.rader.map((x) => [x.riktning, x.status])).toEqual([
      ["lagre", U],
      ["lagre", U],
    ]);
  });
});

describe("breakdown rows (spec §8)", () => {
  it.each([
    "Kvinnor",
    "Män",
    "män",
    "Flickor",
    "Pojkar",
    "varav kvinnor",
    "- Män",
    "29 år eller yngre",
    "30-49",
    "50-",
    "-29",
  ])("%s is a breakdown", (namn) => expect(arBrytrad(namn)).toBe(true));
  it.each(["Total sjukfrånvaro", "2020", "", "Mannens andel", "Kvinnofrid"])("%j is not", (namn) =>
    expect(arBrytrad(namn)).toBe(false),
  );
});

describe("untrusted input", () => {
  it("reads ragged rows, missing formats and junk merges without throwing", () => {
    const utsnitt = {
      blad: "Skräp",
      rad: 0,
      kolumn: 0,
      varden: [["Indikator", "Utfall", "Målvärde"], ["A", 5], [{ inte: "ett värde" }, 6, "Högst 7", "extra"], null],
      format: [["General"], [7]],
      sammanfogade: [
        { rad: -5, kolumn: -5, rader: 100, kolumner: 1 },
        { rad: 1, kolumn: 1, rader: 0, kolumner: 3 },
        null,
        { rad: 1e9, kolumn: 0, rader: 2, kolumner: 2 },
      ],
      tabeller: [
        { namn: 5, omrade: { rad: 0, kolumn: 0, rader: -1, kolumner: 2 } },
        { namn: "T", omrade: null },
      ],
    } as unknown as Arkutsnitt;
    expect(() => lasArk(utsnitt)).not.toThrow();
    expect(() => vid(utsnitt, { rad: 1, kolumn: 1 })).not.toThrow();
  });
});
