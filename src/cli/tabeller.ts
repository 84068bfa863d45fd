/**
 * The goal tables of one sheet, found, mapped and judged by the core's `lasArk` (src/core/tabell/lasArk.ts), the
 * same rules the task pane reads a selection with. This module only shapes the core's answer for the report: the
 * rows as written (a merged area's value in its top-left cell only), the merged areas, and Swedish lines for what
 * could not be judged. No table rule of its own.
 */
import {
  type Arkomrade,
  type Arkutsnitt,
  lasArk,
  lasRubrik,
  type Kolumnval,
  type Lastabell,
  type Roll,
  type Utvardering,
  bladnamn,
  omradesAdress,
  type Cellvarde,
} from "../core";
import type { Problemslag } from "./resultat";

/** A goal table as read from a sheet and judged. */
export interface LastTabell {
  readonly blad: string;
  /** Header row included, in sheet coordinates (0-based). */
  readonly omrade: Arkomrade;
  /** "A1:G27" (without the sheet). */
  readonly adress: string;
  /** The header row, or both header rows of a header written over two (Utfall above 2022 | 2023), as written. */
  readonly rubrikrader: readonly (readonly Cellvarde[])[];
  /** The data rows as written in the sheet: a merged area's value in its top-left cell only, as Excel holds it. */
  readonly data: readonly (readonly Cellvarde[])[];
  /** Number formats, header rows first, same shape as [...rubrikrader, ...data]. */
  readonly format: readonly (readonly string[])[];
  /** Merged areas inside the table, relative to its top-left cell. */
  readonly sammanfogade: readonly Arkomrade[];
  readonly val: Kolumnval;
  readonly utv: Utvardering;
  /** What was read, in the pane's words: "A1:G31, 28 rader; 2 tomma rader hoppades över". */
  readonly beskrivning: string;
}

/** The tables of one sheet, and what could not be read, as Swedish sentences with their kind. */
export interface Arkresultat {
  readonly tabeller: readonly LastTabell[];
  readonly problem: readonly { readonly text: string; readonly slag: Problemslag }[];
}

const inom = (s: Arkomrade, o: Arkomrade): boolean =>
  s.rad >= o.rad &&
  s.kolumn >= o.kolumn &&
  s.rad + s.rader <= o.rad + o.rader &&
  s.kolumn + s.kolumner <= o.kolumn + o.kolumner;

/** The report's view of one table the core judged. */
function somLastTabell(utsnitt: Arkutsnitt, t: Lastabell, utv: Utvardering): LastTabell {
  const { omrade, celler } = t;
  // The header rows straight from the sheet: a value in a merged area's top-left cell only, as Excel holds it.
  const fran = omrade.rad - utsnitt.rad;
  const kolumn = omrade.kolumn - utsnitt.kolumn;
  const skiva = <T>(rad: readonly T[] | undefined, tom: T): T[] =>
    Array.from({ length: omrade.kolumner }, (_, k) => rad?.[kolumn + k] ?? tom);
  const rubrikrader = Array.from({ length: celler.rubrikrader }, (_, i) => skiva(utsnitt.varden[fran + i], null));
  return {
    blad: t.blad,
    omrade,
    adress: omradesAdress(omrade.rad, omrade.kolumn, omrade.rader, omrade.kolumner),
    rubrikrader,
    // A value carried from a merged area (kallor) is written once, in the area's own top-left cell.
    data: celler.rader.map((r) => r.varden.map((v, k) => (r.kallor[k] === undefined ? v : null))),
    format: [
      ...rubrikrader.map((_, i) => skiva(utsnitt.format[fran + i], "General")),
      ...celler.rader.map((r) => r.format),
    ],
    sammanfogade: utsnitt.sammanfogade
      .filter((s) => inom(s, omrade))
      .map((s) => ({ ...s, rad: s.rad - omrade.rad, kolumn: s.kolumn - omrade.kolumn })),
    val: t.mappning.val,
    utv,
    beskrivning: t.beskrivning,
  };
}

