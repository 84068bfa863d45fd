/**
 * The entry points for reading goal tables from a sheet as Excel holds it (ark.ts): `lasArk` for the batch command
 * (every table of a sheet), `lasTabellVid` for the task pane (the table around the user's selection) and
 * `bedomIgen` for the pane after the user changes a role or a riktning. All three give the same `Lastabell`.
 */
import { bladnamn, omradesAdress } from "../skrivning/adress";
import type { Arkomrade, Arkutsnitt } from "./ark";
import { avsnittstext } from "./avsnitt";
import { arTvaRubrikrader, hittaTabeller, inuti, omradeKring, overlappar, Rutnat, tabellceller } from "./avgransning";
import { arTomRad, type Tabellceller } from "./celler";
import { mappa, type Mappning } from "./mappning";
import { bedomRader, type Bedomningsval, type Utvardering } from "./rader";
import type { Kolumnval } from "./roller";
import { lasRubrik } from "./rubrik";
import type { Cellvarde } from "../tal/cell";

/** What the batch command and the pane may set for a whole read. */
export interface Lasinstallningar {
  /** The delvis band without a gränsvärde, as a fraction of |målvärde| (spec §7); the core's 10 % when omitted. */
  readonly delvisAndel?: number;
}

/** One table read from a sheet: where it is, how its columns map, and (when the mapping allows) every row judged. */
export interface Lastabell {
  readonly blad: string;
  /** Header row included, sheet coordinates (0-based). */
  readonly omrade: Arkomrade;
  /** The same as an address with the sheet: `'Mål 2020'!A1:G27`. */
  readonly adress: string;
  /** The Excel table (ListObject) it is, if it is one. */
  readonly excelTabell?: string;
  /** The cells read: what `bedomIgen` judges again. */
  readonly celler: Tabellceller;
  readonly mappning: Mappning;
  /** Every row and nämndmål judged; undefined while a required role is missing or ambiguous (mappning.problem). */
  readonly utvardering?: Utvardering;
  /** Blank rows inside the table that were stepped over. */
  readonly tommaRader: number;
  /** What was read, for the user: `A1:G31, 28 rader; 2 tomma rader hoppades över`. */
  readonly beskrivning: string;
}

/** Every table of one sheet. */
export interface Arklasning {
  readonly blad: string;
  readonly tabeller: readonly Lastabell[];
  /** What the sheet held that was not read, in Swedish: no table at all, an Excel table that is no goal table. */
  readonly meddelanden: readonly string[];
}

/** Why a selection holds no table: its rows stop at the header (also what the pane says before it asks the reader). */
export const FEL_INGEN_TABELL = "Markera en tabell med en rubrikrad och minst en rad under den.";
/** Why one selected cell holds no table: it is blank. */
export const FEL_TOM_CELL = "Den markerade cellen är tom. Markera en cell i måltabellen.";

/**
 * The pane's answer: the table, or why there is none (in Swedish). With the table, `grannar`: the other tables the
 * rules found on the utsnitt when one cell was selected (sheet coordinates, header rows included, none overlapping
 * the table); empty for a selection of several cells, where no other table is looked for.
 */
export type Markeringssvar =
  | { readonly tabell: Lastabell; readonly grannar: readonly Arkomrade[]; readonly fel?: undefined }
  | { readonly tabell?: undefined; readonly grannar?: undefined; readonly fel: string };

/** A header that names a role or a value column (not only a comment or an unknown word). */
const arKandRubrik = (cell: Cellvarde): boolean => {
  const typ = lasRubrik(cell).slag.typ;
  return typ === "roll" || typ === "period" || typ === "foregaende" || typ === "malvarde";
};

const antal = (n: number, en: string, flera: string): string => `${n} ${n === 1 ? en : flera}`;

/** "A1:G31, 28 rader varav 3 rubrikrader; 2 tomma rader hoppades över": rows under the header, section headings included. */
function beskriv(celler: Tabellceller, tomma: number, avsnitt: number): string {
  const o = celler.omrade;
  const rader = celler.rader.length - tomma;
  let text = `${omradesAdress(o.rad, o.kolumn, o.rader, o.kolumner)}, ${antal(rader, "rad", "rader")}`;
  if (avsnitt > 0) text += ` varav ${antal(avsnitt, "rubrikrad", "rubrikrader")}`;
  if (tomma > 0) text += `; ${antal(tomma, "tom rad", "tomma rader")} hoppades över`;
  return text;
}

/** Data rows that may carry content the mapping reads (section heading rows only blur the content tests). */
const innehallsrader = (celler: Tabellceller) => celler.rader.filter((r) => !arTomRad(r) && !avsnittstext(r));

/** Maps and judges found cells. `kolumnval` is the user's mapping, when there is one. */
function las(celler: Tabellceller, val: Bedomningsval & { readonly kolumnval?: Kolumnval }): Lastabell {
  const mappning = mappa(celler.rubriker, innehallsrader(celler), val.kolumnval);
  const utvardering = mappning.kanBedomas ? bedomRader(celler, mappning, val) : undefined;
  const tomma = celler.rader.filter(arTomRad).length;
  const o = celler.omrade;
  return {
    blad: celler.blad,
    omrade: o,
    adress: `${bladnamn(celler.blad)}!${omradesAdress(o.rad, o.kolumn, o.rader, o.kolumner)}`,
    excelTabell: celler.excelTabell,
    celler,
    mappning,
    utvardering,
    tommaRader: tomma,
    beskrivning: beskriv(celler, tomma, utvardering?.avsnitt.length ?? 0),
  };
}

