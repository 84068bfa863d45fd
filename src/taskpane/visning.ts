/**
 * What the pane shows, as pure functions of the core's reading (no React, no Office): the table line of the action
 * bar, the word a row shows, and the column mapping's choices and reasons. The pane's components use these; the
 * adapter's tests check them against the sheet.
 */
import { bladnamn } from "../core/skrivning/adress";
import {
  rollFor,
  sattRoll,
  type Kolumninfo,
  type Kolumnval,
  type Lastabell,
  type Roll,
  type Tabellrad,
} from "../core/tabell/tabell";

/** What the action bar says the actions work on: the sheet and what was read ("A1:G31, 28 rader; …"). */
export function tabelltext(t: Lastabell): string {
  const excel = t.excelTabell ? ` (Excel-tabellen ${t.excelTabell})` : "";
  return `Tabell: ${bladnamn(t.blad)}!${t.beskrivning}${excel}`;
}

/**
 * The word a row shows, the same as its status cell in the sheet: an activity's status word as KPI.AKTIVITETSSTATUS
 * returns it (the core's normaliseraAktivitet, spec §9), otherwise the status (KPI.MALUPPFYLLELSE).
 */
export const radensOrd = (rad: Tabellrad): string => rad.aktivitetsstatus ?? rad.status;

/**
 * The mapping after the user gives column `kolumn` role `roll` (or none): the role leaves any other column and the
 * column its other role (the core's sattRoll), so that one column is never both Utfall and Målvärde.
 */
export function valjRoll(val: Kolumnval, kolumn: number, roll: Roll | undefined): Kolumnval {
  if (roll) return sattRoll(val, roll, kolumn);
  const forra = rollFor(val, kolumn);
  return forra ? sattRoll(val, forra, undefined) : val;
}

/** The header as the column's name, or its place when it has none. */
export const kolumnnamn = (k: Pick<Kolumninfo, "rubrik" | "index">): string =>
  k.rubrik.replace(/\s+/g, " ").trim() || `Kolumn ${k.index + 1}`;

/**
 * Why a column has its role and how its numbers are read: the rules' reason while it keeps the role they gave it,
 * the core's own otherwise ("vald av dig"), and for a value column its unit and scale ("läses som procent
 * (cellformat)").
 */
export function kolumnbeskrivning(k: Kolumninfo, franReglerna?: Kolumninfo): string {
  const samma = franReglerna !== undefined && franReglerna.roll === k.roll && franReglerna.lamnas === k.lamnas;
  const skal = samma ? franReglerna.skal : k.skal;
  const delar = [skal.charAt(0).toUpperCase() + skal.slice(1)];
  // The core says "text, läses som skriven" for a column of text: said once, not "läses som text, läses som …".
  if (k.roll && k.skala.text)
    delar.push(
      k.skala.text.startsWith("text") ? "cellerna är text och läses som de är skrivna" : `läses som ${k.skala.text}`,
    );
  return delar.filter((d) => d !== "").join("; ");
}