/** The pane's instruction in a core message ("Välj kolumnen under Kolumner."), which a command-line user cannot follow. */
const PANELANVISNING = /\s*Välj [^.]* under Kolumner\./g;

/** A core message for the command line: the pane's instruction replaced by what a user of the command can do. */
export function forKommandoraden(text: string): string {
  const utan = text.replace(PANELANVISNING, "");
  return utan === text ? text : `${utan} Ge kolumnen en rubrik som Målkoll känner igen och kör igen.`;
}

/**
 * The roles whose header makes a table a goal table: what it follows up (Indikator, Nyckeltal, Aktivitet, Nämndmål,
 * KF-mål) or how it is judged (Målvärde, Gränsvärde, Riktning, Status). Periods, years, Föregående and words such as
 * Budget or Avvikelse are in every budget table; Målområde and Perspektiv name a grouping, not a goal.
 */
const MALTABELLROLLER: ReadonlySet<Roll> = new Set<Roll>([
  "indikator",
  "aktivitet",
  "namndmal",
  "kommunmal",
  "gransvarde",
  "riktning",
  "status",
]);

/** Does a header name a goal-table role (MALTABELLROLLER) or a målvärde (Målvärde, Mål 2024, a bare Mål)? */
function arMalrubrik(rubrik: Cellvarde): boolean {
  const slag = lasRubrik(rubrik).slag;
  return slag.typ === "malvarde" || (slag.typ === "roll" && MALTABELLROLLER.has(slag.roll));
}

/**
 * A core message about a sheet for the command line, without the sheet's name ("… hittades på bladet Mål: …",
 * "(Mål!A1:C4)"): every line of the command, and the report's column Blad, name the sheet in front, in quotes.
 */
const utanBladnamn = (text: string, blad: string): string =>
  text
    .split(` på bladet ${blad}:`)
    .join(":")
    .split(`${bladnamn(blad)}!`)
    .join("");

/**
 * Every goal table of a sheet, judged (lasArk), and a Swedish line for what was not judged: a sheet with no goal
 * table, or a table whose headers name no goal-table role (a driftredovisning: Bokslut, Budget, Avvikelse), is
 * "ingen-maltabell", only listed; a goal table the core could not judge (a required column such as Målvärde
 * missing or ambiguous), or one without rows, is "fel".
 */
export function lasTabeller(utsnitt: Arkutsnitt): Arkresultat {
  const lasning = lasArk(utsnitt);
  const tabeller: LastTabell[] = [];
  const problem: { text: string; slag: Problemslag }[] = lasning.meddelanden.map((text) => ({
    text: utanBladnamn(text, utsnitt.blad),
    slag: "ingen-maltabell",
  }));
  for (const t of lasning.tabeller) {
    const adress = omradesAdress(t.omrade.rad, t.omrade.kolumn, t.omrade.rader, t.omrade.kolumner);
    if (!t.utvardering) {
      if (!t.celler.rubriker.some(arMalrubrik)) {
        problem.push({
          text: `Tabellen ${adress} är ingen måltabell: ingen rubrik som Indikator, Nyckeltal, Nämndmål, Målvärde, Status eller Aktivitet. Den hoppades över.`,
          slag: "ingen-maltabell",
        });
        continue;
      }
      const orsaker = t.mappning.problem.filter((p) => p.blockerar).map((p) => p.text);
      problem.push({
        text: forKommandoraden(`Tabellen ${adress} kan inte bedömas: ${orsaker.join(" ")}`),
        slag: "fel",
      });
      continue;
    }
    if (t.utvardering.rader.length === 0) {
      problem.push({ text: `Tabellen ${adress} har inga rader att bedöma under rubrikraden.`, slag: "fel" });
      continue;
    }
    tabeller.push(somLastTabell(utsnitt, t, t.utvardering));
  }
  return { tabeller, problem };
}