/**
 * Every goal table of a sheet, for the batch command (issue 18). Tables are found by their header rows (a row
 * with at least two known headers, one naming a role and one a value column: docs/atgardsfonstret.md); an Excel
 * table (ListObject) is read as that table when its header has a known word. Each table is mapped and, when no
 * required role is missing or ambiguous, judged row by row and nämndmål by nämndmål. Never throws on data.
 */
export function lasArk(utsnitt: Arkutsnitt, installningar: Lasinstallningar = {}): Arklasning {
  const rutnat = new Rutnat(utsnitt);
  const { tabeller, excel } = hittaTabeller(rutnat);
  const meddelanden: string[] = [];
  const lasta: Lastabell[] = [];
  for (const e of excel) {
    const t = las(e, installningar);
    if (e.rubriker.some(arKandRubrik)) lasta.push(t);
    else {
      meddelanden.push(
        `Excel-tabellen "${e.excelTabell}" (${t.adress}) lästes inte: ingen rubrik som Indikator, Utfall, Målvärde eller Status.`,
      );
    }
  }
  for (const f of tabeller) lasta.push(las(f, installningar));
  lasta.sort((a, b) => a.omrade.rad - b.omrade.rad || a.omrade.kolumn - b.omrade.kolumn);
  if (lasta.length === 0 && meddelanden.length === 0) {
    meddelanden.push(
      `Ingen måltabell hittades på bladet ${utsnitt.blad}: ingen rubrikrad med till exempel Indikator, Utfall och Målvärde.`,
    );
  }
  return { blad: utsnitt.blad, tabeller: lasta, meddelanden };
}

/**
 * The table the user's selection belongs to, for the task pane. `markering` is in sheet coordinates:
 * - several cells: exactly those, the first row as header (trailing blank rows dropped);
 * - one cell inside an Excel table: that table (without Målkoll's own columns, should Excel have widened it);
 * - one cell in Målkoll's status columns: the table beside them;
 * - one cell in a table the rules find (docs/atgardsfonstret.md): that table, from its header across single blank
 *   rows as long as the columns continue;
 * - one cell elsewhere: the region around it (Excel's current region, across single blank rows), its first row as
 *   header, so that the user can set the roles the rules did not find.
 * The answer says what was read (`beskrivning`) and, when a required role is missing or ambiguous, why
 * (`mappning.problem`); it then has no `utvardering` until the user sets the role (`bedomIgen`).
 */
export function lasTabellVid(
  utsnitt: Arkutsnitt,
  markering: Arkomrade,
  installningar: Lasinstallningar = {},
): Markeringssvar {
  const rutnat = new Rutnat(utsnitt);
  const r = markering.rad - rutnat.rad0;
  const c = markering.kolumn - rutnat.kol0;
  if (r < 0 || c < 0 || r >= rutnat.hojd || c >= rutnat.bredd) {
    return { fel: "Markeringen ligger utanför det som lästes från bladet. Markera en cell i måltabellen." };
  }
  if (markering.rader * markering.kolumner > 1) {
    const c1 = Math.min(c + markering.kolumner - 1, rutnat.bredd - 1);
    let slut = Math.min(r + markering.rader - 1, rutnat.hojd - 1);
    while (slut > r && rutnat.tomRad(slut, c, c1)) slut--;
    if (slut === r) return { fel: FEL_INGEN_TABELL };
    const rubrikrader = arTvaRubrikrader(rutnat, r, c, c1) && slut > r + 1 ? 2 : 1;
    const tabell = las(tabellceller(rutnat, r, c, c1, slut, [], undefined, rubrikrader), installningar);
    return { tabell, grannar: [] };
  }
  const { tabeller, excel } = hittaTabeller(rutnat);
  const med = (tabell: Lastabell): Markeringssvar => ({
    tabell,
    grannar: [...excel, ...tabeller].map((t) => t.omrade).filter((t) => !overlappar(t, tabell.omrade)),
  });
  // A cell of Målkoll's own status columns beside a table selects that table.
  const medEgna = (o: Arkomrade): Arkomrade => {
    let kolumner = o.kolumner;
    const r = o.rad - rutnat.rad0;
    while (rutnat.rubrik(r, o.kolumn - rutnat.kol0 + kolumner).slag.typ === "egen") kolumner++;
    return { ...o, kolumner };
  };
  const traff = (t: Tabellceller) => inuti(medEgna(t.omrade), markering.rad, markering.kolumn);
  const funnen = excel.find(traff) ?? tabeller.find(traff);
  if (funnen) return med(las(funnen, installningar));
  if (rutnat.tom(r, c)) return { fel: FEL_TOM_CELL };
  const o = omradeKring(rutnat, r, c);
  if (o.r1 === o.r0) return { fel: FEL_INGEN_TABELL };
  return med(las(tabellceller(rutnat, o.r0, o.c0, o.c1, o.r1, []), installningar));
}

/**
 * The same table judged again after the user changed something: `kolumnval` replaces the mapping (a role on at most
 * one column: see `sattRoll`), `riktningar` sets a row's riktning, `delvisAndel` the delvis band. Omitted fields
 * keep nothing from before: pass the user's whole current choice.
 */
export function bedomIgen(tabell: Lastabell, andring: Bedomningsval & { readonly kolumnval?: Kolumnval }): Lastabell {
  return las(tabell.celler, andring);
}
